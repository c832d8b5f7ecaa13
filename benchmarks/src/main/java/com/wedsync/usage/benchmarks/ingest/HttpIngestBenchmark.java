package com.wedsync.usage.benchmarks.ingest;

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
 * Ingest through the running service ({@code POST /v1/usage-events}, started with {@code USAGE_DB_URL} on the
 * database given here) against a raw pgJDBC {@code COPY} of the same rows into the same table of that database,
 * with the same callers, alternately, the table truncated before every run. The organizations
 * {@code bench-org-0} … {@code bench-org-4} must exist in the service (see {@code benchmarks/http/run-http-ingest.sh}).
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.ingest.HttpIngestBenchmark http://127.0.0.1:18590 SERVICE_TOKEN \
 *     jdbc:postgresql://127.0.0.1:5432/bench_http [events=200000] [batch=500] [callers=8] [rounds=2]
 * </pre>
 */
public final class HttpIngestBenchmark {

    static final int ORGANIZATIONS = 5;

    private HttpIngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String token = args[1];
        String url = args[2];
        int events = args.length > 3 ? Integer.parseInt(args[3]) : 200_000;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 500;
        int callers = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        int rounds = args.length > 6 ? Integer.parseInt(args[6]) : 2;
        List<String> rows = new ArrayList<>();
        run("warm-up", service, token, url, SyntheticEvents.batches(20_000, batch, ORGANIZATIONS, Instant.now(), -1),
                callers, true);
        for (int round = 1; round <= rounds; round++) {
            List<List<UsageEvent>> batches = SyntheticEvents.batches(events, batch, ORGANIZATIONS, Instant.now(),
                    round);
            IngestRun.Result http = null;
            if (round % 2 == 1) {
                http = run("HTTP POST /v1/usage-events", service, token, url, batches, callers, true);
            }
            IngestRun.Result raw = run("raw CopyManager COPY", service, token, url, batches, callers, false);
            if (http == null) {
                http = run("HTTP POST /v1/usage-events", service, token, url, batches, callers, true);
            }
            for (IngestRun.Result result : List.of(http, raw)) {
                rows.add(String.format(Locale.ROOT, "| %d | %d | %d | %s | %,d | %.2f | %,.0f | %.1f | %.1f | %.2f× |",
                        round, batch, callers, result.contender(), result.events(), result.seconds(),
                        result.perSecond(), result.percentileMillis(50), result.percentileMillis(99),
                        result.perSecond() / raw.perSecond()));
                System.out.println(rows.getLast());
            }
        }
        System.out.println();
        System.out.println("| round | batch | callers | contender | events | seconds | events/s | batch p50 ms"
                + " | batch p99 ms | ÷ raw COPY |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private static IngestRun.Result run(String name, String service, String token, String url,
                                        List<List<UsageEvent>> batches, int callers, boolean http) throws Exception {
        // The delta table first: the service's rollup compaction locks it before usage_rollup, so this waits for it
        // instead of deadlocking with it.
        execute(url, "TRUNCATE usage_rollup_delta, usage_rollup, usage_event, usage_event_key");
        execute(url, "CHECKPOINT");
        List<RawCopy> connections = new ArrayList<>();
        try {
            IngestRun.Result result;
            if (http) {
                List<HttpIngest> clients = new ArrayList<>();
                for (int c = 0; c < callers; c++) {
                    clients.add(new HttpIngest(service, token));
                }
                result = IngestRun.run(name, batches, callers, c -> clients.get(c)::append);
            } else {
                for (int c = 0; c < callers; c++) {
                    connections.add(new RawCopy(url, "postgres", ""));
                }
                result = IngestRun.run(name, batches, callers, c -> connections.get(c)::append);
            }
            long rows = count(url);
            if (result.stored() != result.events() || rows != result.events()) {
                throw new IllegalStateException(name + " stored " + result.stored() + ", table holds " + rows
                        + ", of " + result.events() + " events");
            }
            return result;
        } finally {
            for (RawCopy connection : connections) {
                connection.close();
            }
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM usage_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
