package com.wedsync.usage.benchmarks.redis;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a run cost Redis, read with {@code redis-cli} (the Redis server's own accounting, not the client's):
 * CPU from {@code INFO commandstats} (microseconds spent in commands since {@code CONFIG RESETSTAT}), memory from
 * {@code MEMORY USAGE} of every key a contender wrote, and whether each of those keys carries a TTL.
 */
final class RedisStats {

    record KeyCensus(long keys, long bytes, long withoutTtl) {
    }

    private final String host;
    private final int port;

    RedisStats(String redisUrl) {
        URI uri = URI.create(redisUrl);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 6379 : uri.getPort();
    }

    void resetCommandStats() {
        cli("CONFIG", "RESETSTAT");
    }

    /**
     * Microseconds Redis spent executing {@code topLevel} commands since the last reset. Redis also counts every
     * command a script calls under that command's own name (and in the script's time), so summing every line would
     * count a script's work twice: only the commands the contender sends itself are summed.
     */
    long commandMicros(Set<String> topLevel) {
        return commandStats().entrySet().stream().filter(entry -> topLevel.contains(entry.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Microseconds per command name ({@code evalsha}, {@code get} …) since the last reset. */
    Map<String, Long> commandStats() {
        Map<String, Long> micros = new TreeMap<>();
        for (String line : cli("INFO", "commandstats")) {
            int at = line.indexOf("usec=");
            if (line.startsWith("cmdstat_") && at >= 0) {
                int end = line.indexOf(',', at);
                micros.put(line.substring("cmdstat_".length(), line.indexOf(':')),
                        Long.parseLong(line.substring(at + 5, end < 0 ? line.length() : end)));
            }
        }
        return micros;
    }

    /** CPU seconds of Redis's main thread (user and system) so far: commands and their network I/O. */
    double mainThreadCpuSeconds() {
        double seconds = 0;
        for (String line : cli("INFO", "cpu")) {
            if (line.startsWith("used_cpu_user_main_thread:") || line.startsWith("used_cpu_sys_main_thread:")) {
                seconds += Double.parseDouble(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return seconds;
    }

    /** Every key matching {@code pattern}: how many, their bytes by {@code MEMORY USAGE}, how many never expire. */
    KeyCensus census(String pattern) {
        List<String> keys = cli("--scan", "--pattern", pattern).stream().filter(key -> !key.isBlank()).toList();
        StringBuilder script = new StringBuilder();
        for (String key : keys) {
            script.append("MEMORY USAGE ").append(key).append('\n').append("PTTL ").append(key).append('\n');
        }
        List<String> answers = cliWithInput(script.toString());
        long bytes = 0;
        long withoutTtl = 0;
        for (int i = 0; i + 1 < answers.size(); i += 2) {
            String usage = answers.get(i).strip();
            bytes += usage.isEmpty() ? 0 : Long.parseLong(usage);
            withoutTtl += answers.get(i + 1).strip().equals("-1") ? 1 : 0;
        }
        return new KeyCensus(keys.size(), bytes, withoutTtl);
    }

    void deleteKeys(String pattern) {
        StringBuilder script = new StringBuilder();
        for (String key : cli("--scan", "--pattern", pattern)) {
            if (!key.isBlank()) {
                script.append("UNLINK ").append(key).append('\n');
            }
        }
        cliWithInput(script.toString());
    }

    private List<String> cli(String... arguments) {
        return run("", arguments);
    }

    /** Runs the commands in {@code script}, one per line, through one redis-cli: one answer line per command. */
    private List<String> cliWithInput(String script) {
        return script.isEmpty() ? List.of() : run(script);
    }

    private List<String> run(String input, String... arguments) {
        List<String> command = new ArrayList<>(List.of("redis-cli", "-h", host, "-p", String.valueOf(port)));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Thread feeder = Thread.ofPlatform().start(() -> {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.getBytes(StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // redis-cli stopped reading: its exit status tells.
                }
            });
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            feeder.join();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("redis-cli " + String.join(" ", arguments) + " failed: " + output);
            }
            return output.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException("redis-cli is needed to read Redis's own figures", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
