package com.wedsync.usage.acceptance.inprocess;

import com.wedsync.usage.acceptance.support.TestClock;
import com.wedsync.usage.acceptance.world.IncidentView;
import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.alerting.MetricReader;
import com.wedsync.usage.application.health.HealthState;
import com.wedsync.usage.application.incident.RuleIncidentsService;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.application.port.PageRequest;
import com.wedsync.usage.application.port.QuotaCounters;
import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.List;

/** The alert evaluator as the service wires it, over the scenario's store, counters and clock. */
final class UseCaseAlertEvaluation {

    private final TestClock clock;
    private final EmbeddedDatabase storage;
    private final AlertEvaluator evaluator;

    UseCaseAlertEvaluation(TestClock clock, EmbeddedDatabase storage, TenantDirectory directory,
                           QuotaCounters counters, ScenarioSecrets ids) {
        this.clock = clock;
        this.storage = storage;
        MetricReader metrics = new MetricReader(storage.usageRollups(), storage.decisionTallies(), directory,
                counters, () -> HealthState.HEALTHY);
        this.evaluator = new AlertEvaluator(storage.alertRules(), storage.decisionTallies(), metrics,
                new RuleIncidentsService(storage.incidents(), ids, new OperationalMetrics()),
                storage.incidents(), Notifier.NONE);
    }

    void evaluate() {
        evaluator.evaluate(clock.instant());
    }

    List<IncidentView> incidentsOf(String organizationId) {
        return storage.incidents().page(IncidentFilter.ALL.withOrganization(new OrganizationId(organizationId)),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream().map(UseCaseIncidents::view).toList();
    }
}
