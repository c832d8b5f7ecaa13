package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.wedsync.usage.application.alerting.AlertRuleDefinition;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.WebhookChannel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The body of {@code POST /v1/alert-rules} and {@code PUT /v1/alert-rules/{id}}. Required: name, scope (on POST),
 * metric, comparator, threshold, window. Left out: {@code clearThreshold} is the threshold, {@code for} is
 * {@code PT0S}, severity warning, no channels, {@code autoResolve} true. A PUT replaces every field, so a field left
 * out there takes its default too.
 */
public record AlertRuleBodyJson(String name, ScopeJson scope, String metric, String comparator, Double threshold,
                                Double clearThreshold, String window, @JsonProperty("for") String forDuration,
                                String severity, List<ChannelJson> channels, Boolean autoResolve) {

    AlertScope requiredScope() {
        return Require.present(scope, "scope").toDomain();
    }

    Optional<AlertScope> optionalScope() {
        return Optional.ofNullable(scope).map(ScopeJson::toDomain);
    }

    AlertRuleDefinition toDefinition() {
        AlertMetric ruleMetric = RuleWireValues.named(metric, "metric", AlertMetric.values(), AlertMetric::wireName,
                AlertMetric::fromWireName);
        Comparator ruleComparator = RuleWireValues.named(comparator, "comparator", Comparator.values(),
                Comparator::symbol, Comparator::fromSymbol);
        Severity ruleSeverity = severity == null ? Severity.WARNING : RuleWireValues.named(severity, "severity",
                Severity.values(), Severity::wireName, Severity::fromWireName);
        Duration ruleWindow = RuleWireValues.duration(window, "window");
        Duration ruleFor = forDuration == null ? Duration.ZERO : RuleWireValues.duration(forDuration, "for");
        return new AlertRuleDefinition(name, ruleMetric, ruleComparator, Require.present(threshold, "threshold"),
                clearThreshold == null ? OptionalDouble.empty() : OptionalDouble.of(clearThreshold), ruleWindow,
                ruleFor, ruleSeverity, webhooks(), autoResolve == null || autoResolve);
    }

    private List<WebhookChannel> webhooks() {
        List<WebhookChannel> parsed = new ArrayList<>();
        for (int i = 0; channels != null && i < channels.size(); i++) {
            ChannelJson channel = Require.present(channels.get(i), "channels[" + i + "]");
            parsed.add(WebhookChannel.parse(channel.url(), "channels[" + i + "].url"));
        }
        return parsed;
    }
}
