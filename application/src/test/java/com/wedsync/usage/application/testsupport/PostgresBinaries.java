package com.wedsync.usage.application.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * PostgreSQL's server programs ({@code initdb}, {@code pg_ctl}, {@code createdb}) of the newest version installed
 * under {@code /usr/lib/postgresql/<version>/bin}, run as the {@code postgres} OS user when the JVM runs as root:
 * initdb and the server refuse to run as root.
 */
final class PostgresBinaries {

    private static final Path INSTALLATIONS = Path.of("/usr/lib/postgresql");
    private static final String SERVER_USER = "postgres";
    private static final long TIMEOUT_SECONDS = 120;

    private final Path bin;

    private PostgresBinaries(Path bin) {
        this.bin = bin;
    }

    /** The newest installed version that has initdb and pg_ctl, if any. */
    static Optional<PostgresBinaries> find() {
        if (!Files.isDirectory(INSTALLATIONS)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(INSTALLATIONS)) {
            return versions.filter(version -> version.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(version -> Integer.parseInt(version.getFileName().toString())))
                    .map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .map(PostgresBinaries::new);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether the programs must be run as another user, the one that then owns the data directory. */
    static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static String serverUser() {
        return SERVER_USER;
    }

    /** Runs {@code program} with {@code arguments} and waits for it; fails with its output when it fails. */
    void run(String program, String... arguments) {
        List<String> command = new ArrayList<>();
        if (runsAsRoot()) {
            command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(arguments));
        try {
            // Run from the temporary directory: the server's user may not be allowed into the test's own.
            Process process = new ProcessBuilder(command).directory(new File(System.getProperty("java.io.tmpdir")))
                    .redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
