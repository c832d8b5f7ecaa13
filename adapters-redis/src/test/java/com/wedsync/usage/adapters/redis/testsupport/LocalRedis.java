package com.wedsync.usage.adapters.redis.testsupport;

import com.wedsync.usage.application.testsupport.ExternalServers;
import com.wedsync.usage.application.testsupport.FreePorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code redis-server} processes started by a test on free local ports: one server, or the masters of a Redis
 * Cluster joined with {@code redis-cli --cluster create}. Only a {@link #durable()} server persists anything;
 * everything lives in a temporary directory that {@link #close()} removes after stopping the processes it started
 * (and only those).
 */
public final class LocalRedis implements AutoCloseable {

    private static final long START_TIMEOUT_MILLIS = 10_000;

    private final Path directory;
    private final boolean cluster;
    private final boolean durable;
    private final List<Integer> ports;
    private final List<Process> processes = new ArrayList<>();

    private LocalRedis(boolean cluster, boolean durable, List<Integer> ports) {
        this.cluster = cluster;
        this.durable = durable;
        this.ports = List.copyOf(ports);
        try {
            this.directory = Files.createTempDirectory("local-redis-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the calling test (fails it under CI) when {@code redis-server} and {@code redis-cli} are missing. */
    public static void requireInstalled() {
        ExternalServers.requireThat(runs("redis-server", "--version") && runs("redis-cli", "--version"),
                "redis-server and redis-cli on the PATH");
    }

    /** One Redis server, running; it starts empty after {@link #kill()}. */
    public static LocalRedis standalone() {
        LocalRedis redis = new LocalRedis(false, false, List.of(FreePorts.pick(10_000)));
        redis.start();
        return redis;
    }

    /** One Redis server that writes every command to its append-only file: it keeps its data across a kill. */
    public static LocalRedis durable() {
        LocalRedis redis = new LocalRedis(false, true, List.of(FreePorts.pick(10_000)));
        redis.start();
        return redis;
    }

    /** A Redis Cluster of {@code masters} masters without replicas, every slot assigned, running. */
    public static LocalRedis cluster(int masters) {
        List<Integer> ports = new ArrayList<>();
        while (ports.size() < masters) {
            int port = FreePorts.pick(10_000);
            if (!ports.contains(port)) {
                ports.add(port);
            }
        }
        LocalRedis redis = new LocalRedis(true, false, ports);
        try {
            redis.start();
            redis.createCluster();
        } catch (RuntimeException e) {
            redis.close();
            throw e;
        }
        return redis;
    }

    /** {@code redis://127.0.0.1:port} of every server. */
    public List<String> urls() {
        return ports.stream().map(port -> "redis://127.0.0.1:" + port).toList();
    }

    /** Holds every client's commands for {@code millis} (CLIENT PAUSE), as a stalled server would. */
    public void pauseClients(long millis) {
        for (int port : ports) {
            if (!runs("redis-cli", "-p", Integer.toString(port), "client", "pause", Long.toString(millis), "all")) {
                throw new IllegalStateException("CLIENT PAUSE failed on port " + port);
            }
        }
    }

    /** What {@code redis-cli} prints for {@code command} on the first server. */
    public String cli(String... command) {
        List<String> line = new java.util.ArrayList<>(List.of("redis-cli", "-p", Integer.toString(ports.getFirst())));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes()).strip();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills every server at once, as a crash would (kill -9): clients see connections drop. */
    public void kill() {
        processes.forEach(Process::destroyForcibly);
        for (Process process : processes) {
            awaitExit(process);
        }
        processes.clear();
    }

    /** Starts the servers again on the same ports: empty, unless {@link #durable()}. */
    public void start() {
        for (int port : ports) {
            processes.add(launch(port));
        }
        ports.forEach(LocalRedis::awaitListening);
    }

    @Override
    public void close() {
        kill();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Process launch(int port) {
        List<String> command = new ArrayList<>(List.of("redis-server", "--port", Integer.toString(port),
                "--bind", "127.0.0.1", "--save", "", "--daemonize", "no", "--dir", directory.toString()));
        command.addAll(durable ? List.of("--appendonly", "yes", "--appendfsync", "always")
                : List.of("--appendonly", "no"));
        if (cluster) {
            command.addAll(List.of("--cluster-enabled", "yes", "--cluster-config-file", "nodes-" + port + ".conf"));
        }
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve("redis-" + port + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void createCluster() {
        List<String> command = new ArrayList<>(List.of("redis-cli", "--cluster", "create"));
        ports.forEach(port -> command.add("127.0.0.1:" + port));
        command.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
        if (!runs(command.toArray(String[]::new))) {
            throw new IllegalStateException("redis-cli --cluster create failed on ports " + ports);
        }
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        for (int port : ports) {
            while (!clusterIsOk(port)) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the cluster on " + ports + " did not become ready");
                }
                pause();
            }
        }
    }

    private static boolean clusterIsOk(int port) {
        try {
            Process info = new ProcessBuilder("redis-cli", "-p", Integer.toString(port), "cluster", "info")
                    .redirectErrorStream(true).start();
            String answer = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return info.waitFor() == 0 && answer.contains("cluster_state:ok");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A port that is free, and (for a Cluster's bus) whose port + 10000 is free as well. */

    private static void awaitListening(int port) {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("redis-server did not start on port " + port);
                }
                pause();
            }
        }
    }

    private static void awaitExit(Process process) {
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
