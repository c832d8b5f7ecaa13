package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.DecisionBucket;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** The sums the decision tallies are read as: over an organization's local days, or per quarter hour of a scope. */
final class TallyReads {

    private static final String DAYS = "SELECT " + TallyTable.SUMS
            + " FROM decision_tally WHERE organization_id = ? AND local_day >= ? AND local_day <= ?";
    private static final String QUARTER_HOURS = "SELECT bucket_start, " + TallyTable.SUMS
            + " FROM decision_rollup WHERE %s bucket_start >= ? AND bucket_start < ? GROUP BY bucket_start"
            + " ORDER BY bucket_start";

    private final Statements sql;

    TallyReads(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    DecisionTally days(OrganizationId organization, LocalDate first, LocalDate last) {
        return sql.one(DAYS, organization.value(), first, last).map(TallyTable::tally).orElse(DecisionTally.NONE);
    }

    List<DecisionBucket> quarterHours(UsageScope scope, Instant from, Instant to) {
        Object start = Timestamps.parameter(from);
        Object end = Timestamps.parameter(to);
        return switch (scope) {
            case UsageScope.Organization organization -> sql.list(TallyReads::bucket,
                    QUARTER_HOURS.formatted("organization_id = ? AND"), organization.id().value(), start, end);
            case UsageScope.System system -> sql.list(TallyReads::bucket, QUARTER_HOURS.formatted(""), start, end);
        };
    }

    private static DecisionBucket bucket(io.helidon.dbclient.DbRow row) {
        return new DecisionBucket(Timestamps.instant(row.column("bucket_start").get()), TallyTable.tally(row));
    }
}
