package com.wedsync.usage.benchmarks.replay;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The figures of one replay, printed for the operator; also what the analytics are checked against. */
public record ReplaySummary(String runId, AccessLog log, List<OrganizationPlan> plans, DecisionTally decisions,
                            IngestCounts ingest, IngestAnswer resend, int resentBatchSize, long elapsedNanos) {

    public AnalyticsTotals expected() {
        return new AnalyticsTotals(ingest.accepted(), decisions.admitted(), decisions.denied(),
                decisions.deniedBy("daily"), decisions.deniedBy("minute"), decisions.deniedBy("burst"));
    }

    /** True when the re-sent batch stored nothing and every one of its events came back a duplicate or refused. */
    public boolean idempotent() {
        return resend.accepted() == 0 && resend.duplicates() + resend.rejected().size() == resentBatchSize;
    }

    public void print(PrintStream out) {
        double seconds = elapsedNanos / 1e9;
        long requests = decisions.admitted() + decisions.denied() + decisions.failed();
        out.printf("replay run %s%n", runId);
        out.printf("lines read             %,d%n", log.linesRead());
        out.printf("unreadable lines       %,d %s%n", log.unreadable().size(),
                log.unreadable().stream().map(line -> "#" + line.lineNumber()).toList());
        out.printf("organizations          %,d %s%n", plans.size(), tierCounts());
        out.printf("api keys               %,d%n", plans.stream().mapToInt(plan -> plan.clients().size()).sum());
        out.printf("requests               %,d%n", requests);
        out.printf("admitted               %,d%n", decisions.admitted());
        out.printf("denied                 %,d (daily %,d, minute %,d, burst %,d)%n", decisions.denied(),
                decisions.deniedBy("daily"), decisions.deniedBy("minute"), decisions.deniedBy("burst"));
        out.printf("decisions degraded     %,d (decided without the shared counters)%n", decisions.degraded());
        out.printf("decisions failed       %,d%n", decisions.failed());
        out.printf("most-denied clients    %s%n", mostDenied());
        out.printf("events accepted        %,d%n", ingest.accepted());
        out.printf("duplicates reported    %,d (replay batches) + %,d of %,d on re-sending the first batch%n",
                ingest.duplicates(), resend.duplicates(), resentBatchSize);
        out.printf("rejected               %,d%n", ingest.rejected());
        out.printf("events lost            %,d (batches without a 202)%n", ingest.lost());
        out.printf("elapsed                %.1f s, %,.0f requests/s%n", seconds, requests / seconds);
    }

    private Map<String, Long> tierCounts() {
        return plans.stream().collect(Collectors.groupingBy(plan -> plan.tier().value(), TreeMap::new,
                Collectors.counting()));
    }

    private String mostDenied() {
        Map<String, OrganizationPlan> planOf = plans.stream()
                .flatMap(plan -> plan.clients().stream().map(client -> Map.entry(client, plan)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Function<Map.Entry<String, Long>, String> describe = entry -> "%s (org %03d, %s) %,d".formatted(
                entry.getKey(), planOf.get(entry.getKey()).index(), planOf.get(entry.getKey()).tier(),
                entry.getValue());
        return decisions.mostDenied(5).stream().map(describe).collect(Collectors.joining("; "));
    }
}
