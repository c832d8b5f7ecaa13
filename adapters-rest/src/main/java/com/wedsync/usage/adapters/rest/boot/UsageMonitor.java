package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.problem.ProblemDirectHandler;
import com.wedsync.usage.adapters.rest.problem.ProblemWriter;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.tenancy.SecretHash;
import io.helidon.config.Config;
import io.helidon.http.DirectHandler;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.DirectHandlers;

import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The running service in embedded mode: the file database, in-process counters swept of idle organizations every
 * minute, and the web server. {@link #stop} takes them down in reverse order, so that no request is still using
 * the database when it closes.
 */
final class UsageMonitor {

    private static final System.Logger LOG = System.getLogger(UsageMonitor.class.getName());
    private static final long SWEEP_SECONDS = 60;

    private final EmbeddedDatabase database;
    private final ScheduledExecutorService sweeper;
    private final WebServer server;

    private UsageMonitor(EmbeddedDatabase database, ScheduledExecutorService sweeper, WebServer server) {
        this.database = database;
        this.sweeper = sweeper;
        this.server = server;
    }

    static UsageMonitor start(Settings settings, Config serverConfig, PrintStream console) {
        Clock clock = Clock.systemUTC();
        SecretSource secrets = Wiring.secureRandomSecrets();
        SecretHash bootstrapAdmin = BootstrapAdminToken.resolve(settings.adminToken(), settings.dataDir(), secrets,
                console);
        EmbeddedDatabase database = EmbeddedDatabase.open(settings.dataDir());
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("quota-counter-sweep").factory());
        try {
            InProcessQuotaCounters counters = new InProcessQuotaCounters(clock, database.decisionTallies());
            sweeper.scheduleWithFixedDelay(counters::forgetIdle, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
            RestApi api = Wiring.restApi(database, counters, bootstrapAdmin, settings, clock, secrets);
            WebServer server = server(settings, serverConfig, api).start();
            if (!server.isRunning()) {
                throw new IllegalStateException("could not listen on port " + settings.port()
                        + " (is another process using it?)");
            }
            LOG.log(Level.INFO, "usage monitor listening on http://localhost:" + server.port());
            return new UsageMonitor(database, sweeper, server);
        } catch (RuntimeException failedToStart) {
            sweeper.shutdownNow();
            database.close();
            throw failedToStart;
        }
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
        try {
            server.stop();
        } finally {
            sweeper.shutdownNow();
            database.close();
        }
    }
}
