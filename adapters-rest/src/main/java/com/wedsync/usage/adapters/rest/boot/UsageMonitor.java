package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.problem.ProblemDirectHandler;
import com.wedsync.usage.adapters.rest.problem.ProblemWriter;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.tenancy.SecretHash;
import io.helidon.config.Config;
import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.Clock;

/**
 * The running service: the store (the embedded file database, or PostgreSQL when {@code USAGE_DB_URL} is set), the
 * counters (in-process, or Redis when {@code USAGE_REDIS_URL} or {@code USAGE_REDIS_CLUSTER} is set, with the
 * in-process fallback), and the web server. {@link #stop} takes them down in reverse order, so that no request is
 * still using the store when it closes.
 */
final class UsageMonitor {

    private static final System.Logger LOG = System.getLogger(UsageMonitor.class.getName());

    private final UsageStore database;
    private final CounterStore counters;
    private final HealthMonitor health;
    private final WebServer server;
    private final AlertSchedule alerts;
    private final WebhookSchedule webhooks;

    private UsageMonitor(UsageStore database, CounterStore counters, HealthMonitor health, WebServer server,
                         AlertSchedule alerts, WebhookSchedule webhooks) {
        this.database = database;
        this.counters = counters;
        this.health = health;
        this.server = server;
        this.alerts = alerts;
        this.webhooks = webhooks;
    }

    static UsageMonitor start(Settings settings, WebhookSettings webhookSettings, Config serverConfig,
                              PrintStream console) {
        Clock clock = ServiceClock.utcInStoredPrecision();
        SecretSource secrets = Wiring.secureRandomSecrets();
        SecretHash bootstrapAdmin = BootstrapAdminToken.resolve(settings.adminToken(), settings.dataDir(), secrets,
                console);
        UsageStore database = openStore(settings);
        CounterStore counters = null;
        HealthMonitor health = null;
        try {
            counters = CounterStore.open(settings.redis(), clock, database.decisionTallies());
            RestApi api = Wiring.restApi(database, counters.counters(), counters.healthCheck(), bootstrapAdmin,
                    settings, clock, secrets);
            health = api.health();
            WebServer server = server(settings, serverConfig, api).start();
            if (!server.isRunning()) {
                throw new IllegalStateException("could not listen on port " + settings.port()
                        + " (is another process using it?)");
            }
            LOG.log(Level.INFO, "usage monitor listening on port " + server.port() + ", every interface ("
                    + (settings.database().isPresent() ? "PostgreSQL" : "embedded database") + ", "
                    + counters.describe() + ")");
            WebhookSchedule webhooks = WebhookSchedule.start(Wiring.webhookSender(database, clock,
                    webhookSettings.retries(), api.metrics()), webhookSettings.pollInterval());
            AlertSchedule alerts = AlertSchedule.start(Wiring.alertEvaluator(database, counters.counters(), api,
                    secrets, Wiring.notifier(database, secrets, clock)), settings.alertInterval(), clock, health,
                    api.metrics());
            return new UsageMonitor(database, counters, health, server, alerts, webhooks);
        } catch (RuntimeException failedToStart) {
            if (health != null) {
                health.close();
            }
            if (counters != null) {
                counters.close();
            }
            database.close();
            throw failedToStart;
        }
    }

    static UsageStore openStore(Settings settings) {
        return settings.database()
                .<UsageStore>map(db -> PostgresDatabase.open(db.url(), db.user(), db.password()))
                .orElseGet(() -> EmbeddedDatabase.open(settings.dataDir()));
    }

    /** The configured server over {@code api}, not yet started. */
    static WebServer server(Settings settings, Config serverConfig, RestApi api) {
        ProblemDirectHandler problems = new ProblemDirectHandler(new ProblemWriter());
        DirectHandlers.Builder directHandlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) {
            directHandlers.addHandler(type, problems);
        }
        return WebServer.builder()
                .config(serverConfig)
                .port(settings.port())
                .maxPayloadSize(settings.maxBodyBytes())
                .directHandlers(directHandlers.build())
                .shutdownHook(false)
                .routing(routing -> Main.routing(routing, api))
                .build();
    }

    void stop() {
        LOG.log(Level.INFO, "usage monitor stopping");
        alerts.close();
        webhooks.close();
        try {
            server.stop();
        } finally {
            health.close();
            try {
                counters.close();
            } finally {
                database.close();
            }
        }
    }
}
