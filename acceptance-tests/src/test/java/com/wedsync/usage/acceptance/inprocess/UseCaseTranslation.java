package com.wedsync.usage.acceptance.inprocess;

import com.wedsync.usage.acceptance.world.CallAnswer;
import com.wedsync.usage.acceptance.world.CallAnswer.LimitReading;
import com.wedsync.usage.acceptance.world.CallAnswer.ShownToCaller;
import com.wedsync.usage.acceptance.world.EventToRecord;
import com.wedsync.usage.acceptance.world.UsageView;
import com.wedsync.usage.application.analytics.UsageReport;
import com.wedsync.usage.application.ingest.UsageEventSubmission;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LimitState;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/** Between the application's types and the features' words. */
final class UseCaseTranslation {

    private UseCaseTranslation() {
    }

    static CallAnswer toAnswer(Decision decision) {
        Map<String, LimitReading> limits = decision.limits().stream().collect(Collectors.toMap(
                state -> state.name().wireName(),
                state -> new LimitReading(state.limit(), state.remaining(), state.resetSeconds())));
        return switch (decision) {
            case Decision.Admitted admitted ->
                    new CallAnswer(true, limits, Set.of(), OptionalLong.empty(), shown(admitted, OptionalLong.empty()));
            case Decision.Denied denied -> new CallAnswer(false, limits,
                    denied.violated().stream().map(LimitName::wireName).collect(Collectors.toSet()),
                    denied.retryAfterSeconds(), shown(denied, denied.retryAfterSeconds()));
        };
    }

    /** Without HTTP the short form is the limit the decision itself names as the one to watch. */
    private static ShownToCaller shown(Decision decision, OptionalLong retryAfter) {
        Optional<LimitState> watched = decision.mostRestrictive();
        return new ShownToCaller(retryAfter, watched.map(state -> state.name().wireName()),
                watched.map(state -> OptionalLong.of(state.remaining())).orElse(OptionalLong.empty()),
                watched.map(state -> OptionalLong.of(state.resetSeconds())).orElse(OptionalLong.empty()));
    }

    static UsageEventSubmission toSubmission(EventToRecord event) {
        return new UsageEventSubmission(event.eventId().toString(), null, event.organizationId(), event.endpoint(),
                event.method(), (long) event.status(), event.latencyMs() == null ? null : (long) event.latencyMs(),
                0L, 0L, event.occurredAt().toString(), null);
    }

    static UsageView toView(UsageReport report) {
        return new UsageView(report.overview().totals().calls(),
                report.overview().series().stream().map(point -> new UsageView.Period(point.localStart(), point.start(),
                        point.totals().calls())).toList(),
                report.overview().decisions().admitted(), report.overview().decisions().denied(),
                report.quotaToday().used(), p95(report.overview().totals().latency().p95Ms()));
    }

    private static Double p95(Integer milliseconds) {
        return milliseconds == null ? null : milliseconds.doubleValue();
    }
}
