package com.wedsync.usage.acceptance.production;

import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.redis.shared.FailoverQuotaCounters;
import com.wedsync.usage.adapters.redis.shared.RedisQuotaCounters;
import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.boot.Main;
import com.wedsync.usage.adapters.rest.boot.Settings;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.testsupport.ExternalServers;
import com.wedsync.usage.domain.tenancy.SecretHash;
import io.helidon.webserver.WebServer;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;

/**
 * One stateless service node in production mode, on a free local port: its own PostgreSQL pool and its own Redis
 * client, over its own process clock, wired as the composition root wires them. Nodes started on the same database
 * and Redis share everything the service knows.
 */
final class ServiceNode implements AutoCloseable {

    static final String ADMIN_TOKEN = "wsm_productionAcceptanceAdmin000000";

    /**
     * Wider than the production default (50 ms): these tests are about what the nodes share, so a decision on a
     * loaded test machine must not fall back to the local share for being slow.
     */
    private static final Duration REDIS_BUDGET = Duration.ofSeconds(2);

    private final PostgresDatabase database;
    private final RedisQuotaCounters redis;
    private final FailoverQuotaCounters counters;
    private final HealthMonitor health;
    private final WebServer server;

    private ServiceNode(PostgresDatabase database, RedisQuotaCounters redis, FailoverQuotaCounters counters,
                        HealthMonitor health, WebServer server) {
        this.database = database;
        this.redis = redis;
        this.counters = counters;
        this.health = health;
        this.server = server;
    }

    static ServiceNode start(String databaseUrl, String redisUrl, InstantSource clock, int nodeCount) {
        PostgresDatabase database = PostgresDatabase.open(databaseUrl, ExternalServers.dbUser(),
                ExternalServers.dbPassword());
        RedisQuotaCounters redis = RedisQuotaCounters.connect(redisUrl, clock);
        FailoverQuotaCounters counters = new FailoverQuotaCounters(redis, new InProcessQuotaCounters(clock),
                nodeCount, REDIS_BUDGET);
        Settings settings = new Settings(0, Path.of("target", "unused-data-dir"), Optional.of(ADMIN_TOKEN),
                Settings.DEFAULT_MAX_BODY_BYTES, Settings.DEFAULT_MAX_BATCH_EVENTS);
        RestApi api = Wiring.restApi(database, counters, counters::isDegraded, SecretHash.of(ADMIN_TOKEN), settings,
                clock, Wiring.secureRandomSecrets());
        return new ServiceNode(database, redis, counters, api.health(), Main.server(settings, api).start());
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
            counters.close();
            redis.close();
            database.close();
        }
    }
}
