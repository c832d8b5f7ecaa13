package com.wedsync.usage.application.analytics;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.Duration;
import java.time.Instant;

/** Who asks for which organization's usage over {@code [from, to)}, and at what granularity. */
public record QueryUsageCommand(Principal principal, OrganizationId organizationId, Instant from, Instant to,
                                Granularity granularity) {

    public static final Duration MAX_SPAN = Duration.ofDays(400);
    /** The instants a query may name: calendars are not defined far outside these, and no usage lies there. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    public QueryUsageCommand {
        Require.present(principal, "principal");
        Require.present(organizationId, "organizationId");
        Require.present(from, "from");
        Require.present(to, "to");
        Require.present(granularity, "granularity");
        if (from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new IllegalArgumentException("'from' and 'to' must lie between " + EARLIEST + " and " + LATEST);
        }
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
        if (Duration.between(from, to).compareTo(MAX_SPAN) > 0) {
            throw new IllegalArgumentException("the range from 'from' to 'to' may span at most "
                    + MAX_SPAN.toDays() + " days");
        }
        if (granularity == Granularity.HOUR && Duration.between(from, to).compareTo(Duration.ofDays(31)) > 0) {
            throw new IllegalArgumentException("an hourly series may span at most 31 days");
        }
    }
}
