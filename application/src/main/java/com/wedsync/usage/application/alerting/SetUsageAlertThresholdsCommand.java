package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An organization's usage alert thresholds, all at once: each metric named gets a threshold, every other metric
 * none (an empty map clears them all). A threshold is reached at its value ({@code >=}), so 0 would always be
 * reached and is refused; the largest threshold is the largest value of the metric.
 */
public record SetUsageAlertThresholdsCommand(Principal principal, OrganizationId organization,
                                             Map<AlertMetric, Double> thresholds) {

    private static final String METRICS = Arrays.stream(AlertMetric.values())
            .filter(SetUsageAlertThresholdsCommand::isForOrganizations).map(AlertMetric::wireName)
            .collect(Collectors.joining(", "));

    public SetUsageAlertThresholdsCommand {
        Require.present(principal, "principal");
        Require.present(organization, "organization");
        Require.present(thresholds, "thresholds");
        EnumMap<AlertMetric, Double> checked = new EnumMap<>(AlertMetric.class);
        thresholds.forEach((metric, value) -> checked.put(metric, threshold(metric(metric.wireName()), value)));
        thresholds = Collections.unmodifiableMap(checked);
    }

    /** The metric of a threshold's wire name: one that an organization has, so not health. */
    public static AlertMetric metric(String wireName) {
        return AlertMetric.fromWireName(wireName).filter(SetUsageAlertThresholdsCommand::isForOrganizations)
                .orElseThrow(() -> new IllegalArgumentException("'thresholds' may name " + METRICS + ", was "
                        + Require.quoted(wireName)));
    }

    private static double threshold(AlertMetric metric, Double value) {
        String name = "'thresholds." + metric.wireName() + "'";
        if (value == null) {
            throw new IllegalArgumentException(name + " must be a number");
        }
        double largest = metric.unit().largest();
        if (!Double.isFinite(value) || value <= 0 || value > largest) {
            throw new IllegalArgumentException(name + " must be greater than 0 and at most " + plain(largest)
                    + ", was " + plain(value));
        }
        return value;
    }

    private static boolean isForOrganizations(AlertMetric metric) {
        return metric.appliesTo(AlertScope.of(new OrganizationId("any")));
    }

    private static String plain(double value) {
        return Double.isFinite(value) ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
