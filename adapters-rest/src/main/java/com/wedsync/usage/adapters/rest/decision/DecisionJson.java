package com.wedsync.usage.adapters.rest.decision;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.application.decision.DecisionOutcome;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LimitState;

import java.util.List;
import java.util.Set;

/**
 * The answer to "may this call go ahead?" (DESIGN §2.3). {@code reason} and {@code retryAfterSeconds} belong to
 * denials only and are left out otherwise; unlimited limits are not listed at all.
 */
public record DecisionJson(boolean allowed, String organizationId, String tier, List<LimitJson> limits,
                           List<String> violated,
                           @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Long retryAfterSeconds,
                           boolean degraded) {

    static DecisionJson fromDomain(DecisionOutcome outcome) {
        String organizationId = outcome.organizationId().value();
        String tier = outcome.tier().value();
        return switch (outcome.decision()) {
            case Decision.Admitted admitted -> new DecisionJson(true, organizationId, tier, limits(admitted.limits()),
                    List.of(), null, null, admitted.degraded());
            case Decision.Denied denied -> new DecisionJson(false, organizationId, tier, limits(denied.limits()),
                    violated(denied.violated()), denied.reason().wireName(),
                    denied.retryAfterSeconds().isPresent() ? denied.retryAfterSeconds().getAsLong() : null,
                    denied.degraded());
        };
    }

    private static List<LimitJson> limits(List<LimitState> states) {
        return states.stream().map(LimitJson::fromDomain).toList();
    }

    /** In the order daily, minute, burst, so that equal decisions give equal answers. */
    private static List<String> violated(Set<LimitName> names) {
        return names.stream().sorted().map(LimitName::wireName).toList();
    }
}
