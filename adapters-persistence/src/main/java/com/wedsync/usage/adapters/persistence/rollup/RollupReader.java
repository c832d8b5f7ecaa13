package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.DatabaseFailures;
import com.wedsync.usage.adapters.persistence.sql.InLists;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.OrganizationCalls;
import com.wedsync.usage.application.port.RouteUsage;
import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.application.port.UsageCounts;
import com.wedsync.usage.application.port.UsageRollups;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.analytics.Route;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Reads the rollups for the analytics, each answer with one statement (one snapshot, even while appends add to the
 * rows and the compactor merges them), over the cells and the changes not yet compacted ({@link CellsAndDeltas}),
 * added up per cell. A route's range is read from its UTC days where whole days lie inside the range and from its quarter hours
 * at the two ends, so a month costs about 30 rows per route plus at most two days of quarter hours. The system's
 * rows of a bucket are the sum of its shards. Every statement has a timeout ({@link QueryLimits}).
 */
public final class RollupReader implements UsageRollups {

    private static final String ROW = RollupRow.KEY_COLUMNS + ", " + RollupRow.MEASURE_COLUMNS;
    private static final String IN_RANGE = " AND bucket_start >= ? AND bucket_start < ?";
    private static final String COUNTS = "SELECT CAST(COALESCE(SUM(calls), 0) AS BIGINT) AS calls,"
            + " CAST(COALESCE(SUM(client_errors), 0) AS BIGINT) AS client_errors,"
            + " CAST(COALESCE(SUM(server_errors), 0) AS BIGINT) AS server_errors FROM ";
    private static final String BUSIEST = "SELECT scope, CAST(SUM(calls) AS BIGINT) AS calls,"
            + " CAST(SUM(client_errors + server_errors) AS BIGINT) AS errors FROM "
            + CellsAndDeltas.table("scope, calls, client_errors, server_errors",
                    "kind = 'T'" + IN_RANGE + " AND scope NOT LIKE '~%'")
            + " GROUP BY scope ORDER BY calls DESC, scope LIMIT ?";

    private final DataSource dataSource;
    private final QueryLimits limits;

    public RollupReader(DataSource dataSource, QueryLimits limits) {
        this.dataSource = dataSource;
        this.limits = limits;
    }

    @Override
    public List<UsageBucket> quarterHours(UsageScope scope, Instant from, Instant to) {
        RollupScopes scopes = RollupScopes.of(scope);
        String sql = CellsAndDeltas.select(ROW, scopes.condition() + " AND kind = 'T'" + IN_RANGE);
        Map<Instant, UsageMeasures> buckets = new TreeMap<>();
        query(sql, inRange(scopes, from, to), rows -> {
            while (rows.next()) {
                merge(buckets, Timestamps.instant(rows.getObject("bucket_start")), RollupRow.measures(rows));
            }
        });
        List<UsageBucket> series = new ArrayList<>(buckets.size());
        buckets.forEach((start, measures) -> series.add(new UsageBucket(start, measures)));
        return series;
    }

    @Override
    public UsageCounts counts(UsageScope scope, Instant from, Instant to) {
        RollupScopes scopes = RollupScopes.of(scope);
        UsageCounts[] counts = {UsageCounts.NONE};
        query(COUNTS + CellsAndDeltas.table("calls, client_errors, server_errors",
                        scopes.condition() + " AND kind = 'T'" + IN_RANGE),
                inRange(scopes, from, to), rows -> {
                    if (rows.next()) {
                        counts[0] = new UsageCounts(rows.getLong("calls"), rows.getLong("client_errors"),
                                rows.getLong("server_errors"));
                    }
                });
        return counts[0];
    }

