package com.wedsync.usage.acceptance.inprocess;

import com.wedsync.usage.acceptance.support.TestClock;
import com.wedsync.usage.acceptance.world.AlertEvaluation;
import com.wedsync.usage.acceptance.world.BatchAnswer;
import com.wedsync.usage.acceptance.world.BilledDay;
import com.wedsync.usage.acceptance.world.CallAnswer;
import com.wedsync.usage.acceptance.world.CounterHousekeeping;
import com.wedsync.usage.acceptance.world.EventToRecord;
import com.wedsync.usage.acceptance.world.IncidentAnswer;
import com.wedsync.usage.acceptance.world.IncidentDesk;
import com.wedsync.usage.acceptance.world.IncidentView;
import com.wedsync.usage.acceptance.world.UsageMonitor;
import com.wedsync.usage.acceptance.world.UsageView;
import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.acceptance.world.WatchingRule;
import com.wedsync.usage.application.alerting.ManageAlertRulesService;
import com.wedsync.usage.application.alerting.SetUsageAlertThresholdsCommand;
import com.wedsync.usage.application.alerting.SetUsageAlertThresholdsService;
import com.wedsync.usage.application.analytics.Granularity;
import com.wedsync.usage.application.analytics.QueryUsageCommand;
import com.wedsync.usage.application.analytics.QueryUsageService;
import com.wedsync.usage.application.analytics.UsageReport;
import com.wedsync.usage.application.billing.ExportDailyUsageCommand;
import com.wedsync.usage.application.billing.ExportDailyUsageService;
import com.wedsync.usage.application.decision.CallSubject;
import com.wedsync.usage.application.decision.DecideCallCommand;
import com.wedsync.usage.application.decision.DecideCallService;
import com.wedsync.usage.application.ingest.RecordUsageCommand;
import com.wedsync.usage.application.ingest.RecordUsageResult;
import com.wedsync.usage.application.ingest.RecordUsageService;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.tenancy.ManageOrganizationsService;
import com.wedsync.usage.application.tenancy.OrganizationChanges.CreateOrganizationCommand;
import com.wedsync.usage.application.tenancy.OrganizationChanges.UpdateOrganizationCommand;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.HttpMethod;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The use cases wired by hand, as the composition root wires them, but on the scenario's clock, the embedded
 * database in memory and the in-process counters. Nothing here decides anything: it only translates.
 */
final class UseCaseMonitor implements UsageMonitor, CounterHousekeeping, IncidentDesk, AlertEvaluation {

    private static final Principal OPERATOR = new Principal("operator", Role.ADMIN, Optional.empty());
    private static final Endpoint ENDPOINT = new Endpoint("/v1/weddings/{id}");
    private static final int MAX_EVENTS_PER_BATCH = 1_000;

    private final EmbeddedDatabase storage;
    private final InProcessQuotaCounters counters;
    private final ManageOrganizationsService organizations;
    private final DecideCallService decisions;
    private final RecordUsageService ingest;
    private final QueryUsageService analytics;
    private final ExportDailyUsageService billing;
    private final UseCaseIncidents incidents;
    private final UseCaseAlertEvaluation evaluator;
    private final ManageAlertRulesService alertRules;
    private final SetUsageAlertThresholdsService thresholds;

    UseCaseMonitor(TestClock clock, EmbeddedDatabase storage) {
        this.storage = storage;
        this.counters = new InProcessQuotaCounters(clock);
        // A directory that caches for a minute of scenario time proves that changes reach it by invalidation.
        TenantDirectory directory = new TenantDirectory(storage.apiKeys(), storage.organizations(), storage.tiers(),
                clock, Duration.ofMinutes(1));
        // Scenarios name their organizations; rule ids and signing secrets are drawn from a counter.
        ScenarioSecrets secrets = new ScenarioSecrets();
        this.organizations = new ManageOrganizationsService(storage.organizations(), storage.tiers(), directory,
                secrets, clock);
        this.alertRules = new ManageAlertRulesService(storage.alertRules(), storage.organizations(), secrets, clock);
        this.thresholds = new SetUsageAlertThresholdsService(storage.alertRules(), storage.organizations(), secrets,
                clock);
        this.decisions = new DecideCallService(directory, counters, storage.decisionTallies(), clock);
        this.ingest = new RecordUsageService(directory, storage.usageEventLog(), clock, MAX_EVENTS_PER_BATCH);
        this.analytics = new QueryUsageService(directory, storage.usageRollups(), storage.decisionTallies(),
                counters, clock);
        this.billing = new ExportDailyUsageService(directory, analytics);
        this.incidents = new UseCaseIncidents(clock, storage);
        this.evaluator = new UseCaseAlertEvaluation(clock, storage, directory, counters, secrets);
    }

