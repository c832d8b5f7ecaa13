package com.wedsync.usage.adapters.persistence.tally;

import com.wedsync.usage.adapters.persistence.sql.InLists;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.DecisionBucket;
import com.wedsync.usage.application.port.DecisionTally;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The sums the decision tallies are read as: over an organization's local days, or per quarter hour of a scope. */
final class TallyReads {

    private static final String DAYS = "SELECT " + TallyTable.SUMS
            + " FROM decision_tally WHERE organization_id = ? AND local_day >= ? AND local_day <= ?";
    private static final String QUARTER_HOURS = "SELECT bucket_start, " + TallyTable.SUMS
            + " FROM decision_rollup WHERE %s bucket_start >= ? AND bucket_start < ? GROUP BY bucket_start"
            + " ORDER BY bucket_start";

    private static final String ORGANIZATIONS = "SELECT organization_id, " + TallyTable.SUMS
            + " FROM decision_rollup WHERE organization_id IN (%s) AND bucket_start >= ? AND bucket_start < ?"
            + " GROUP BY organization_id";
    private static final String SYSTEM = "SELECT " + TallyTable.SUMS
            + " FROM decision_rollup WHERE bucket_start >= ? AND bucket_start < ?";
    private static final String DENIED = "SELECT organization_id FROM decision_rollup"
            + " WHERE bucket_start >= ? AND bucket_start < ? GROUP BY organization_id HAVING SUM(denied) >= ?"
            + " ORDER BY organization_id";

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

    /** Each scope's sum over the range: the organizations' by chunks of ids, the system's in one sum. */
    Map<UsageScope, DecisionTally> totals(Collection<UsageScope> scopes, Instant from, Instant to) {
        Object start = Timestamps.parameter(from);
        Object end = Timestamps.parameter(to);
        Map<UsageScope, DecisionTally> totals = new HashMap<>();
        List<String> organizations = scopes.stream().filter(UsageScope.Organization.class::isInstance)
                .map(scope -> ((UsageScope.Organization) scope).id().value()).distinct().toList();
        for (List<String> chunk : InLists.chunks(organizations)) {
            List<Object> parameters = new ArrayList<>(chunk);
            parameters.add(start);
            parameters.add(end);
            String sql = ORGANIZATIONS.formatted(InLists.placeholders(chunk.size()));
            for (DbRow row : this.sql.list(row -> row, sql, parameters.toArray())) {
                totals.put(UsageScope.of(new OrganizationId(row.column("organization_id").getString())),
                        TallyTable.tally(row));
            }
        }
        if (scopes.contains(UsageScope.system())) {
            sql.one(SYSTEM, start, end).map(TallyTable::tally).filter(tally -> !tally.equals(DecisionTally.NONE))
                    .ifPresent(tally -> totals.put(UsageScope.system(), tally));
        }
        return totals;
    }

    List<OrganizationId> organizationsDenied(Instant from, Instant to, long atLeast) {
        return sql.list(row -> new OrganizationId(row.column("organization_id").getString()), DENIED,
                Timestamps.parameter(from), Timestamps.parameter(to), atLeast);
    }

    private static DecisionBucket bucket(DbRow row) {
        return new DecisionBucket(Timestamps.instant(row.column("bucket_start").get()), TallyTable.tally(row));
    }
}
