package com.wedsync.usage.benchmarks.redis;

import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decisions through one Redis: the product's shared counters against Redisson's {@code RRateLimiter} and Bucket4j
 * over Redisson, alternately, in one run, with the Redis CPU (from {@code INFO commandstats}) and memory (from
 * {@code MEMORY USAGE}) each one cost. Two loads: many organizations with moderate concurrency, and one hot
 * organization with many callers. Limits are the SCALE tier's: 50,000 a day, 100 a minute, 50 a second.
 *
 * <pre>
 * java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/libs/*' \
 *     com.wedsync.usage.benchmarks.redis.RedisDecisionBenchmark [redis://127.0.0.1:6379] [seconds=15] [rounds=2] \
 *     [contenders=shared,rrl,b4j]
 * </pre>
 */
public final class RedisDecisionBenchmark {

    static final long DAILY = 50_000;
    static final long PER_MINUTE = 100;
    static final long PER_SECOND = 50;
    private static final int MANY_ORGANIZATIONS = 10_000;
    private static final int MANY_CALLERS = 16;
    private static final int HOT_CALLERS = 64;

    private RedisDecisionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "redis://127.0.0.1:6379";
        Duration duration = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 15);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Set<String> only = args.length > 3 ? Set.of(args[3].split(",")) : Set.of("shared", "rrl", "b4j");
        RedisStats stats = new RedisStats(url);
        Config config = new Config();
        // The product's client (RedisQuotaCounters.connect) runs with Redisson's default pool (64 connections, 24
        // kept idle), no retries and a 1 s time-out: the peers' client gets the same.
        config.useSingleServer().setAddress(url).setConnectionPoolSize(64).setConnectionMinimumIdleSize(24)
                .setRetryAttempts(0).setTimeout(1_000);
        RedissonClient redis = Redisson.create(config);
        Map<String, Function<Integer, Contender>> all = new LinkedHashMap<>();
        all.put("shared", organizations -> new SharedCountersContender(url, organizations, DAILY, PER_MINUTE,
                PER_SECOND));
        all.put("rrl", organizations -> new RateLimiterContender(redis, organizations, PER_MINUTE));
        all.put("b4j", organizations -> new Bucket4jContender(redis, organizations, DAILY, PER_MINUTE, PER_SECOND));
        List<Function<Integer, Contender>> contenders = all.entrySet().stream()
                .filter(entry -> only.contains(entry.getKey())).map(Map.Entry::getValue).toList();
        try {
            List<Row> rows = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                for (Function<Integer, Contender> contender : contenders) {
                    rows.add(measure(contender, MANY_CALLERS, MANY_ORGANIZATIONS, duration, stats, round));
                }
                for (Function<Integer, Contender> contender : contenders) {
                    rows.add(measure(contender, HOT_CALLERS, 1, duration, stats, round));
                }
            }
            print(rows);
        } finally {
            redis.shutdown();
        }
    }

    record Row(int round, LoadRun.Result result, double commandMicrosPerDecision, double cpuMicrosPerDecision,
               RedisStats.KeyCensus census, int activeOrganizations) {
    }

    private static Row measure(Function<Integer, Contender> factory, int callers, int organizations,
                               Duration duration, RedisStats stats, int round) throws Exception {
        try (Contender contender = factory.apply(organizations)) {
            stats.deleteKeys(contender.keyPattern());
            contender.prepare();
            LoadRun.run(contender, callers, organizations, Duration.ofSeconds(3)); // warm-up
            stats.deleteKeys(contender.keyPattern());
            contender.prepare();
            stats.resetCommandStats();
            double cpuBefore = stats.mainThreadCpuSeconds();
            LoadRun.Result result = LoadRun.run(contender, callers, organizations, duration);
            double cpuSeconds = stats.mainThreadCpuSeconds() - cpuBefore;
            long micros = stats.commandMicros(contender.topLevelCommands());
            System.out.println("  commandstats usec of " + contender.name() + ": " + stats.commandStats());
            RedisStats.KeyCensus census = stats.census(contender.keyPattern());
            stats.deleteKeys(contender.keyPattern());
            long decisions = Math.max(1, result.decisions());
            Row row = new Row(round, result, (double) micros / decisions, cpuSeconds * 1e6 / decisions, census,
                    organizations);
            System.out.println(format(row));
            return row;
        }
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.println("| round | load | contender | decisions/s | admitted | p50 ms | p99 ms | p99.9 ms | errors"
                + " | Redis µs/decision (commandstats) | Redis main-thread CPU µs/decision | keys | bytes/org"
                + " | keys without TTL |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(row -> System.out.println(format(row)));
    }

    private static String format(Row row) {
        LoadRun.Result r = row.result();
        String load = r.organizations() == 1 ? r.callers() + " callers, 1 hot org"
                : r.callers() + " callers, " + r.organizations() + " orgs";
        return String.format(Locale.ROOT, "| %d | %s | %s | %,.0f | %.1f %% | %.3f | %.3f | %.3f | %d | %.1f | %.1f | %d | %,.0f | %d |",
                row.round(), load, r.contender(), r.perSecond(), 100.0 * r.admitted() / Math.max(1, r.decisions()),
                r.percentileMillis(50), r.percentileMillis(99), r.percentileMillis(99.9), r.errors(),
                row.commandMicrosPerDecision(), row.cpuMicrosPerDecision(), row.census().keys(),
                (double) row.census().bytes() / row.activeOrganizations(), row.census().withoutTtl());
    }
}
