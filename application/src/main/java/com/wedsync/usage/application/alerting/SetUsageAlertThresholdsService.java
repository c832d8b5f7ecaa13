package com.wedsync.usage.application.alerting;

import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.port.AlertRules;
import com.wedsync.usage.application.port.Organizations;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Each threshold becomes one rule of the organization (source usage-analytics, {@link ThresholdRule}). A metric
 * that had a threshold keeps its rule's id, secret and creation time, and its update time too when nothing about it
 * changed: setting the same thresholds twice leaves the same rules, so the incidents a rule opened stay its own.
 */
public final class SetUsageAlertThresholdsService implements SetUsageAlertThresholdsUseCase {

    private final AlertRules rules;
    private final Organizations organizations;
    private final RuleIdentities identities;
    private final InstantSource clock;

    public SetUsageAlertThresholdsService(AlertRules rules, Organizations organizations, SecretSource secrets,
                                          InstantSource clock) {
        this.rules = rules;
        this.organizations = organizations;
        this.identities = new RuleIdentities(secrets);
        this.clock = clock;
    }

    @Override
    public UsageAlertThresholds set(SetUsageAlertThresholdsCommand command) {
        RuleAccess.requirePerson(command.principal());
        OrganizationId organization = command.organization();
        RuleAccess.requireManage(command.principal(), organization);
        organizations.find(organization)
                .orElseThrow(() -> new NotFoundException("organization", organization.value()));
        Map<AlertMetric, AlertRule> current = new EnumMap<>(AlertMetric.class);
        rules.usageThresholds(organization).forEach(rule -> current.putIfAbsent(rule.metric(), rule));
        Instant now = RuleTimes.now(clock);
        List<AlertRule> wanted = new ArrayList<>();
        command.thresholds().forEach((metric, threshold) ->
                wanted.add(ruleFor(organization, metric, threshold, current.get(metric), now)));
        if (!rules.replaceUsageThresholds(organization, wanted)) {
            throw new NotFoundException("organization", organization.value());
        }
        return new UsageAlertThresholds(organization, command.thresholds(),
                wanted.stream().map(AlertRule::id).toList());
    }

    private AlertRule ruleFor(OrganizationId organization, AlertMetric metric, double threshold, AlertRule current,
                              Instant now) {
        AlertRuleDefinition definition = ThresholdRule.definition(metric, threshold);
        AlertScope scope = AlertScope.of(organization);
        if (current == null) {
            return definition.toRule(identities.newId(), scope, identities.newSecret(), RuleSource.USAGE_ANALYTICS,
                    now, now);
        }
        if (AlertRuleDefinition.of(current).equals(definition)) {
            return current;
        }
        return definition.toRule(current.id(), scope, current.signingSecret(), RuleSource.USAGE_ANALYTICS,
                current.createdAt(), RuleTimes.updatedAt(current.createdAt(), now));
    }
}
