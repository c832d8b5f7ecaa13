package com.wedsync.usage.application.ingest;

import com.wedsync.usage.application.TooLargeException;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.application.port.LiveUsage;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Validates each event on its own, drops repeats of an id within the batch, and appends the rest in one durable
 * step. Repeats, in the batch or of an earlier batch, are reported as duplicates and never fail the batch.
 */
public final class RecordUsageService implements RecordUsageUseCase {

    private final EventValidator validator;
    private final UsageEventLog log;
    private final InstantSource clock;
    private final int maxEventsPerBatch;
    private final LiveUsage live;

    public RecordUsageService(TenantDirectory directory, UsageEventLog log, InstantSource clock,
                              int maxEventsPerBatch) {
        this(directory, log, clock, maxEventsPerBatch, LiveUsage.NONE);
    }

    public RecordUsageService(TenantDirectory directory, UsageEventLog log, InstantSource clock,
                              int maxEventsPerBatch, LiveUsage live) {
        this.validator = new EventValidator(directory);
        this.log = log;
        this.clock = clock;
        this.maxEventsPerBatch = maxEventsPerBatch;
        this.live = live;
    }

    @Override
    public RecordUsageResult record(RecordUsageCommand command) {
        List<UsageEventSubmission> submissions = command.events();
        if (submissions.size() > maxEventsPerBatch) {
            throw new TooLargeException("a batch may hold at most " + maxEventsPerBatch + " events, this one has "
                    + submissions.size());
        }
        Instant now = clock.instant();
        List<RejectedEvent> rejected = new ArrayList<>();
        List<UsageEvent> toAppend = new ArrayList<>();
        Set<EventId> seen = new HashSet<>();
        int repeatsInBatch = 0;
        for (int index = 0; index < submissions.size(); index++) {
            EventValidator.Verdict verdict = validator.judge(submissions.get(index), now);
            if (verdict.event() == null) {
                rejected.add(new RejectedEvent(index, verdict.rejection(), verdict.detail()));
            } else if (seen.add(verdict.event().eventId())) {
                toAppend.add(verdict.event());
            } else {
                repeatsInBatch++;
            }
        }
        List<AppendOutcome> outcomes = toAppend.isEmpty() ? List.of() : log.append(toAppend);
        live.recorded(toAppend, outcomes, clock.instant());
        int stored = (int) outcomes.stream().filter(outcome -> outcome == AppendOutcome.STORED).count();
        return new RecordUsageResult(stored, repeatsInBatch + outcomes.size() - stored, rejected);
    }
}
