package com.wedsync.usage.adapters.rest;

import com.wedsync.usage.adapters.rest.incident.IncidentUseCases;
import com.wedsync.usage.application.alerting.ManageAlertRulesUseCase;
import com.wedsync.usage.application.alerting.RuleStatusBoard;
import com.wedsync.usage.application.alerting.ManageSilencesUseCase;
import com.wedsync.usage.application.alerting.SetUsageAlertThresholdsUseCase;
import com.wedsync.usage.application.analytics.QuerySystemUsageUseCase;
import com.wedsync.usage.application.analytics.QueryUsageUseCase;
import com.wedsync.usage.application.billing.ExportDailyUsageUseCase;
import com.wedsync.usage.application.decision.DecideCallUseCase;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.ingest.RecordUsageUseCase;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.live.WatchLiveUsageUseCase;
import com.wedsync.usage.application.tenancy.AuthenticateService;
import com.wedsync.usage.application.tenancy.ManageApiKeysUseCase;
import com.wedsync.usage.application.tenancy.ManageOrganizationsUseCase;
import com.wedsync.usage.application.tenancy.ManageTiersUseCase;
import com.wedsync.usage.application.tenancy.ManageTokensUseCase;

import java.time.InstantSource;

/**
 * Everything the REST adapter drives: the use cases (the live stream's, the incidents', the alert rules' and the
 * silences' among them, with the board where this node's evaluator shows each rule's status), the authentication
 * of bearer tokens, the health monitor the probes and the health summary read, the metrics
 * {@code /metrics} exposes, the clock that supplies default time ranges, and the largest request body accepted, in
 * bytes.
 */
public record RestApi(AuthenticateService authentication, DecideCallUseCase decideCall,
                      RecordUsageUseCase recordUsage, QueryUsageUseCase queryUsage,
                      QuerySystemUsageUseCase querySystemUsage, ExportDailyUsageUseCase usageExport,
                      WatchLiveUsageUseCase liveUsage,
                      ManageOrganizationsUseCase organizations, ManageApiKeysUseCase apiKeys,
                      ManageTokensUseCase tokens, ManageTiersUseCase tiers, IncidentUseCases incidents,
                      ManageAlertRulesUseCase alertRules, SetUsageAlertThresholdsUseCase usageThresholds,
                      RuleStatusBoard ruleStatuses, ManageSilencesUseCase silences, HealthMonitor health,
                      OperationalMetrics metrics, InstantSource clock, int maxBodyBytes) {
}
