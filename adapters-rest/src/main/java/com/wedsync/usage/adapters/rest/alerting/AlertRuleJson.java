package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.wedsync.usage.application.alerting.RuleStatus;
import com.wedsync.usage.domain.alerting.AlertRule;

import java.util.List;
import java.util.Optional;

/**
 * An alert rule on the wire. Durations are ISO-8601 ({@code PT5M}); thresholds are in the metric's unit.
 * {@code signingSecret} appears only in the answer that created the rule: it is the key of the rule's webhook
 * signatures, which a receiver keeps, and it is not shown again.
 */
public record AlertRuleJson(String id, String name, ScopeJson scope, String metric, String comparator,
                            Number threshold, Number clearThreshold, String window,
                            @JsonProperty("for") String forDuration, String severity, List<ChannelJson> channels,
                            boolean autoResolve, String source, String createdAt, String updatedAt,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String signingSecret,
                            @JsonInclude(JsonInclude.Include.NON_NULL) EvaluationJson evaluation) {

    static AlertRuleJson fromDomain(AlertRule rule) {
        return of(rule, null, null);
    }

    /** The rule with its last evaluation on this node, when it has had one. */
    static AlertRuleJson withStatus(AlertRule rule, Optional<RuleStatus> status) {
        return of(rule, null, status.map(EvaluationJson::fromDomain).orElse(null));
    }

    static AlertRuleJson withSecret(AlertRule rule) {
        return of(rule, rule.signingSecret().value(), null);
    }

    private static AlertRuleJson of(AlertRule rule, String secret, EvaluationJson evaluation) {
        return new AlertRuleJson(rule.id().value(), rule.name(), ScopeJson.fromDomain(rule.scope()),
                rule.metric().wireName(), rule.comparator().symbol(), RuleWireValues.number(rule.threshold()),
                RuleWireValues.number(rule.clearThreshold()), rule.window().toString(),
                rule.forDuration().toString(), rule.severity().wireName(),
                rule.channels().stream().map(ChannelJson::fromDomain).toList(), rule.autoResolve(),
                rule.source().wireName(), rule.createdAt().toString(), rule.updatedAt().toString(), secret,
                evaluation);
    }
}
