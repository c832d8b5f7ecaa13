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

    @Test
    void burstsGiveWhatThePlanSaysOrganizationByOrganization() throws Exception {
        try (FakeUsageMonitor monitor = FakeUsageMonitor.enforcingDefaultTiers()) {
            int exit = ReplayCommand.run(options(monitor, "--pacing", "bursts"), print(out), print(problems));

            String summary = out.toString(StandardCharsets.UTF_8);
            assertThat(exit).as(summary + problems).isZero();
            // org 000 (FREE, 40 calls): 5 admitted, 35 denied naming minute and burst; org 001 (STARTER, 20 calls):
            // 10 admitted, 10 denied naming burst only.
            assertThat(summary).contains("admitted               15",
                    "denied                 45 (daily 0, minute 35, burst 45)",
                    "plan says              admitted 15, denied 45 (daily 0, minute 35, burst 45)",
                    "bursts check: OK", "analytics check: OK");
        }
    }

    @Test
    void burstsThatDisagreeWithThePlanFailTheRun() throws Exception {
        try (FakeUsageMonitor monitor = new FakeUsageMonitor(false)) {
            int exit = ReplayCommand.run(options(monitor, "--pacing", "bursts"), print(out), print(problems));

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("bursts check: MISMATCH",
                    "org 000 (FREE): admitted 27, expected 5", "analytics check: OK");
        }
    }

    private ReplayOptions options(FakeUsageMonitor monitor, String... extra) throws Exception {
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
        List<String> args = new ArrayList<>(List.of(log.toString(), "--url", monitor.url().toString(),
                "--concurrency", "3", "--batch", "7"));
        args.addAll(List.of(extra));
        return ReplayOptions.parse(args.toArray(String[]::new), Map.of("USAGE_ADMIN_TOKEN", FakeUsageMonitor.ADMIN));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
