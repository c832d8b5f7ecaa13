package com.wedsync.usage.benchmarks.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream problems = new ByteArrayOutputStream();

    @Test
    void replaysTheLogProvesIdempotencyAndFindsTheAnalyticsInAgreement() throws Exception {
        try (FakeUsageMonitor monitor = new FakeUsageMonitor(false)) {
            int exit = ReplayCommand.run(options(monitor), print(out), print(problems));

            String summary = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(summary + problems).isZero();
            assertThat(summary).contains("lines read             61", "unreadable lines       1 [#31]",
                    "requests               60", "admitted               41",
                    "denied                 19 (daily 0, minute 19, burst 19)",
                    "events accepted        60", "+ 7 of 7 on re-sending the first batch", "analytics check: OK");
            assertThat(problems.toString(StandardCharsets.UTF_8)).contains("access.log:31: unreadable line skipped");
        }
    }

    @Test
    void analyticsThatDisagreeMakeAMismatchAndANonZeroExit() throws Exception {
        try (FakeUsageMonitor monitor = new FakeUsageMonitor(true)) {
            int exit = ReplayCommand.run(options(monitor), print(out), print(problems), Duration.ofMillis(100));

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("analytics check: MISMATCH",
                    "sum of totals.calls vs events accepted: analytics 120, replay 60");
        }
    }

    private ReplayOptions options(FakeUsageMonitor monitor) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add("10.0.0.%d - - [17/May/2015:10:%02d:00 +0000] \"GET /items/%d?x=1 HTTP/1.1\" 200 100 \"-\" \"-\""
                    .formatted(i % 12, i, i));
            if (i == 29) {
                lines.add("10.0.0.1 - - [17/May/2015:10:30:00 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"cut");
            }
        }
        Path log = dir.resolve("access.log");
        Files.write(log, lines);
        return ReplayOptions.parse(new String[] {log.toString(), "--url", monitor.url().toString(),
                "--concurrency", "3", "--batch", "7"}, Map.of("USAGE_ADMIN_TOKEN", FakeUsageMonitor.ADMIN));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
