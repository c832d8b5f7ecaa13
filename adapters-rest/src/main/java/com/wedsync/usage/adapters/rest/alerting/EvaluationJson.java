package com.wedsync.usage.adapters.rest.alerting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.application.alerting.RuleStatus;
import com.wedsync.usage.domain.alerting.Reading;
import com.wedsync.usage.domain.alerting.RuleState;

/**
 * A rule's last evaluation on the node that answers: {@code state} inactive, pending or firing, {@code since} when
 * it became pending or fired, the {@code value} read ({@code null} with no data or a failed read) and the
 * {@code error} of that evaluation, if any.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvaluationJson(String state, String since, Number value, String evaluatedAt, String error) {

    static EvaluationJson fromDomain(RuleStatus status) {
        String since = switch (status.state()) {
            case RuleState.Inactive inactive -> null;
            case RuleState.Pending pending -> pending.since().toString();
            case RuleState.Firing firing -> firing.since().toString();
        };
        Number value = status.reading() instanceof Reading.Value(double read) ? RuleWireValues.number(read) : null;
        return new EvaluationJson(stateName(status.state()), since, value, status.evaluatedAt().toString(),
                status.error().orElse(null));
    }

    private static String stateName(RuleState state) {
        return switch (state) {
            case RuleState.Inactive inactive -> "inactive";
            case RuleState.Pending pending -> "pending";
            case RuleState.Firing firing -> "firing";
        };
    }
}
