package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.application.analytics.Granularity;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The organization view of the largest organization over 30 days on the embedded store (an H2 file in a new
 * temporary directory), filled with {@link SkewedTraffic} through the product's own append path, so that the
 * rollups are the ones ingest keeps; prints the ingest rate with rollups as it goes.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.analytics.EmbeddedOrganizationViewBenchmark [events=1000000] \
 *     [organizations=1000] [days=90] [answers=100]
 * </pre>
 */
public final class EmbeddedOrganizationViewBenchmark {

    private static final int BATCH = 1_000;

    private EmbeddedOrganizationViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int organizations = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        int answers = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS);
        SkewedTraffic traffic = new SkewedTraffic(events, organizations, days, end.minus(days, ChronoUnit.DAYS));
        Path directory = Files.createTempDirectory("embedded-analytics-benchmark");
        try (EmbeddedDatabase store = EmbeddedDatabase.open(directory)) {
            for (int rank = 1; rank <= organizations; rank++) {
                store.organizations().add(new Organization(SkewedTraffic.organization(rank), "Organization " + rank,
                        rank == 1 ? DefaultTiers.ENTERPRISE : DefaultTiers.SCALE,
                        rank == 1 ? PostgresFill.LARGEST_ZONE : ZoneOffset.UTC, LimitOverrides.NONE, end));
            }
            long started = System.nanoTime();
            long stored = 0;
            for (int q = 0; q < traffic.quarterHours(); q++) {
                List<UsageEvent> quarter = traffic.quarterHour(q);
                for (int from = 0; from < quarter.size(); from += BATCH) {
                    store.usageEventLog().append(new ArrayList<>(quarter.subList(from,
                            Math.min(quarter.size(), from + BATCH))));
                }
                stored += quarter.size();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("appended %,d events with their rollups in %.0f s (%,.0f events/s, batches of %d)%n",
                    stored, seconds, stored / seconds, BATCH);
            ViewTimer timer = new ViewTimer(store);
            double[] millis = timer.time(SkewedTraffic.organization(1), end.minus(30, ChronoUnit.DAYS), end,
                    Granularity.DAY, 30, answers);
            System.out.printf("largest organization: %,d calls in the 30 days%n",
                    timer.lastReport().overview().totals().calls());
            System.out.printf("organization view on the embedded store (%d answers): p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms%n", answers, ViewTimer.percentile(millis, 50), ViewTimer.percentile(millis, 95),
                    millis[millis.length - 1]);
        }
    }
}
