package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.persistence.rollup.RollupCheckReport;
import com.wedsync.usage.application.analytics.Granularity;
import com.wedsync.usage.application.port.UsageEventLog;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The organization view on the embedded store (H2 in a new directory) holding {@link SkewedTraffic} (by default one
 * million events over 90 days for 1,000 organizations), appended through the usage log exactly as the service
 * appends, so that the rollups are the ones the service keeps; it prints the ingest rate that this gives, the view's
 * answer times for the largest organization and a small one, and the rollup check over everything appended.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.analytics.EmbeddedViewBenchmark \
 *     [events=1000000] [organizations=1000] [days=90] [answers=40] [batch=1000] [directory]
 * </pre>
 *
 * A {@code directory} left by an earlier run with the same first three arguments is read again without appending
 * (on the day it was filled: the ranges end at that day's start).
 */
public final class EmbeddedViewBenchmark {

    private EmbeddedViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int organizations = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        int answers = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int batch = args.length > 4 ? Integer.parseInt(args[4]) : 1_000;
        PrintStream out = System.out;
        boolean reuse = args.length > 5;
        Path directory = reuse ? Path.of(args[5]) : Files.createTempDirectory("embedded-view-benchmark");
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
        SkewedTraffic traffic = new SkewedTraffic(events, organizations, days, end.minus(days, ChronoUnit.DAYS));
        try (EmbeddedDatabase store = EmbeddedDatabase.open(directory)) {
            if (!reuse) {
                PostgresFill.addOrganizations(store, organizations, traffic.quarterHourStart(0));
                append(store.usageEventLog(), traffic, batch, out);
            }
            ViewTimer timer = new ViewTimer(store);
            OrganizationId largest = SkewedTraffic.organization(1);
            time(out, timer, "largest organization, 30 days by day", largest, end.minus(30, ChronoUnit.DAYS), end,
                    Granularity.DAY, answers);
            time(out, timer, "largest organization, 90 days by week", largest, end.minus(days, ChronoUnit.DAYS), end,
                    Granularity.WEEK, answers);
            time(out, timer, "largest organization, 7 days by hour", largest, end.minus(7, ChronoUnit.DAYS), end,
                    Granularity.HOUR, answers);
            time(out, timer, "organization of rank 100, 30 days by day", SkewedTraffic.organization(100),
                    end.minus(30, ChronoUnit.DAYS), end, Granularity.DAY, answers);
            long started = System.nanoTime();
            RollupCheckReport check = store.checkRollups(traffic.quarterHourStart(0).truncatedTo(ChronoUnit.DAYS));
            out.printf("rollup check in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, check.summary());
        }
        out.println("database left in " + directory + " (delete it when done)");
    }

    private static void append(UsageEventLog log, SkewedTraffic traffic, int batch, PrintStream out) {
        long appended = 0;
        long started = System.nanoTime();
        for (int q = 0; q < traffic.quarterHours(); q++) {
            List<UsageEvent> quarter = traffic.quarterHour(q);
            for (int from = 0; from < quarter.size(); from += batch) {
                log.append(quarter.subList(from, Math.min(quarter.size(), from + batch)));
            }
            appended += quarter.size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("appended %,d events through the usage log (rollups kept) in %.1f s: %,.0f events/s%n", appended,
                seconds, appended / seconds);
    }

    private static void time(PrintStream out, ViewTimer timer, String what, OrganizationId organization,
                             Instant from, Instant to, Granularity granularity, int answers) {
        double[] millis = timer.time(organization, from, to, granularity, 10, answers);
        out.printf("%s (%d answers, %,d calls): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", what, answers,
                timer.lastReport().overview().totals().calls(), ViewTimer.percentile(millis, 50),
                ViewTimer.percentile(millis, 95), millis[millis.length - 1]);
    }
}
