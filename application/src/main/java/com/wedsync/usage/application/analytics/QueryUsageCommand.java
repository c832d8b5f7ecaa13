package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Instant;

/** Who asks for which organization's usage over {@code [from, to)}, and at what granularity. */
public record QueryUsageCommand(Principal principal, OrganizationId organizationId, Instant from, Instant to,
                                Granularity granularity) {

    public QueryUsageCommand {
        Require.present(principal, "principal");
        Require.present(organizationId, "organizationId");
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(granularity, "granularity");
        QueryRange.check(from, to, granularity);
    }
}
