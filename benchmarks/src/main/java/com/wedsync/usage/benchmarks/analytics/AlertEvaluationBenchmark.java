package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.alerting.EvaluationSummary;
import com.wedsync.usage.application.alerting.MetricReader;
import com.wedsync.usage.application.health.HealthState;
import com.wedsync.usage.application.incident.RuleIncidentsService;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The alert evaluator with 10,000 rules (four per organization: error rate, p95 latency, request rate, denied rate,
 * with 5, 15 and 60 minute windows) over a day of {@link SkewedTraffic} appended through the usage log, on
 * PostgreSQL or the embedded store: how much CPU one evaluation of every rule takes, the service's JVM and, on
 * PostgreSQL, the database backends serving it, against the minute the evaluator has between two runs.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.analytics.AlertEvaluationBenchmark \
 *     [jdbc:postgresql://127.0.0.1:5432/bench_alerting | embedded] [organizations=2500] [events=300000] [runs=10]
 * </pre>
 * The PostgreSQL database is dropped and created anew on every run.
 */
public final class AlertEvaluationBenchmark {

    private static final AlertMetric[] METRICS = {AlertMetric.ERROR_RATE, AlertMetric.P95_LATENCY_MS,
        AlertMetric.REQUEST_RATE, AlertMetric.DENIED_RATE};
    private static final double[] THRESHOLDS = {0.3, 2_000, 500, 0.5};
    private static final Duration[] WINDOWS = {Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(60)};

    private AlertEvaluationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String where = args.length > 0 ? args[0] : "jdbc:postgresql://127.0.0.1:5432/bench_alerting";
        int organizations = args.length > 1 ? Integer.parseInt(args[1]) : 2_500;
        long events = args.length > 2 ? Long.parseLong(args[2]) : 300_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        PrintStream out = System.out;
        boolean embedded = where.equals("embedded");
        if (!embedded) {
            PostgresBackends.recreate(where);
        }
        Instant now = Instant.now();
        try (UsageStore store = embedded
                ? EmbeddedDatabase.open(Files.createTempDirectory("alert-evaluation-benchmark"))
                : PostgresDatabase.open(where, "postgres", "")) {
            SkewedTraffic traffic = new SkewedTraffic(events, organizations, 1,
                    now.truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.DAYS));
            PostgresFill.addOrganizations(store, organizations, traffic.quarterHourStart(0));
            for (int q = 0; q < traffic.quarterHours(); q++) {
                List<UsageEvent> quarter = traffic.quarterHour(q);
                for (int from = 0; from < quarter.size(); from += 1_000) {
                    store.usageEventLog().append(quarter.subList(from, Math.min(quarter.size(), from + 1_000)));
                }
            }
            int rules = addRules(store, organizations, now);
            AlertEvaluator evaluator = evaluator(store, () -> now);
            PostgresBackends backends = embedded ? PostgresBackends.NONE : PostgresBackends.of(where);
            out.printf("%s: %,d organizations, %,d rules, %,d events over the last day%n",
                    embedded ? "embedded store" : "PostgreSQL", organizations, rules, events);
            evaluator.evaluate(now);
            for (int run = 1; run <= runs; run++) {
                measure(out, run, evaluator, now.plusSeconds(60L * run), backends);
            }
        }
    }

    private static void measure(PrintStream out, int run, AlertEvaluator evaluator, Instant at,
                                PostgresBackends backends) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmBefore = os.getProcessCpuTime();
        long databaseBefore = backends.cpuNanos();
        long started = System.nanoTime();
        EvaluationSummary summary = evaluator.evaluate(at);
        double wallMs = (System.nanoTime() - started) / 1e6;
        double jvmMs = (os.getProcessCpuTime() - jvmBefore) / 1e6;
        double databaseMs = (backends.cpuNanos() - databaseBefore) / 1e6;
        out.printf("run %2d: %,d rules (%d pending, %d firing, %d errors) in %.0f ms wall; CPU: JVM %.0f ms + database"
                        + " %.0f ms = %.0f ms, %.2f%% of one core over a minute%n", run, summary.rules(),
                summary.pending(), summary.firing(), summary.errors(), wallMs, jvmMs, databaseMs, jvmMs + databaseMs,
                (jvmMs + databaseMs) / 60_000 * 100);
    }

    private static int addRules(UsageStore store, int organizations, Instant now) {
        int added = 0;
        for (int rank = 1; rank <= organizations; rank++) {
            for (int m = 0; m < METRICS.length; m++) {
                store.alertRules().add(new AlertRule(new AlertRuleId("rule_" + rank + "x" + m),
                        AlertScope.of(SkewedTraffic.organization(rank)), "Rule " + m, METRICS[m],
                        Comparator.GREATER_THAN, THRESHOLDS[m], THRESHOLDS[m], WINDOWS[(rank + m) % WINDOWS.length],
                        Duration.ofMinutes(2), Severity.WARNING, List.of(),
                        SigningSecret.of(new byte[SigningSecret.MIN_BYTES]), true, RuleSource.API, now, now));
                added++;
            }
        }
        return added;
    }

    private static AlertEvaluator evaluator(UsageStore store, InstantSource clock) {
        TenantDirectory directory = new TenantDirectory(store.apiKeys(), store.organizations(), store.tiers(), clock,
                Duration.ofSeconds(5));
        MetricReader metrics = new MetricReader(store.usageRollups(), store.decisionTallies(), directory,
                new InProcessQuotaCounters(clock), () -> HealthState.HEALTHY);
        return new AlertEvaluator(store.alertRules(), store.decisionTallies(), metrics,
                new RuleIncidentsService(store.incidents(), new RandomIds(), new OperationalMetrics()),
                store.incidents(), Notifier.NONE);
    }

    /** Incident ids for the few rules that fire. */
    private static final class RandomIds implements SecretSource {
        private final java.security.SecureRandom random = new java.security.SecureRandom();

        @Override
        public String base62(int length) {
            String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            StringBuilder id = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return id.toString();
        }

        @Override
        public byte[] bytes(int count) {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        }
    }
}
