package com.wedsync.usage.application.testsupport;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * PostgreSQL 15 and Redis 7 in containers (Testcontainers), for a machine that runs neither server but has a Docker
 * engine. Each is started once per test JVM, on first need, and removed by Testcontainers when the JVM ends. The
 * machines this project is built on have no Docker engine, so there this class only answers "no engine".
 */
final class DockerServers {

    private static final int POSTGRES_PORT = 5432;
    private static final int REDIS_PORT = 6379;

    private static GenericContainer<?> postgres;
    private static GenericContainer<?> redis;

    private DockerServers() {
    }

    /** True when a Docker engine answers; looked for only where an endpoint exists, so that it costs nothing here. */
    static boolean engineAnswers() {
        if (!hasEndpoint()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noEngine) {
            return false;
        }
    }

    static synchronized String postgresUrl() {
        if (postgres == null) {
            postgres = started(new GenericContainer<>("postgres:15-alpine")
                    .withEnv("POSTGRES_DB", "test")
                    .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust")
                    .withExposedPorts(POSTGRES_PORT)
                    // The server restarts once after its first initialisation: ready is the second message.
                    .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2)));
        }
        return "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getMappedPort(POSTGRES_PORT) + "/test";
    }

    static synchronized String redisUrl() {
        if (redis == null) {
            redis = started(new GenericContainer<>("redis:7-alpine").withExposedPorts(REDIS_PORT)
                    .waitingFor(Wait.forListeningPort()));
        }
        return "redis://" + redis.getHost() + ":" + redis.getMappedPort(REDIS_PORT);
    }

    private static GenericContainer<?> started(GenericContainer<?> container) {
        container.start();
        return container;
    }

    private static boolean hasEndpoint() {
        if (System.getenv("DOCKER_HOST") != null) {
            return true;
        }
        String home = System.getProperty("user.home", "");
        String runtime = System.getenv().getOrDefault("XDG_RUNTIME_DIR", "/run/user/0");
        return Stream.of(Path.of("/var/run/docker.sock"), Path.of(home, ".docker", "run", "docker.sock"),
                Path.of(runtime, "docker.sock")).anyMatch(Files::exists);
    }
}
