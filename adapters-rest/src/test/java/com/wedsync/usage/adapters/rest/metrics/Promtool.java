package com.wedsync.usage.adapters.rest.metrics;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus's own linter, {@code promtool check metrics}, from the Debian package {@code prometheus}. Without it
 * the check is skipped on a developer's machine, saying why, and fails under {@code CI=true}, which installs it
 * ({@code .ci/run}): a check that silently passes would prove nothing.
 */
final class Promtool {

    record Verdict(int exitCode, String output) {
    }

    private Promtool() {
    }

    static Path require() {
        Path promtool = Path.of(System.getenv().getOrDefault("PROMTOOL", "/usr/bin/promtool"));
        if (Files.isExecutable(promtool)) {
            return promtool;
        }
        String why = promtool + " is not installed (apt-get install prometheus); the exposition is not checked by "
                + "Prometheus's own parser";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(why + ", and under CI=true that is a failure: .ci/run installs it");
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }

    /** Runs {@code promtool check metrics} over {@code exposition}; its lint problems come back as output. */
    static Verdict checkMetrics(Path promtool, String exposition) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true)
                .start();
        process.getOutputStream().write(exposition.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("promtool did not finish within 30 s");
        }
        return new Verdict(process.exitValue(), output);
    }
}
