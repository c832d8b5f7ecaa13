package com.wedsync.usage.acceptance.production;

import com.wedsync.usage.adapters.rest.boot.Main;
import com.wedsync.usage.application.testsupport.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The usage monitor started as production starts it, {@code Main} in a JVM of its own configured by environment
 * variables, over the PostgreSQL database it is given and with in-process counters. It keeps its port across
 * restarts, so that a client can go on calling the same address after a kill.
 */
final class ServiceProcess implements AutoCloseable {

    static final String ADMIN_TOKEN = "wsm_faultTestsBootstrapAdminToken000";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /** A quick start matters more here than peak speed: the crash test starts the service eleven times. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmx256m");

    private final ProcessBuilder builder;
    private final int port;
    private final Path log;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;

    private ServiceProcess(ProcessBuilder builder, int port, Path log) {
        this.builder = builder;
        this.port = port;
        this.log = log;
    }

    /** Not started yet; {@code directory} receives its data directory and its log. */
    static ServiceProcess over(String jdbcUrl, String user, String password, Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = FreePorts.pick();
        Path log = directory.resolve("service.log");
        ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        List.of("USAGE_REDIS_URL", "USAGE_REDIS_CLUSTER", "USAGE_NODE_COUNT").forEach(environment::remove);
        environment.putAll(Map.of("USAGE_DB_URL", jdbcUrl, "USAGE_DB_USER", user, "USAGE_DB_PASSWORD", password,
                "USAGE_PORT", Integer.toString(port), "USAGE_ADMIN_TOKEN", ADMIN_TOKEN,
                "USAGE_DATA_DIR", directory.resolve("data").toAbsolutePath().toString()));
        return new ServiceProcess(builder, port, log);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Starts the service and returns once it is ready (its database answers). */
    void start() {
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs, nothing is flushed. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            awaitExit();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            if (isReady()) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("the service was not ready within " + START_TIMEOUT + "; see " + log);
    }

    private boolean isReady() {
        try {
            HttpRequest ready = HttpRequest.newBuilder(base().resolve("/health/ready")).timeout(Duration.ofSeconds(2))
                    .build();
            return probe.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service", e);
        }
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the service did not die within 30 s of SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return command;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
