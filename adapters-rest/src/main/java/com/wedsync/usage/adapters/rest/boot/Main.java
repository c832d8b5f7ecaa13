package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.alerting.AlertRulesHttpService;
import com.wedsync.usage.adapters.rest.alerting.UsageThresholdsHttpService;
import com.wedsync.usage.adapters.rest.analytics.SystemUsageHttpService;
import com.wedsync.usage.adapters.rest.analytics.UsageAnalyticsHttpService;
import com.wedsync.usage.adapters.rest.analytics.UsageHttpService;
import com.wedsync.usage.adapters.rest.apikey.ApiKeysHttpService;
import com.wedsync.usage.adapters.rest.auth.BearerAuthentication;
import com.wedsync.usage.adapters.rest.billing.UsageExportHttpService;
import com.wedsync.usage.adapters.rest.decision.DecisionHttpService;
import com.wedsync.usage.adapters.rest.health.ConstantJson;
import com.wedsync.usage.adapters.rest.health.HealthHttpService;
import com.wedsync.usage.adapters.rest.health.HealthMonitoringHttpService;
import com.wedsync.usage.adapters.rest.health.HealthStatus;
import com.wedsync.usage.adapters.rest.incident.HealthMonitoringActionsHttpService;
import com.wedsync.usage.adapters.rest.incident.IncidentsHttpService;
import com.wedsync.usage.adapters.rest.ingest.UsageEventsHttpService;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.metrics.MetricsHttpService;
import com.wedsync.usage.adapters.rest.organization.OrganizationsHttpService;
import com.wedsync.usage.adapters.rest.problem.ExceptionMapping;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.problem.ProblemWriter;
import com.wedsync.usage.adapters.rest.silence.SilencesHttpService;
import com.wedsync.usage.adapters.rest.stream.StreamHttpService;
import com.wedsync.usage.adapters.rest.tier.TiersHttpService;
import com.wedsync.usage.adapters.rest.token.TokensHttpService;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.http.HttpRouting;

import java.time.Instant;

/** Starts the usage monitor: configuration, then the embedded store and counters, then the web server. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        LogConfig.configureRuntime();
        try {
            Config config = Config.create();
            if (args.length > 0 && args[0].equals(CheckRollupsCommand.NAME)) {
                System.exit(CheckRollupsCommand.run(Settings.from(config), args, Instant.now(), System.out));
            }
            UsageMonitor monitor = UsageMonitor.start(Settings.from(config), WebhookSettings.from(config),
                    config.get("server"), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(monitor::stop, "usage-monitor-shutdown"));
        } catch (RuntimeException cannotStart) {
            // An operator's mistake (a taken port, a bad setting, a data directory in use) deserves one clear
            // line and a failing exit status, not a stack trace and a process that looks healthy.
            System.err.println("usage monitor could not start: " + StartupFailure.describe(cannotStart));
            System.exit(1);
        }
    }

    /**
     * The production web server over {@code api} (size limit, problem bodies for errors the server itself
     * answers, port from {@code settings}), not yet started: the composition root and the end-to-end tests
     * start exactly this.
     */
    public static WebServer server(Settings settings, RestApi api) {
        return UsageMonitor.server(settings, Config.empty(), api);
    }

    /** The whole HTTP surface over {@code api}; the tests route through exactly this. */
    public static void routing(HttpRouting.Builder routing, RestApi api) {
        JsonBodies bodies = new JsonBodies(api.maxBodyBytes());
        new ExceptionMapping(new ProblemWriter()).register(routing);
        routing.addFilter(new BearerAuthentication(api.authentication()))
                .get("/v1/ping", ConstantJson.pong())
                .head("/v1/ping", ConstantJson.pong())
                .any("/v1/ping", MethodNotAllowed.handler("GET, HEAD"))
                .register("/health", new HealthHttpService(() -> HealthStatus.of(api.health().latest())))
                .register("/api", new HealthMonitoringHttpService(api.health()),
                        new HealthMonitoringActionsHttpService(api.incidents(), bodies),
                        new UsageAnalyticsHttpService(api.queryUsage(), api.clock()),
                        new UsageThresholdsHttpService(api.usageThresholds(), bodies))
                .register("/metrics", new MetricsHttpService(api.metrics().registry()))
                .register("/v1",
                        new DecisionHttpService(api.decideCall(), bodies),
                        new UsageEventsHttpService(api.recordUsage(), bodies),
                        new UsageHttpService(api.queryUsage(), api.clock()),
                        new SystemUsageHttpService(api.querySystemUsage(), api.clock()),
                        new UsageExportHttpService(api.usageExport()),
                        new StreamHttpService(api.liveUsage()),
                        new OrganizationsHttpService(api.organizations(), bodies),
                        new ApiKeysHttpService(api.apiKeys(), bodies),
                        new TokensHttpService(api.tokens(), bodies),
                        new TiersHttpService(api.tiers(), bodies),
                        new IncidentsHttpService(api.incidents(), bodies),
                        new AlertRulesHttpService(api.alertRules(), bodies, api.ruleStatuses()),
                        new SilencesHttpService(api.silences(), bodies));
    }
}
