package com.wedsync.usage.acceptance.http;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.boot.Main;
import com.wedsync.usage.adapters.rest.boot.Settings;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.domain.tenancy.SecretHash;
import io.helidon.webserver.WebServer;

import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Optional;

/**
 * The real HTTP server on a free local port, built as the composition root builds it ({@code Wiring} and
 * {@code Main.server}) but over the scenario's clock and an in-memory embedded database, so that the scenarios
 * over HTTP expect the very same numbers as the ones driving the use cases.
 */
final class TestServer implements AutoCloseable {

    /** The bootstrap admin credential of every test server; only its hash is handed to the server. */
    static final String ADMIN_TOKEN = "wsm_acceptanceTestsBootstrapAdmin000";

    private final EmbeddedDatabase database;
    private final HealthMonitor health;
    private final WebServer server;

    private TestServer(EmbeddedDatabase database, HealthMonitor health, WebServer server) {
        this.database = database;
        this.health = health;
        this.server = server;
    }

    static TestServer start(InstantSource clock, String databaseName) {
        EmbeddedDatabase database = EmbeddedDatabase.inMemory(databaseName);
        try {
            Settings settings = new Settings(0, Path.of("target", "unused-data-dir"), Optional.of(ADMIN_TOKEN),
                    Settings.DEFAULT_MAX_BODY_BYTES, Settings.DEFAULT_MAX_BATCH_EVENTS);
            RestApi api = Wiring.restApi(database, new InProcessQuotaCounters(clock), SecretHash.of(ADMIN_TOKEN),
                    settings, clock, Wiring.secureRandomSecrets());
            WebServer server = Main.server(settings, api).start();
            return new TestServer(database, api.health(), server);
        } catch (RuntimeException failedToStart) {
            database.close();
            throw failedToStart;
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            health.close();
            database.close();
        }
    }
}
