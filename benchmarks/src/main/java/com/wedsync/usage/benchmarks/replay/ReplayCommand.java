package com.wedsync.usage.benchmarks.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code java -jar benchmarks.jar <log-file> [options]}: replays an access log against a running usage monitor.
 * Reads the log, plans the tenants ({@link TenantMapping}), creates them, plays every request as a decision and a
 * usage event, re-sends one batch to prove idempotency, prints the summary, and checks the analytics. Exits 0 when
 * everything agrees, 1 on any mismatch or failure, 2 on a bad command line.
 */
public final class ReplayCommand {

    private static final int INGEST_THREADS = 2;
    private static final Duration ANALYTICS_PATIENCE = Duration.ofSeconds(15);

    private ReplayCommand() {
    }

    public static void main(String[] args) throws Exception {
        ReplayOptions options;
        try {
            options = ReplayOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException badArguments) {
            System.err.println(badArguments.getMessage());
            System.err.println(ReplayOptions.USAGE);
            System.exit(2);
            return;
        }
        try {
            System.exit(run(options, System.out, System.err));
        } catch (CompletionException | ApiCallFailed failed) {
            Throwable cause = failed instanceof CompletionException ? failed.getCause() : failed;
            System.err.println("replay stopped: " + cause.getMessage());
            System.exit(1);
        }
    }

    static int run(ReplayOptions options, PrintStream out, PrintStream problems) throws Exception {
        return run(options, out, problems, ANALYTICS_PATIENCE);
    }

    static int run(ReplayOptions options, PrintStream out, PrintStream problems, Duration analyticsPatience)
            throws Exception {
        AccessLog log = AccessLog.read(options.logFile(), problems);
        if (log.requests().isEmpty()) {
            problems.println("no readable request in " + options.logFile());
            return 1;
        }
        List<OrganizationPlan> plans = TenantMapping.plan(log.requests(), options.seed());
        UsageMonitorClient client = new UsageMonitorClient(options.urls());
        ExecutorService decisions = Executors.newFixedThreadPool(options.concurrency());
        ExecutorService ingest = Executors.newFixedThreadPool(INGEST_THREADS);
        try {
            Tenants tenants = new Provisioner(client, options.adminToken(), decisions).provision(plans);
            TimeShift shift = new TimeShift(log.requests().getFirst().time(), log.requests().getLast().time(),
                    Instant.now());
            EventBatcher batcher = new EventBatcher(client, tenants.serviceToken(), options.batch(), ingest, problems);
            long start = System.nanoTime();
            DecisionTally tally;
            List<BurstResult> bursts = List.of();
            if (options.pacing() == Pacing.BURSTS) {
                BurstPlayer.Bursts played = new BurstPlayer(client, tenants, decisions, batcher, problems)
                        .play(plans, log.requests(), shift);
                tally = played.tally();
                bursts = played.results();
            } else {
                tally = new TrafficPlayer(client, tenants, decisions, options.concurrency(), batcher, problems)
                        .play(log.requests(), shift, options.speed());
            }
            long elapsed = System.nanoTime() - start;
            ReplaySummary summary = new ReplaySummary(tenants.runId(), log, plans, tally, batcher.counts(),
                    batcher.resendFirstBatch(), batcher.firstBatchSize(), elapsed);
            summary.print(out);
            boolean burstsAgree = options.pacing() != Pacing.BURSTS || BurstCheck.report(bursts, out);
            return verdict(summary, new AnalyticsCheck(client, options.adminToken(), analyticsPatience)
                    .check(tenants.organizationIds(), shift.earliestShifted(), summary.expected()), out)
                    == 0 && burstsAgree ? 0 : 1;
        } finally {
            decisions.shutdownNow();
            ingest.shutdownNow();
        }
    }

    private static int verdict(ReplaySummary summary, List<String> mismatches, PrintStream out) {
        boolean sound = summary.idempotent() && summary.decisions().failed() == 0 && summary.ingest().lost() == 0;
        if (!summary.idempotent()) {
            out.printf("idempotency check: FAILED (re-sent %d events: %d accepted, %d duplicates)%n",
                    summary.resentBatchSize(), summary.resend().accepted(), summary.resend().duplicates());
        }
        if (mismatches.isEmpty()) {
            out.println("analytics check: OK");
        } else {
            out.println("analytics check: MISMATCH");
            mismatches.forEach(mismatch -> out.println("  " + mismatch));
        }
        return sound && mismatches.isEmpty() ? 0 : 1;
    }
}
