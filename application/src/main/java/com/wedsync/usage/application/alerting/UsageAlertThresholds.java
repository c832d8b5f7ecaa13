package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An organization's usage alert thresholds as they now stand, and the rule that carries each, in metric order. */
public record UsageAlertThresholds(OrganizationId organization, Map<AlertMetric, Double> thresholds,
                                   List<AlertRuleId> rules) {

    public UsageAlertThresholds {
        EnumMap<AlertMetric, Double> inMetricOrder = new EnumMap<>(AlertMetric.class);
        inMetricOrder.putAll(thresholds);
        thresholds = Collections.unmodifiableMap(inMetricOrder);
        rules = List.copyOf(rules);
    }
}
