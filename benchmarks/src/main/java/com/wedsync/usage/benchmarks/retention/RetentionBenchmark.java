package com.wedsync.usage.benchmarks.retention;

import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.adapters.persistence.retention.RetentionSweep;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Retention on the partitioned usage log, measured: a fresh database is filled with events of FREE organizations
 * (7 days' retention) and ENTERPRISE ones (365 days) spread over the last 400 days, then one retention run removes
 * what expired, while a writer keeps appending fresh events; the writer's latencies during the run are set against
 * its latencies just before it. The run must drop the months no tier keeps without reading them, delete the rest
 * in bounded batches, and leave ingest unblocked.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.retention.RetentionBenchmark [server-url=jdbc:postgresql://127.0.0.1:5432/]
 *     [events=1000000]
 * </pre>
 */
public final class RetentionBenchmark {

    private static final String DATABASE = "bench_retention";
    private static final int ORGANIZATIONS_PER_TIER = 100;
    private static final Duration SPAN = Duration.ofDays(400);
    private static final Duration BASELINE = Duration.ofSeconds(10);

    private RetentionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String server = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        recreate(server);
        Instant now = Instant.now();
        try (PostgresDatabase store = PostgresDatabase.open(server + DATABASE, "postgres", "")) {
            List<OrganizationId> organizations = organizations(store);
            long filling = System.nanoTime();
            new HistoryFill(store.usageEventLog(), organizations, now.minus(SPAN), now).fill(events);
            System.out.printf("filled %,d events over %d days in %.1f s%n", events, SPAN.toDays(),
                    seconds(System.nanoTime() - filling));
            ExpiryCensus before = ExpiryCensus.take(server + DATABASE, now);
            System.out.println("before: " + before);

            try (SteadyAppender appender = SteadyAppender.start(store.usageEventLog(), organizations.getFirst())) {
                Thread.sleep(BASELINE.toMillis());
                Histogram baseline = appender.takeLatencies();
                long started = System.nanoTime();
                RetentionSweep sweep = store.removeExpiredEvents(now);
                long elapsed = System.nanoTime() - started;
                Histogram during = appender.takeLatencies();
                System.out.printf("retention: %s dropped whole, %,d events deleted in %.1f s (%,.0f events/s)%n",
                        sweep.droppedMonths(), sweep.deletedEvents(), seconds(elapsed),
                        sweep.deletedEvents() / seconds(elapsed));
                print("appends of 100 events before", baseline);
                print("appends of 100 events during", during);
            }
            System.out.println("after:  " + ExpiryCensus.take(server + DATABASE, now));
        }
    }

    private static List<OrganizationId> organizations(PostgresDatabase store) {
        Instant created = Instant.parse("2024-01-01T00:00:00Z");
        List<OrganizationId> ids = new java.util.ArrayList<>();
        for (String tier : List.of("FREE", "ENTERPRISE")) {
            for (int i = 0; i < ORGANIZATIONS_PER_TIER; i++) {
                OrganizationId id = new OrganizationId(tier.toLowerCase(java.util.Locale.ROOT) + "-" + i);
                store.organizations().add(new Organization(id, id.value(), new TierName(tier), ZoneOffset.UTC,
                        LimitOverrides.NONE, created));
                ids.add(id);
            }
        }
        return ids;
    }

    private static void print(String what, Histogram latencies) {
        System.out.printf("%s: %,d appends, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what,
                latencies.getTotalCount(), latencies.getValueAtPercentile(50) / 1e3,
                latencies.getValueAtPercentile(99) / 1e3, latencies.getMaxValue() / 1e3);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void recreate(String server) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }
}