    @Override
    public List<RouteUsage> routes(UsageScope scope, Instant from, Instant to) {
        RollupScopes scopes = RollupScopes.of(scope);
        Instant wholeDaysFrom = ceilingDay(from);
        Instant wholeDaysTo = RollupKind.dayStart(to);
        if (!wholeDaysFrom.isBefore(wholeDaysTo)) {
            wholeDaysFrom = to;
            wholeDaysTo = to;
        }
        String sql = CellsAndDeltas.select(ROW, scopes.condition() + " AND kind = 'D'" + IN_RANGE) + " UNION ALL "
                + CellsAndDeltas.select(ROW, scopes.condition() + " AND kind = 'E'" + IN_RANGE) + " UNION ALL "
                + CellsAndDeltas.select(ROW, scopes.condition() + " AND kind = 'E'" + IN_RANGE);
        List<Object> parameters = new ArrayList<>();
        addRange(parameters, scopes, wholeDaysFrom, wholeDaysTo);
        addRange(parameters, scopes, from, wholeDaysFrom.isBefore(wholeDaysTo) ? wholeDaysFrom : to);
        addRange(parameters, scopes, wholeDaysFrom.isBefore(wholeDaysTo) ? wholeDaysTo : to, to);
        Map<Route, UsageMeasures> routes = new HashMap<>();
        read(sql, parameters, (key, measures) -> merge(routes, key.route().orElseThrow(), measures));
        return routes.entrySet().stream().map(entry -> new RouteUsage(entry.getKey(), entry.getValue())).toList();
    }

    @Override
    public Map<UsageScope, UsageMeasures> totals(Collection<UsageScope> scopes, Instant from, Instant to) {
        Map<String, UsageScope> byId = new HashMap<>();
        scopes.forEach(scope -> RollupScopes.of(scope).ids().forEach(id -> byId.put(id, scope)));
        Map<UsageScope, UsageMeasures> totals = new HashMap<>();
        for (List<String> ids : InLists.chunks(new ArrayList<>(byId.keySet()))) {
            RollupScopes chunk = new RollupScopes(ids);
            String sql = CellsAndDeltas.select("scope, " + RollupRow.MEASURE_COLUMNS,
                    chunk.condition() + " AND kind = 'T'" + IN_RANGE);
            query(sql, inRange(chunk, from, to), rows -> {
                while (rows.next()) {
                    merge(totals, byId.get(rows.getString("scope")), RollupRow.measures(rows));
                }
            });
        }
        return totals;
    }

    @Override
    public List<OrganizationCalls> busiestOrganizations(Instant from, Instant to, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<OrganizationCalls> busiest = new ArrayList<>();
        List<Object> parameters = CellsAndDeltas.parameters(
                List.of(Timestamps.parameter(from), Timestamps.parameter(to)));
        parameters.add(limit);
        query(BUSIEST, parameters, rows -> {
            while (rows.next()) {
                busiest.add(new OrganizationCalls(new OrganizationId(rows.getString("scope")),
                        rows.getLong("calls"), rows.getLong("errors")));
            }
        });
        return busiest;
    }

    private static void addRange(List<Object> parameters, RollupScopes scopes, Instant from, Instant to) {
        parameters.addAll(inRange(scopes, from, to));
    }

    /** The parameters of the scopes and the range, for the cells and again for the deltas. */
    private static List<Object> inRange(RollupScopes scopes, Instant from, Instant to) {
        return CellsAndDeltas.parameters(scopes.with(Timestamps.parameter(from), Timestamps.parameter(to)));
    }

    private static Instant ceilingDay(Instant instant) {
        Instant start = RollupKind.dayStart(instant);
        return start.equals(instant) ? start : start.plusSeconds(86_400);
    }

    private static <K> void merge(Map<K, UsageMeasures> into, K key, UsageMeasures measures) {
        RollupRow.merge(into, key, measures);
    }

    private interface RowSink {
        void accept(RollupKey key, UsageMeasures measures);
    }

    private interface ResultReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void read(String sql, List<Object> parameters, RowSink sink) {
        query(sql, parameters, rows -> {
            while (rows.next()) {
                sink.accept(RollupRow.key(rows), RollupRow.measures(rows));
            }
        });
    }

    private void query(String sql, List<Object> parameters, ResultReader reader) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            limits.apply(statement);
            try {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    reader.read(rows);
                }
            } finally {
                QueryLimits.clear(statement);
            }
        } catch (SQLException e) {
            throw limits.isTimeout(e) ? limits.timeout(e) : DatabaseFailures.failure("reading the rollups failed", e);
        }
    }
}
