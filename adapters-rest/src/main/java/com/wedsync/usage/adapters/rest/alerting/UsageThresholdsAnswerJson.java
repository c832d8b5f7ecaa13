package com.wedsync.usage.adapters.rest.alerting;

import com.wedsync.usage.application.alerting.UsageAlertThresholds;
import com.wedsync.usage.domain.alerting.AlertRuleId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The thresholds of an organization as they now stand, in metric order, and the ids of the rules they became. */
public record UsageThresholdsAnswerJson(String organizationId, Map<String, Number> thresholds, List<String> rules) {

    static UsageThresholdsAnswerJson fromDomain(UsageAlertThresholds set) {
        Map<String, Number> thresholds = new LinkedHashMap<>();
        set.thresholds().forEach((metric, value) -> thresholds.put(metric.wireName(), RuleWireValues.number(value)));
        return new UsageThresholdsAnswerJson(set.organization().value(), thresholds,
                set.rules().stream().map(AlertRuleId::value).toList());
    }
}
