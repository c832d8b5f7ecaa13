package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.adapters.persistence.partition.MonthPartition;
import com.wedsync.usage.adapters.persistence.partition.MonthlyPartitions;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.analytics.RollupScope;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.analytics.UsageRollup;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.usage.UsageEvent;
import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Fills a PostgreSQL store with {@link SkewedTraffic} by COPY, bypassing the service: the raw events into the
 * partitioned log and, quarter hour by quarter hour, exactly the rollups the service would have kept for them
 * (computed by the same domain code, {@link UsageRollup}) for the system and for the largest organization, the
 * one the benchmark reads. The other organizations' rollups (about as many rows as raw events, at this skew) are
 * left out: writing them would take hours here, and no statement of the benchmark reads them (each reads one
 * organization's rows through the primary key). Every organization is on SCALE (180 days' retention),
 * the largest on ENTERPRISE in Budapest, so that the retention job leaves the 90 days alone. The idempotency keys are left out: the benchmark reads,
 * it does not ingest. A filled database is recognised and kept for the next run.
 */
final class PostgresFill {

    static final ZoneId LARGEST_ZONE = ZoneId.of("Europe/Budapest");
    /** The one organization whose rollups are written: the one the benchmark reads. */
    private static final RollupScope MEASURED = RollupScope.of(SkewedTraffic.organization(1));

    private PostgresFill() {
    }

    static void fill(PostgresDatabase store, String url, String user, String password, SkewedTraffic traffic,
                     int organizations, java.io.PrintStream out) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            if (alreadyFilled(connection)) {
                out.println("the database is already filled; reusing it");
                return;
            }
            addOrganizations(store, organizations, traffic.quarterHourStart(0));
            try (HikariDataSource partitionsPool = dataSource(url, user, password)) {
                new MonthlyPartitions(partitionsPool).ensureFromTo(MonthPartition.of(traffic.quarterHourStart(0)),
                        MonthPartition.of(traffic.quarterHourStart(traffic.quarterHours() - 1)));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            SortedMap<RollupKey, UsageMeasures> day = new TreeMap<>();
            long events = 0;
            long started = System.nanoTime();
            for (int q = 0; q < traffic.quarterHours(); q++) {
                List<UsageEvent> quarter = traffic.quarterHour(q);
                events += quarter.size();
                StringBuilder rows = new StringBuilder(quarter.size() * 130);
                BulkRows.events(rows, quarter);
                copy.copyIn("COPY usage_event (" + BulkRows.EVENT_COLUMNS + ") FROM STDIN",
                        new StringReader(rows.toString()));
                SortedMap<RollupKey, UsageMeasures> cells = UsageRollup.of(quarter, q % RollupScope.SYSTEM_SHARDS);
                cells.keySet().removeIf(key -> !key.scope().isSystem() && !key.scope().equals(MEASURED));
                Map<RollupKey, UsageMeasures> days = cells.entrySet().stream()
                        .filter(cell -> cell.getKey().kind() == RollupKind.ROUTE_DAY)
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
                days.forEach((key, measures) -> day.computeIfAbsent(key, ignored -> UsageMeasures.none())
                        .add(measures));
                cells.keySet().removeAll(days.keySet());
                copyRollups(copy, cells);
                if ((q + 1) % SkewedTraffic.QUARTER_HOURS_PER_DAY == 0) {
                    copyRollups(copy, day);
                    day.clear();
                    out.printf("  day %d: %,d events so far, %.0f s%n", (q + 1) / SkewedTraffic.QUARTER_HOURS_PER_DAY,
                            events, (System.nanoTime() - started) / 1e9);
                }
            }
            copyRollups(copy, day);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE bench_fill_done (events BIGINT)");
                statement.execute("INSERT INTO bench_fill_done VALUES (" + events + ")");
                statement.execute("VACUUM ANALYZE usage_event");
                statement.execute("VACUUM ANALYZE usage_rollup");
            }
            out.printf("filled %,d events in %.0f s%n", events, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void copyRollups(CopyManager copy, Map<RollupKey, UsageMeasures> cells) throws Exception {
        if (cells.isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder(cells.size() * 120);
        BulkRows.rollups(rows, cells);
        copy.copyIn("COPY usage_rollup (" + BulkRows.ROLLUP_COLUMNS + ") FROM STDIN", new StringReader(rows.toString()));
    }

    private static boolean alreadyFilled(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('bench_fill_done') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }

    /** Every organization on SCALE in UTC, but the largest: ENTERPRISE in {@link #LARGEST_ZONE}. */
    static void addOrganizations(UsageStore store, int organizations, Instant created) {
        for (int rank = 1; rank <= organizations; rank++) {
            boolean largest = rank == 1;
            store.organizations().add(new Organization(SkewedTraffic.organization(rank), "Organization " + rank,
                    largest ? DefaultTiers.ENTERPRISE : DefaultTiers.SCALE,
                    largest ? LARGEST_ZONE : ZoneOffset.UTC, LimitOverrides.NONE, created));
        }
    }

    private static HikariDataSource dataSource(String url, String user, String password) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }
}
