package com.wedsync.usage.application.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.function.Supplier;

/**
 * Where the tests find the real PostgreSQL and Redis they need (DESIGN §4): the servers named by
 * {@code USAGE_DB_URL} / {@code USAGE_REDIS_URL}, else the ones on the standard local ports, else containers when a
 * Docker engine answers ({@link DockerServers}). A test asks with
 * {@link #requirePostgres()} or {@link #requireRedis()}: when the server does not answer, the test is skipped on a
 * developer's machine and fails under CI ({@code CI=true}), so that CI can never pass without having run them.
 */
public final class ExternalServers {

    public static final String DEFAULT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String DEFAULT_DB_USER = "postgres";
    public static final String DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    private ExternalServers() {
    }

    /**
     * The JDBC URL of a reachable PostgreSQL: the one configured, else the local one, else (when neither is
     * configured nor local and a Docker engine answers) one in a container; skips or fails the calling test when
     * there is none.
     */
    public static String requirePostgres() {
        String url = dbUrl();
        URI address = URI.create(url.substring("jdbc:".length()));
        int port = address.getPort() < 0 ? 5432 : address.getPort();
        return require("PostgreSQL", "USAGE_DB_URL", url, address.getHost(), port, DockerServers::postgresUrl);
    }

    /** The user the tests log in to PostgreSQL as ({@code USAGE_DB_USER}, default {@code postgres}). */
    public static String dbUser() {
        return env("USAGE_DB_USER", DEFAULT_DB_USER);
    }

    /** The password for {@link #dbUser()} ({@code USAGE_DB_PASSWORD}, default empty: the local server trusts). */
    public static String dbPassword() {
        return env("USAGE_DB_PASSWORD", "");
    }

    /**
     * The {@code redis://host:port} URL of a reachable Redis, found as {@link #requirePostgres()} finds PostgreSQL;
     * skips or fails the calling test when there is none.
     */
    public static String requireRedis() {
        String url = env("USAGE_REDIS_URL", DEFAULT_REDIS_URL);
        URI address = URI.create(url);
        int port = address.getPort() < 0 ? 6379 : address.getPort();
        return require("Redis", "USAGE_REDIS_URL", url, address.getHost(), port, DockerServers::redisUrl);
    }

    /** Fails under CI, skips elsewhere: for a test that cannot run without some local program or server. */
    public static void requireThat(boolean available, String what) {
        if (!available) {
            unavailable(what);
        }
    }

    public static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String dbUrl() {
        return env("USAGE_DB_URL", DEFAULT_DB_URL);
    }

    /**
     * {@code url} when its server answers; else, unless {@code variable} named it, a container's URL where Docker
     * answers; else skips or fails the test (and returns nothing).
     */
    private static String require(String server, String variable, String url, String host, int port,
                                  Supplier<String> container) {
        if (answers(host, port)) {
            return url;
        }
        if (!configured(variable) && DockerServers.engineAnswers()) {
            return container.get();
        }
        unavailable(server + " at " + url + " (no connection within " + CONNECT_TIMEOUT_MILLIS + " ms)");
        return url;
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean configured(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }

    private static void unavailable(String what) {
        String message = what + " is not available";
        if (isCi()) {
            throw new AssertionError(message + "; under CI=true this is a failure, not a skip");
        }
        Assumptions.abort(message + "; skipped outside CI (set CI=true to make this a failure)");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
