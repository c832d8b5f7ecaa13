package com.wedsync.usage.adapters.rest.boot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The exit status of {@code check-rollups} tells "they agree", "they differ" and "could not check" apart. */
class CheckRollupsCommandTest {

    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");

    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void anEmptyStoreAgrees() {
        assertThat(run("check-rollups")).isEqualTo(0);
        assertThat(output()).startsWith("OK: rollups since 2025-05-27T00:00:00Z");
    }

    @Test
    void aStoreThatCannotBeOpenedCannotBeChecked() {
        // Nothing listens on port 1: the same answer as an embedded store a running service holds, "cannot open".
        Settings unreachable = new Settings(0, dataDir, Optional.empty(), 1 << 20, 1_000,
                Optional.of(new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/usage", "postgres", "")),
                RedisSettings.IN_PROCESS, Settings.DEFAULT_ALERT_INTERVAL);

        assertThat(CheckRollupsCommand.run(unreachable, new String[] {"check-rollups"}, NOW,
                new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(output()).startsWith("the rollups could not be checked: ");
    }

    @Test
    void aSinceThatIsNoDateCannotBeChecked() {
        assertThat(run("check-rollups", "yesterday")).isEqualTo(2);
        assertThat(output()).startsWith("the rollups could not be checked: ");
    }

    private int run(String... args) {
        Settings settings = new Settings(0, dataDir, Optional.empty(), 1 << 20, 1_000);
        return CheckRollupsCommand.run(settings, args, NOW, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
