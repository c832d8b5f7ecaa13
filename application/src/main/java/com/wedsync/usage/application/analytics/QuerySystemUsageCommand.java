package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Instant;

/** Who asks for the whole system's usage over {@code [from, to)}, and at what granularity (on UTC's calendar). */
public record QuerySystemUsageCommand(Principal principal, Instant from, Instant to, Granularity granularity) {

    public QuerySystemUsageCommand {
        Require.present(principal, "principal");
        QueryRange.check(from, to, granularity);
    }
}