    @Override
    public void createOrganization(String organizationId, String tier, ZoneId timeZone) {
        organizations.create(new CreateOrganizationCommand(OPERATOR, Optional.of(new OrganizationId(organizationId)),
                organizationId, new TierName(tier), timeZone, LimitOverrides.NONE));
    }

    @Override
    public void changeTier(String organizationId, String tier) {
        organizations.update(new UpdateOrganizationCommand(OPERATOR, new OrganizationId(organizationId),
                Optional.empty(), Optional.of(new TierName(tier)), Optional.empty(), Optional.empty()));
    }

    @Override
    public CallAnswer call(String organizationId) {
        DecideCallCommand command = new DecideCallCommand(
                new CallSubject.ByOrganization(new OrganizationId(organizationId)), ENDPOINT, HttpMethod.GET, 1, false);
        return UseCaseTranslation.toAnswer(decisions.decide(command).decision());
    }

    @Override
    public BatchAnswer record(List<EventToRecord> events) {
        RecordUsageResult result = ingest.record(new RecordUsageCommand(
                events.stream().map(UseCaseTranslation::toSubmission).toList()));
        return new BatchAnswer(result.accepted(), result.duplicates(), result.rejected().size());
    }

    @Override
    public UsageView usage(String organizationId, Instant from, Instant to, String granularity) {
        UsageReport report = analytics.query(new QueryUsageCommand(OPERATOR, new OrganizationId(organizationId),
                from, to, Granularity.valueOf(granularity.toUpperCase(Locale.ROOT))));
        return UseCaseTranslation.toView(report);
    }

    @Override
    public List<BilledDay> export(String organizationId, LocalDate first, LocalDate last) {
        return billing.export(new ExportDailyUsageCommand(OPERATOR, new OrganizationId(organizationId), first, last))
                .days().stream().map(day -> new BilledDay(day.day(), day.calls(), day.clientErrors(),
                        day.serverErrors(), day.admitted(), day.denied())).toList();
    }

    @Override
    public String trigger(String operator, String severity, String title, String organizationId) {
        return incidents.trigger(operator, severity, title, organizationId);
    }

    @Override
    public IncidentAnswer acknowledge(String operator, String incidentId, String comment) {
        return incidents.acknowledge(operator, incidentId, comment);
    }

    @Override
    public IncidentAnswer resolve(String operator, String incidentId, String comment) {
        return incidents.resolve(operator, incidentId, comment);
    }

    @Override
    public IncidentView incident(String incidentId) {
        return incidents.incident(incidentId);
    }

    @Override
    public Firing ruleFires(String ruleId, String organizationId, String severity, String title) {
        return incidents.ruleFires(ruleId, organizationId, severity, title);
    }

    @Override
    public boolean ruleClears(String ruleId, String organizationId) {
        return incidents.ruleClears(ruleId, organizationId);
    }

    @Override
    public void evaluateRules() {
        evaluator.evaluate();
    }

    @Override
    public List<IncidentView> incidentsOf(String organizationId) {
        return evaluator.incidentsOf(organizationId);
    }

    @Override
    public void setUsageThresholds(String organizationId, Map<String, Double> values) {
        OrganizationId organization = new OrganizationId(organizationId);
        Map<AlertMetric, Double> byMetric = new HashMap<>();
        values.forEach((metric, threshold) -> byMetric.put(SetUsageAlertThresholdsCommand.metric(metric), threshold));
        thresholds.set(new SetUsageAlertThresholdsCommand(new Principal("owner of " + organizationId, Role.OWNER,
                Optional.of(organization)), organization, byMetric));
    }

    @Override
    public List<WatchingRule> alertRules(String organizationId) {
        return alertRules.list(OPERATOR, Optional.of(new OrganizationId(organizationId)),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(rule -> new WatchingRule(
                rule.id().value(), rule.metric().wireName(), rule.comparator().symbol(), rule.threshold(),
                rule.window(), rule.forDuration(), rule.severity().wireName(), rule.source().wireName())).toList();
    }

    @Override
    public int forgetIdle() {
        return counters.forgetIdle();
    }

    @Override
    public int organizationsHeld() {
        return counters.activeOrganizations();
    }

    @Override
    public void close() {
        storage.close();
    }
}
