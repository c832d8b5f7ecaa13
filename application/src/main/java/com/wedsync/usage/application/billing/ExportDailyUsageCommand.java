package com.wedsync.usage.application.billing;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Who asks for which organization's daily totals, from local day {@code first} to local day {@code last}, both
 * included (a billing period reads "1 to 31 January"), at most {@link #MAX_DAYS} days.
 */
public record ExportDailyUsageCommand(Principal principal, OrganizationId organizationId, LocalDate first,
                                      LocalDate last) {

    /** A leap year: any yearly bill fits. */
    public static final int MAX_DAYS = 366;
    private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 2);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    public ExportDailyUsageCommand {
        Require.present(principal, "principal");
        Require.present(organizationId, "organizationId");
        Require.present(first, "from");
        Require.present(last, "to");
        if (first.isBefore(EARLIEST) || last.isAfter(LATEST)) {
            throw new IllegalArgumentException("'from' and 'to' must lie between " + EARLIEST + " and " + LATEST);
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("'to' must not be before 'from' (both days are included)");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("an export may span at most " + MAX_DAYS + " days, this one spans "
                    + days);
        }
    }
}
