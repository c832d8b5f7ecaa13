package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.adapters.persistence.sql.Transactions;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.analytics.RollupScope;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.analytics.UsageRollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Proves that every rollup from {@code since} (a UTC midnight) on equals the rollup recomputed from the raw events
 * it covers, measure by measure (calls, errors, bytes, the whole latency histogram, calls per status), for every
 * organization and every kind; and that the system's shards sum to its organizations plus the erased ones. A cell
 * is what the readers see: its row plus its changes not yet compacted ({@link CellsAndDeltas}). One
 * organization at a time, so memory holds one organization's rollups and the system's.
 * <p>
 * Raw events older than an organization's retention are gone while its rollups stay: {@code since} must lie within
 * every organization's retention (the command's default does).
 */
public final class RollupCheck {

    private static final int CHUNK = 20_000;
    private static final int MAX_REPORTED = 20;
    private static final String ROW = RollupRow.KEY_COLUMNS + ", " + RollupRow.MEASURE_COLUMNS;
    private static final String SCOPES = "SELECT organization_id AS scope FROM usage_event WHERE occurred_at >= ?"
            + " UNION SELECT scope FROM " + CellsAndDeltas.table("scope", "bucket_start >= ? AND scope NOT LIKE '~%'");
    private static final String EVENTS = "SELECT " + StoredEvents.COLUMNS + " FROM usage_event"
            + " WHERE organization_id = ? AND occurred_at >= ?";
    private static final String ROLLUPS = CellsAndDeltas.select(ROW, "scope = ? AND bucket_start >= ?");
    private static final String NON_ORGANIZATION_ROLLUPS = CellsAndDeltas.select(ROW,
            "scope LIKE '~%' AND bucket_start >= ?");

    private final DataSource dataSource;

    public RollupCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public RollupCheckReport run(Instant since) {
        if (!RollupKind.dayStart(since).equals(since)) {
            throw new IllegalArgumentException("'since' must be a UTC midnight, was " + since);
        }
        return Transactions.inTransaction(dataSource, connection -> {
            // One snapshot for the whole check: appends committing meanwhile are in neither the raw nor the rollups.
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            return check(connection, since);
        });
    }

    private static RollupCheckReport check(Connection connection, Instant since) throws SQLException {
        Object from = Timestamps.parameter(since);
        List<String> differences = new ArrayList<>();
        SortedMap<RollupKey, UsageMeasures> expectedSystem = new TreeMap<>();
        SortedMap<RollupKey, UsageMeasures> storedSystem = new TreeMap<>();
        long events = 0;
        long cells = 0;
        List<String> organizations = scopes(connection, from);
        for (String organization : organizations) {
            SortedMap<RollupKey, UsageMeasures> expected = new TreeMap<>();
            events += StoredEvents.stream(connection, EVENTS, List.of(organization, from), CHUNK,
                    chunk -> add(expected, UsageRollup.of(chunk, 0)));
            SortedMap<RollupKey, UsageMeasures> stored = rows(connection, ROLLUPS,
                    CellsAndDeltas.parameters(List.of(organization, from)));
            expected.entrySet().removeIf(cell -> {
                boolean system = cell.getKey().scope().isSystem();
                if (system) {
                    add(expectedSystem, Map.of(cell.getKey(), cell.getValue()));
                }
                return system;
            });
            cells += compare(expected, stored, differences);
        }
        rows(connection, NON_ORGANIZATION_ROLLUPS, CellsAndDeltas.parameters(List.of(from))).forEach(
                (key, measures) -> add(storedSystem,
                        Map.of(key.scope().equals(RollupScope.ERASED) ? key : asShardZero(key), measures)));
        SortedMap<RollupKey, UsageMeasures> erased = new TreeMap<>();
        storedSystem.entrySet().removeIf(cell -> {
            boolean isErased = cell.getKey().scope().equals(RollupScope.ERASED);
            if (isErased) {
                add(expectedSystem, Map.of(asShardZero(cell.getKey()), cell.getValue()));
            }
            return isErased;
        });
        cells += compare(expectedSystem, storedSystem, differences);
        return new RollupCheckReport(since, organizations.size(), events, cells, differences.size(),
                differences.stream().limit(MAX_REPORTED).toList());
    }

    private static long compare(SortedMap<RollupKey, UsageMeasures> expected,
                                SortedMap<RollupKey, UsageMeasures> stored, List<String> differences) {
        SortedMap<RollupKey, UsageMeasures> all = new TreeMap<>(expected);
        stored.forEach(all::putIfAbsent);
        all.forEach((key, ignored) -> {
            UsageMeasures want = expected.getOrDefault(key, UsageMeasures.none());
            UsageMeasures have = stored.getOrDefault(key, UsageMeasures.none());
            if (!want.equals(have)) {
                differences.add(key + ": raw events give " + want + ", the rollup holds " + have);
            }
        });
        return all.size();
    }

    private static List<String> scopes(Connection connection, Object from) throws SQLException {
        List<String> scopes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SCOPES)) {
            select.setObject(1, from);
            select.setObject(2, from);
            select.setObject(3, from);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    scopes.add(rows.getString("scope"));
                }
            }
        }
        return scopes;
    }

    private static SortedMap<RollupKey, UsageMeasures> rows(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        SortedMap<RollupKey, UsageMeasures> rows = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    RollupRow.merge(rows, RollupRow.key(result), RollupRow.measures(result));
                }
            }
        }
        return rows;
    }

    private static RollupKey asShardZero(RollupKey key) {
        return new RollupKey(RollupScope.systemShard(0), key.kind(), key.bucketStart(), key.route());
    }

    private static void add(Map<RollupKey, UsageMeasures> into, Map<RollupKey, UsageMeasures> more) {
        more.forEach((key, measures) -> into.computeIfAbsent(key, ignored -> UsageMeasures.none()).add(measures));
    }
}
