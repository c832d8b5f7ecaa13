package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.application.alerting.SetUsageAlertThresholdsCommand;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.util.HashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/usage-analytics}: {@code {"organizationId": "acme", "thresholds": {"error_rate":
 * 0.05, "p95_latency_ms": 800}}}. Every metric of an organization may be named once, with a number; those left
 * out have no threshold, so {@code "thresholds": {}} clears them all.
 */
public record UsageThresholdsJson(String organizationId, Map<String, JsonNode> thresholds) {

    SetUsageAlertThresholdsCommand toCommand(Principal principal) {
        OrganizationId organization = new OrganizationId(organizationId);
        Require.present(thresholds, "thresholds");
        Map<AlertMetric, Double> values = new HashMap<>();
        thresholds.forEach((name, value) -> {
            AlertMetric metric = SetUsageAlertThresholdsCommand.metric(name);
            if (value == null || !value.isNumber()) {
                throw new IllegalArgumentException("'thresholds." + name + "' must be a number, was " + kind(value));
            }
            values.put(metric, value.doubleValue());
        });
        return new SetUsageAlertThresholdsCommand(principal, organization, values);
    }

    /** What came instead of a number, without echoing it: a string may be long, or hold anything. */
    private static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        return value.isTextual() ? "a string" : value.isBoolean() ? value.asText()
                : value.isArray() ? "an array" : "an object";
    }
}
