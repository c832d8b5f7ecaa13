package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.application.analytics.EndpointSummary;
import com.wedsync.usage.application.analytics.Granularity;
import com.wedsync.usage.application.analytics.SeriesPoint;
import com.wedsync.usage.application.analytics.UsageReport;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization view of the largest organization over 30 days, on PostgreSQL filled with {@link SkewedTraffic}
 * (by default 100 million events over 90 days for 10,000 organizations): the product's answer from the rollups
 * against the same answer computed from the raw events, in the same run, with a check that both agree. Creates
 * the database when it is missing and keeps it filled for the next run.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.analytics.OrganizationViewBenchmark \
 *     [jdbc:postgresql://127.0.0.1:5432/bench_analytics] [events=100000000] [organizations=10000] [days=90] \
 *     [answers=40] [raw answers=3]
 * </pre>
 */
public final class OrganizationViewBenchmark {

    private OrganizationViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/bench_analytics";
        long events = args.length > 1 ? Long.parseLong(args[1]) : 100_000_000L;
        int organizations = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int days = args.length > 3 ? Integer.parseInt(args[3]) : 90;
        int answers = args.length > 4 ? Integer.parseInt(args[4]) : 40;
        int rawAnswers = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        PrintStream out = System.out;
        createDatabaseIfMissing(url);
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
        SkewedTraffic traffic = new SkewedTraffic(events, organizations, days, end.minus(days, ChronoUnit.DAYS));
        try (PostgresDatabase store = PostgresDatabase.open(url, "postgres", "");
             Connection raw = DriverManager.getConnection(url, "postgres", "")) {
            PostgresFill.fill(store, url, "postgres", "", traffic, organizations, out);
            Instant from = end.minus(30, ChronoUnit.DAYS);
            ViewTimer timer = new ViewTimer(store);
            double[] rollups = timer.time(SkewedTraffic.organization(1), from, end, Granularity.DAY, 30, answers);
            double[] fromRaw = new double[rawAnswers];
            RawAnswer.Answer answer = null;
            for (int i = 0; i < rawAnswers; i++) {
                long started = System.nanoTime();
                answer = RawAnswer.compute(raw, SkewedTraffic.organization(1).value(), PostgresFill.LARGEST_ZONE,
                        from, end);
                fromRaw[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(fromRaw);
            report(out, rollups, fromRaw, timer.lastReport(), answer, raw);
        }
    }

    private static void report(PrintStream out, double[] rollups, double[] fromRaw, UsageReport report,
                               RawAnswer.Answer raw, Connection connection) throws Exception {
        out.printf("largest organization: %,d calls in the 30 days (%,d the 30 before)%n", raw.calls(),
                raw.previousCalls());
        out.printf("organization view from the rollups (%d answers): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                rollups.length, ViewTimer.percentile(rollups, 50), ViewTimer.percentile(rollups, 95),
                rollups[rollups.length - 1]);
        out.printf("the same answer from the raw events (%d answers): fastest %.0f ms, median %.0f ms%n",
                fromRaw.length, fromRaw[0], ViewTimer.percentile(fromRaw, 50));
        out.printf("rollup p95 / fastest raw answer: %.4f×%n", ViewTimer.percentile(rollups, 95) / fromRaw[0]);
        out.println("answers agree: " + Agreement.between(report, raw));
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('usage_rollup')),"
                     + " (SELECT COUNT(*) FROM usage_rollup), (SELECT events FROM bench_fill_done)")) {
            rows.next();
            out.printf("store: %,d raw events; %,d rollup rows taking %s%n", rows.getLong(3), rows.getLong(2),
                    rows.getString(1));
        }
    }

    private static void createDatabaseIfMissing(String url) throws Exception {
        String name = url.substring(url.lastIndexOf('/') + 1);
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection connection = DriverManager.getConnection(server, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** Where the rollup answer and the raw answer differ; "yes" when they do not. */
    static final class Agreement {

        private Agreement() {
        }

        static String between(UsageReport report, RawAnswer.Answer raw) {
            List<String> differences = new ArrayList<>();
            if (report.overview().totals().calls() != raw.calls()) {
                differences.add("calls " + report.overview().totals().calls() + " against " + raw.calls());
            }
            checkPercentile(differences, "p50", report.overview().totals().latency().p50Ms(), raw.p50());
            checkPercentile(differences, "p95", report.overview().totals().latency().p95Ms(), raw.p95());
            checkPercentile(differences, "p99", report.overview().totals().latency().p99Ms(), raw.p99());
            Map<String, Long> days = new LinkedHashMap<>();
            for (SeriesPoint point : report.overview().series()) {
                days.put(point.localStart().toLocalDate().toString(), point.totals().calls());
                Integer rawP95 = raw.p95PerDay().get(point.localStart().toLocalDate().toString());
                checkPercentile(differences, "p95 of " + point.localStart().toLocalDate(),
                        point.totals().latency().p95Ms(), rawP95 == null ? -1 : rawP95);
            }
            if (!days.equals(raw.callsPerDay())) {
                differences.add("calls per local day differ");
            }
            List<String> top = report.overview().topEndpoints().byCalls().stream()
                    .map(summary -> summary.route().endpoint().template() + " " + summary.route().method()).toList();
            if (!top.equals(raw.routesByCalls().subList(0, Math.min(top.size(), raw.routesByCalls().size())))) {
                differences.add("top endpoints by calls " + top + " against " + raw.routesByCalls());
            }
            for (EndpointSummary summary : report.overview().topEndpoints().byCalls()) {
                String route = summary.route().endpoint().template() + " " + summary.route().method();
                checkPercentile(differences, "p95 of " + route, summary.totals().latency().p95Ms(),
                        raw.p95PerRoute().get(route));
            }
            if (!report.overview().statusBreakdown().equals(raw.statuses())) {
                differences.add("calls per status differ");
            }
            if (report.overview().growth().previous().calls() != raw.previousCalls()) {
                differences.add("previous period's calls " + report.overview().growth().previous().calls()
                        + " against " + raw.previousCalls());
            }
            return differences.isEmpty() ? "yes (calls, per-day calls and p95, p50/p95/p99, top endpoints and their"
                    + " p95, statuses, growth)" : "NO: " + differences;
        }

        /** The histogram's percentile is never below the exact one and at most 1% above it. */
        private static void checkPercentile(List<String> differences, String what, Integer fromRollups, int exact) {
            if (fromRollups == null || fromRollups < exact || fromRollups > exact + exact / 100.0) {
                differences.add(what + " " + fromRollups + " ms against exact " + exact + " ms");
            }
        }
    }
}
