package com.wedsync.usage.benchmarks.ingest;

import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ingest of the same events into the same table: through the product's usage log
 * ({@code PostgresDatabase.open(…).usageEventLog().append(batch)}: group commit, COPY into a staging table, the
 * duplicates check against {@code usage_event_key}, one commit per group) against a raw pgJDBC {@code CopyManager}
 * {@code COPY usage_event FROM STDIN} per batch, with the same callers, alternately, the table truncated (and a
 * checkpoint taken) before every run. Use a database of its own: it truncates the usage log.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.ingest.IngestBenchmark [jdbc:postgresql://127.0.0.1:5432/bench_ingest] \
 *     [events=200000] [batch=500] [callers=8] [rounds=2] [user=postgres] [password=]
 * </pre>
 */
public final class IngestBenchmark {

    private static final int ORGANIZATIONS = 5;
    private static final int WARM_UP_EVENTS = 20_000;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/bench_ingest";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int callers = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 2;
        String user = args.length > 5 ? args[5] : "postgres";
        String password = args.length > 6 ? args[6] : "";
        try (PostgresDatabase database = PostgresDatabase.open(url, user, password)) {
            Contenders contenders = new Contenders(url, user, password, database, callers);
            List<List<UsageEvent>> warmUp = SyntheticEvents.batches(WARM_UP_EVENTS, batch, ORGANIZATIONS,
                    Instant.now(), -1);
            contenders.product(warmUp);
            contenders.raw(warmUp);
            List<String> rows = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                List<List<UsageEvent>> batches = SyntheticEvents.batches(events, batch, ORGANIZATIONS,
                        Instant.now(), round);
                IngestRun.Result product = round % 2 == 1 ? contenders.product(batches) : null;
                IngestRun.Result raw = contenders.raw(batches);
                if (product == null) {
                    product = contenders.product(batches);
                }
                rows.add(format(round, batch, callers, product, raw));
                rows.add(format(round, batch, callers, raw, raw));
                System.out.println(rows.get(rows.size() - 2));
                System.out.println(rows.getLast());
            }
            System.out.println();
            System.out.println("| round | batch | callers | contender | events | stored | seconds | events/s"
                    + " | batch p50 ms | batch p99 ms | ÷ raw COPY |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            rows.forEach(System.out::println);
        }
    }

    private static String format(int round, int batch, int callers, IngestRun.Result result, IngestRun.Result raw) {
        return String.format(Locale.ROOT, "| %d | %d | %d | %s | %,d | %,d | %.2f | %,.0f | %.1f | %.1f | %.2f× |",
                round, batch, callers, result.contender(), result.events(), result.stored(), result.seconds(),
                result.perSecond(), result.percentileMillis(50), result.percentileMillis(99),
                result.perSecond() / raw.perSecond());
    }

    /** Both contenders, each run on an empty usage log; every run is checked to have stored every event. */
    private record Contenders(String url, String user, String password, PostgresDatabase database, int callers) {

        IngestRun.Result product(List<List<UsageEvent>> batches) throws Exception {
            empty();
            UsageEventLog log = database.usageEventLog();
            IngestRun.Result result = IngestRun.run("usage log (group commit, duplicates check)", batches,
                    callers, c -> events -> log.append(events).stream()
                            .filter(outcome -> outcome == AppendOutcome.STORED).count());
            checked(result);
            // Not part of the run's time: what the background compaction still had to merge when the run ended,
            // and how long merging it took (it competes with whatever runs next, so it is reported).
            long started = System.nanoTime();
            long merged = database.compactRollups();
            System.out.printf(Locale.ROOT, "  rollup deltas left by the run: %,d, merged in %.2f s%n", merged,
                    (System.nanoTime() - started) / 1e9);
            return result;
        }

        IngestRun.Result raw(List<List<UsageEvent>> batches) throws Exception {
            empty();
            List<RawCopy> connections = new ArrayList<>();
            try {
                for (int c = 0; c < callers; c++) {
                    connections.add(new RawCopy(url, user, password));
                }
                return checked(IngestRun.run("raw CopyManager COPY", batches, callers,
                        c -> connections.get(c)::append));
            } finally {
                for (RawCopy connection : connections) {
                    connection.close();
                }
            }
        }

        private IngestRun.Result checked(IngestRun.Result result) throws SQLException {
            long rows = count();
            if (result.stored() != result.events() || rows != result.events()) {
                throw new IllegalStateException(result.contender() + " stored " + result.stored() + ", table holds "
                        + rows + ", of " + result.events() + " events");
            }
            return result;
        }

        private void empty() throws SQLException {
            // The delta table first: the background compaction locks it before usage_rollup, so this waits for it
            // instead of deadlocking with it.
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE usage_rollup_delta, usage_rollup, usage_event, usage_event_key");
                statement.execute("CHECKPOINT");
            }
        }

        private long count() throws SQLException {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*) FROM usage_event")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
