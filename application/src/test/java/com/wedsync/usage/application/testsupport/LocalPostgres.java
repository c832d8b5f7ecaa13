package com.wedsync.usage.application.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, which the test may stop and start again (the shared server on port 5432
 * must never be stopped: other tests use it). Its cluster lives in a new directory under the directory given,
 * listens on a free port of 127.0.0.1 only (no Unix socket), trusts local logins as {@code postgres}, and runs
 * with {@code fsync=on} and {@code synchronous_commit=on}, so that a commit means what it means in production.
 * {@link #close()} stops it and removes the directory.
 */
public final class LocalPostgres implements AutoCloseable {

    private final PostgresBinaries binaries;
    private final Path directory;
    private final int port;
    private boolean running;

    private LocalPostgres(PostgresBinaries binaries, Path directory, int port) {
        this.binaries = binaries;
        this.directory = directory;
        this.port = port;
    }

    /** Skips the calling test (fails it under CI) when initdb and pg_ctl are not installed. */
    public static void requireInstalled() {
        ExternalServers.requireThat(PostgresBinaries.find().isPresent(),
                "PostgreSQL's initdb and pg_ctl (under /usr/lib/postgresql/<version>/bin)");
    }

    /**
     * A new cluster under {@code parent} (made if missing), started. When the programs run as the server's user
     * (the tests run as root), the cluster goes under the system's temporary directory instead: that user may not be
     * allowed into {@code parent} (a checkout under a private directory, as {@code mktemp -d} makes).
     */
    public static LocalPostgres start(Path parent) {
        PostgresBinaries binaries = PostgresBinaries.find()
                .orElseThrow(() -> new IllegalStateException("PostgreSQL's initdb and pg_ctl are not installed"));
        LocalPostgres postgres = new LocalPostgres(binaries, newDirectory(parent), FreePorts.pick());
        try {
            postgres.initialize();
            postgres.start();
            return postgres;
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/<database>}. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public void createDatabase(String name) {
        binaries.run("createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", name);
    }

    /** Starts the server and returns once it accepts connections. */
    public void start() {
        binaries.run("pg_ctl", "-D", dataDirectory(), "-l", directory.resolve("postgres.log").toString(),
                "-w", "-t", "60", "start");
        running = true;
    }

    /** Stops the server as an operator would ({@code pg_ctl stop -m fast}): sessions are ended, the cluster kept. */
    public void stop() {
        binaries.run("pg_ctl", "-D", dataDirectory(), "-m", "fast", "-w", "-t", "60", "stop");
        running = false;
    }

    @Override
    public void close() {
        try {
            if (running) {
                binaries.run("pg_ctl", "-D", dataDirectory(), "-m", "immediate", "-w", "stop");
                running = false;
            }
        } finally {
            delete(directory);
        }
    }

    private void initialize() {
        binaries.run("initdb", "-D", dataDirectory(), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                "--locale=C", "--no-sync");
        String settings = String.join("\n", "", "port = " + port, "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''", "fsync = on", "synchronous_commit = on", "max_connections = 40",
                "shared_buffers = 32MB", "");
        try {
            Files.writeString(directory.resolve("data").resolve("postgresql.conf"), settings,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String dataDirectory() {
        return directory.resolve("data").toString();
    }

    /** Owned by the server's user when the programs run as that user, since initdb makes its directory there. */
    private static Path newDirectory(Path parent) {
        try {
            if (PostgresBinaries.runsAsRoot()) {
                Path directory = Files.createTempDirectory("usage-postgres-");
                UserPrincipal owner = directory.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(PostgresBinaries.serverUser());
                Files.setOwner(directory, owner);
                return directory;
            }
            Path directory = Files.createDirectories(parent.toAbsolutePath())
                    .resolve("postgres-" + UUID.randomUUID().toString().substring(0, 8));
            Files.createDirectory(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
