package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.alerting.WebhookChannel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a client may set of a rule, and so what an update replaces: everything but its id, scope, source, secret
 * and times. The rule itself ({@link AlertRule}) checks the values when it is made from this.
 *
 * @param clearThreshold empty: the threshold itself
 */
public record AlertRuleDefinition(String name, AlertMetric metric, Comparator comparator, double threshold,
                                  OptionalDouble clearThreshold, Duration window, Duration forDuration,
                                  Severity severity, List<WebhookChannel> channels, boolean autoResolve) {

    public AlertRuleDefinition {
        Require.present(clearThreshold, "clearThreshold");
        channels = List.copyOf(Require.present(channels, "channels"));
    }

    AlertRule toRule(AlertRuleId id, AlertScope scope, SigningSecret secret, RuleSource source, Instant createdAt,
                     Instant updatedAt) {
        return new AlertRule(id, scope, name, metric, comparator, threshold, clearThreshold.orElse(threshold),
                window, forDuration, severity, channels, secret, autoResolve, source, createdAt, updatedAt);
    }

    /** The definition a rule was made from (its clear threshold spelled out). */
    static AlertRuleDefinition of(AlertRule rule) {
        return new AlertRuleDefinition(rule.name(), rule.metric(), rule.comparator(), rule.threshold(),
                OptionalDouble.of(rule.clearThreshold()), rule.window(), rule.forDuration(), rule.severity(),
                rule.channels(), rule.autoResolve());
    }
}
