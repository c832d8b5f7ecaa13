package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.adapters.rest.RestApi;
import com.wedsync.usage.adapters.rest.incident.IncidentUseCases;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.alerting.ManageAlertRulesService;
import com.wedsync.usage.application.alerting.ManageSilencesService;
import com.wedsync.usage.application.notification.DeliverWebhooksService;
import com.wedsync.usage.application.notification.NotifyChannelsService;
import com.wedsync.usage.application.notification.RetryPolicy;
import com.wedsync.usage.adapters.rest.webhook.HttpWebhookTransport;
import com.wedsync.usage.adapters.rest.webhook.JsonWebhookPayloads;
import com.wedsync.usage.application.alerting.MetricReader;
import com.wedsync.usage.application.alerting.RuleStatusBoard;
import com.wedsync.usage.application.incident.RuleIncidentsService;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.application.alerting.SetUsageAlertThresholdsService;
import com.wedsync.usage.application.analytics.QuerySystemUsageService;
import com.wedsync.usage.application.analytics.QueryUsageService;
import com.wedsync.usage.application.billing.ExportDailyUsageService;
import com.wedsync.usage.application.decision.DecideCallService;
import com.wedsync.usage.application.health.HealthCheck;
import com.wedsync.usage.application.incident.AcknowledgeIncidentService;
import com.wedsync.usage.application.incident.ListIncidentsService;
import com.wedsync.usage.application.incident.ReadIncidentService;
import com.wedsync.usage.application.incident.ResolveIncidentService;
import com.wedsync.usage.application.incident.TriggerIncidentService;
import com.wedsync.usage.application.ingest.RecordUsageService;
import com.wedsync.usage.application.metrics.MeteredDecideCall;
import com.wedsync.usage.application.metrics.MeteredRecordUsage;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.live.LiveUsageBoard;
import com.wedsync.usage.application.live.WatchLiveUsageService;
import com.wedsync.usage.application.port.Incidents;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.application.tenancy.AuthenticateService;
import com.wedsync.usage.application.tenancy.ManageApiKeysService;
import com.wedsync.usage.application.tenancy.ManageOrganizationsService;
import com.wedsync.usage.application.tenancy.ManageTiersService;
import com.wedsync.usage.application.tenancy.ManageTokensService;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.tenancy.SecretHash;

import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

/**
 * Builds the application's services over the stores and counters, by hand. The caches in front of the stores
 * keep an entry at most {@link #CACHE_MAX_AGE}: how long another node's change of a key, token or tier can go
 * unseen here (changes made through this node apply at once).
 */
public final class Wiring {

    static final Duration CACHE_MAX_AGE = Duration.ofSeconds(5);
    /** The live stream's replay (five minutes) and each client's buffer: the replay, and a minute to catch up. */
    static final int LIVE_REPLAY_SECONDS = 300;
    static final int LIVE_CLIENT_BUFFER = 360;

    private Wiring() {
    }

    /** The API over {@code database} and counters that are never degraded (in-process ones). */
    public static RestApi restApi(UsageStore database, QuotaCounters counters, SecretHash bootstrapAdmin,
                                  Settings settings, InstantSource clock, SecretSource secrets) {
        return restApi(database, counters, () -> false, bootstrapAdmin, settings, clock, secrets);
    }

    /** The API over {@code database} and counters that say, through {@code countersDegraded}, when they fall back. */
    public static RestApi restApi(UsageStore database, QuotaCounters counters, BooleanSupplier countersDegraded,
                                  SecretHash bootstrapAdmin, Settings settings, InstantSource clock,
                                  SecretSource secrets) {
        return restApi(database, counters, Monitoring.countersSaying(countersDegraded), bootstrapAdmin, settings,
                clock, secrets);
    }

