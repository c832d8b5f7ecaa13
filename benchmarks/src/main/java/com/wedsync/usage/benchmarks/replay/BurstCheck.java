package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.LimitName;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every organization's burst against its {@link BurstExpectation}. A burst that took a second or more, or
 * that crossed midnight UTC (the replay's organizations keep UTC calendars), is not held to the expectation but
 * reported as a failure of the check itself: its counts then depend on timing, which is what this pacing exists
 * to rule out.
 */
final class BurstCheck {

    static final long BURST_WINDOW_MILLIS = 1_000;

    private BurstCheck() {
    }

    /** The problems found, one line each; empty when every burst gave exactly what its plan says. */
    static List<String> check(List<BurstResult> results) {
        List<String> problems = new ArrayList<>();
        for (BurstResult result : results) {
            String organization = "org %03d (%s)".formatted(result.plan().index(), result.plan().tier().value());
            if (result.spanMillis() >= BURST_WINDOW_MILLIS) {
                problems.add("%s: its burst of %,d calls took %,d ms, not under a second: timing decides its counts"
                        .formatted(organization, result.requests(), result.spanMillis()));
                continue;
            }
            if (!result.started().atZone(ZoneOffset.UTC).toLocalDate().equals(result.started()
                    .plusMillis(result.spanMillis()).atZone(ZoneOffset.UTC).toLocalDate())) {
                problems.add(organization + ": its burst crossed midnight UTC");
                continue;
            }
            BurstExpectation expected = BurstExpectation.of(result.plan(), result.requests());
            compare(problems, organization, "admitted", expected.admitted(), result.admitted());
            compare(problems, organization, "denied", expected.denied(), result.denied());
            for (LimitName limit : LimitName.values()) {
                compare(problems, organization, "denied by " + limit.wireName(), expected.deniedBy(limit),
                        result.deniedBy().getOrDefault(limit, 0L));
            }
        }
        return problems;
    }

    /** The sum of every burst's expectation: what the whole run must admit and deny. */
    static BurstExpectation total(List<BurstResult> results) {
        long admitted = 0;
        long denied = 0;
        Map<LimitName, Long> deniedBy = new EnumMap<>(LimitName.class);
        for (BurstResult result : results) {
            BurstExpectation expected = BurstExpectation.of(result.plan(), result.requests());
            admitted += expected.admitted();
            denied += expected.denied();
            for (LimitName limit : LimitName.values()) {
                deniedBy.merge(limit, expected.deniedBy(limit), Long::sum);
            }
        }
        return new BurstExpectation(admitted, denied, Map.copyOf(deniedBy));
    }

    /**
     * Prints what the plan says the run must give, the longest burst, and the verdict ({@code bursts check: OK} or
     * {@code MISMATCH} with each problem); true when every burst agreed.
     */
    static boolean report(List<BurstResult> results, PrintStream out) {
        BurstExpectation total = total(results);
        out.printf("bursts                 %,d organizations, longest %,d ms (each must end within %,d ms)%n",
                results.size(), longestSpanMillis(results), BURST_WINDOW_MILLIS);
        out.printf("plan says              admitted %,d, denied %,d (daily %,d, minute %,d, burst %,d)%n",
                total.admitted(), total.denied(), total.deniedBy(LimitName.DAILY), total.deniedBy(LimitName.MINUTE),
                total.deniedBy(LimitName.BURST));
        List<String> problems = check(results);
        if (problems.isEmpty()) {
            out.println("bursts check: OK");
            return true;
        }
        out.println("bursts check: MISMATCH");
        problems.forEach(problem -> out.println("  " + problem));
        return false;
    }

    static long longestSpanMillis(List<BurstResult> results) {
        return results.stream().mapToLong(BurstResult::spanMillis).max().orElse(0);
    }

    private static void compare(List<String> problems, String organization, String what, long expected,
                                long actual) {
        if (expected != actual) {
            problems.add("%s: %s %,d, expected %,d".formatted(organization, what, actual, expected));
        }
    }
}