    /**
     * The API over {@code database} and counters whose health {@code counterStore} checks. Its health monitor
     * probes from now on; the caller closes it ({@link RestApi#health()}) when it stops the service.
     */
    public static RestApi restApi(UsageStore database, QuotaCounters counters, HealthCheck counterStore,
                                  SecretHash bootstrapAdmin, Settings settings, InstantSource clock,
                                  SecretSource secrets) {
        OperationalMetrics metrics = new OperationalMetrics();
        TenantDirectory directory = new TenantDirectory(database.apiKeys(), database.organizations(),
                database.tiers(), clock, CACHE_MAX_AGE);
        AuthenticateService authentication = new AuthenticateService(database.managementTokens(), bootstrapAdmin,
                clock, CACHE_MAX_AGE);
        QueryUsageService queryUsage = new QueryUsageService(directory, database.usageRollups(),
                database.decisionTallies(), counters, clock);
        LiveUsageBoard live = new LiveUsageBoard(clock, LIVE_REPLAY_SECONDS, LIVE_CLIENT_BUFFER);
        return new RestApi(authentication,
                new MeteredDecideCall(new DecideCallService(directory, counters, database.decisionTallies(), clock,
                        live), metrics),
                new MeteredRecordUsage(new RecordUsageService(directory, database.usageEventLog(), clock,
                        settings.maxBatchEvents(), live), metrics),
                queryUsage, new QuerySystemUsageService(database.usageRollups(), database.decisionTallies()),
                new ExportDailyUsageService(directory, queryUsage),
                new WatchLiveUsageService(directory, live),
                new ManageOrganizationsService(database.organizations(), database.tiers(), directory, secrets, clock),
                new ManageApiKeysService(database.apiKeys(), database.organizations(), directory, secrets, clock),
                new ManageTokensService(database.managementTokens(), database.organizations(), authentication,
                        secrets, clock),
                new ManageTiersService(database.tiers(), directory),
                incidents(database, secrets, clock, metrics),
                new ManageAlertRulesService(database.alertRules(), database.organizations(), secrets, clock),
                new SetUsageAlertThresholdsService(database.alertRules(), database.organizations(), secrets, clock),
                new RuleStatusBoard(),
                new ManageSilencesService(database.silences(), database.alertRules(), database.organizations(), secrets,
                        clock),
                Monitoring.startHealthMonitor(database, counterStore, clock, metrics), metrics, clock,
                settings.maxBodyBytes());
    }

    /**
     * This node's alert evaluator over the store and counters the API uses, reading the service's health from the
     * API's health monitor; {@link AlertSchedule} runs it.
     */
    public static AlertEvaluator alertEvaluator(UsageStore database, QuotaCounters counters, RestApi api,
                                                SecretSource secrets, Notifier notifier) {
        TenantDirectory directory = new TenantDirectory(database.apiKeys(), database.organizations(),
                database.tiers(), api.clock(), CACHE_MAX_AGE);
        MetricReader metrics = new MetricReader(database.usageRollups(), database.decisionTallies(), directory,
                counters, () -> api.health().latest().status());
        return new AlertEvaluator(database.alertRules(), database.decisionTallies(), metrics,
                new RuleIncidentsService(database.incidents(), secrets, api.metrics()), database.incidents(),
                notifier, api.ruleStatuses());
    }

    /**
     * The service's notifier: a notice of a rule that has channels and is not silenced is stored in the outbox of
     * {@code database}, one delivery per channel, for any node's {@link #webhookSender} to send.
     */
    public static Notifier notifier(UsageStore database, SecretSource secrets, InstantSource clock) {
        return new NotifyChannelsService(database.silences(), database.webhookDeliveries(), new JsonWebhookPayloads(),
                secrets, clock);
    }

    /** This node's webhook sender over the outbox of {@code database}; {@link WebhookSchedule} runs it. */
    public static DeliverWebhooksService webhookSender(UsageStore database, InstantSource clock, RetryPolicy retries,
                                                      OperationalMetrics metrics) {
        return new DeliverWebhooksService(database.webhookDeliveries(), new HttpWebhookTransport(), retries, clock,
                () -> ThreadLocalRandom.current().nextDouble(), metrics);
    }

    /** The incident use cases of people; the evaluator's are {@link #alertEvaluator}'s. */
    private static IncidentUseCases incidents(UsageStore database, SecretSource secrets, InstantSource clock,
                                              OperationalMetrics metrics) {
        Incidents incidents = database.incidents();
        return new IncidentUseCases(
                new TriggerIncidentService(incidents, database.organizations(), secrets, clock, metrics),
                new AcknowledgeIncidentService(incidents, clock, metrics),
                new ResolveIncidentService(incidents, clock, metrics),
                new ListIncidentsService(incidents, database.organizations()), new ReadIncidentService(incidents));
    }

    public static SecretSource secureRandomSecrets() {
        return new SecureRandomSecrets();
    }
}
