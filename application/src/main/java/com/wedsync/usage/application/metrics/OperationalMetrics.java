package com.wedsync.usage.application.metrics;

import com.wedsync.usage.application.ingest.RecordUsageResult;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.DenialReason;

import java.time.Duration;

/**
 * The service's own metrics, named once here so that every part records into the same series: decisions and
 * denials, ingest, the time each takes, and (for the alert evaluator and incidents) the counters their code
 * increments. Labels take fixed values only; no organization is ever a label. Every series exists from the start,
 * at zero, so that a rate over it is defined before the first event.
 */
public final class OperationalMetrics {

    private static final double[] DECISION_SECONDS = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
            0.05, 0.1, 0.25, 1};
    private static final double[] INGEST_SECONDS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
            2.5, 5, 10};

    private final MetricRegistry registry = new MetricRegistry();
    private final CounterFamily decisions = registry.counter("usage_monitor_decisions_total",
            "Decisions taken, by outcome (admitted, denied, error) and whether taken without the shared counters.",
            "outcome", "degraded");
    private final CounterFamily denials = registry.counter("usage_monitor_denials_total",
            "Denied decisions, by reason and by the limit that denied (the tightest of those violated; none when "
                    + "no limit was at fault).", "reason", "limit");
    private final Histogram decisionSeconds = registry.histogram("usage_monitor_decision_duration_seconds",
            "Time to decide one call, in the decision use case.", DECISION_SECONDS);
    private final CounterFamily ingestBatches = registry.counter("usage_monitor_ingest_batches_total",
            "Usage event batches received, by outcome (recorded, or failed: refused whole).", "outcome");
    private final CounterFamily ingestEvents = registry.counter("usage_monitor_ingest_events_total",
            "Usage events in recorded batches, by result (accepted, duplicate, rejected).", "result");
    private final Histogram ingestSeconds = registry.histogram("usage_monitor_ingest_duration_seconds",
            "Time to record one batch durably, in the ingest use case.", INGEST_SECONDS);
    private final CounterFamily evaluations = registry.counter("usage_monitor_alert_evaluations_total",
            "Alert evaluation runs, by outcome (ok, error).", "outcome");
    private final Histogram evaluationSeconds = registry.histogram("usage_monitor_alert_evaluation_duration_seconds",
            "Time one alert evaluation run takes.", 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60);
    private final CounterFamily incidents = registry.counter("usage_monitor_incident_transitions_total",
            "Incident transitions, by the state entered (triggered, acknowledged, resolved).", "state");
    private final CounterFamily webhookAttempts = registry.counter("usage_monitor_webhook_attempts_total",
            "Webhook delivery attempts made by this node, by outcome (delivered; retry: refused, to be sent again;"
                    + " failed: refused and given up).", "outcome");

    public OperationalMetrics() {
        for (String outcome : new String[] {"admitted", "denied"}) {
            decisions.labels(outcome, "false");
            decisions.labels(outcome, "true");
        }
        decisions.labels("error", "false");
        denials.labels(DenialReason.LIMIT_EXCEEDED.wireName(), LimitName.DAILY.wireName());
        denials.labels(DenialReason.LIMIT_EXCEEDED.wireName(), LimitName.MINUTE.wireName());
        denials.labels(DenialReason.LIMIT_EXCEEDED.wireName(), LimitName.BURST.wireName());
        ingestBatches.labels("recorded");
        ingestBatches.labels("failed");
        for (String result : new String[] {"accepted", "duplicate", "rejected"}) {
            ingestEvents.labels(result);
        }
        evaluations.labels("ok");
        evaluations.labels("error");
        for (IncidentState state : IncidentState.values()) {
            incidents.labels(state.wireName());
        }
        for (String outcome : new String[] {"delivered", "retry", "failed"}) {
            webhookAttempts.labels(outcome);
        }
    }

    /** Where the other parts (health gauges, adapters) register metrics of their own, and what is exposed. */
    public MetricRegistry registry() {
        return registry;
    }

    public void decided(Decision decision, long nanos) {
        decisionSeconds.observeNanos(nanos);
        String degraded = Boolean.toString(decision.degraded());
        switch (decision) {
            case Decision.Admitted admitted -> decisions.labels("admitted", degraded).increment();
            case Decision.Denied denied -> {
                decisions.labels("denied", degraded).increment();
                String limit = denied.mostRestrictive().map(state -> state.name().wireName()).orElse("none");
                denials.labels(denied.reason().wireName(), limit).increment();
            }
        }
    }

    /** A decision that could not be taken (unknown key, unknown organization, store unavailable). */
    public void decisionFailed(long nanos) {
        decisionSeconds.observeNanos(nanos);
        decisions.labels("error", "false").increment();
    }

    public void recorded(RecordUsageResult result, long nanos) {
        ingestSeconds.observeNanos(nanos);
        ingestBatches.labels("recorded").increment();
        ingestEvents.labels("accepted").add(result.accepted());
        ingestEvents.labels("duplicate").add(result.duplicates());
        ingestEvents.labels("rejected").add(result.rejected().size());
    }

    /** A batch refused whole (too large, store unavailable): none of its events counted. */
    public void recordFailed(long nanos) {
        ingestSeconds.observeNanos(nanos);
        ingestBatches.labels("failed").increment();
    }

    /** For the alert evaluator: one run finished, with or without an error, after {@code took}. */
    public void evaluated(boolean failed, Duration took) {
        evaluationSeconds.observeNanos(took.toNanos());
        evaluations.labels(failed ? "error" : "ok").increment();
    }

    /** For the webhook sender: one attempt ended {@code delivered}, {@code retry} or {@code failed}. */
    public void webhookAttempted(String outcome) {
        webhookAttempts.labels(outcome).increment();
    }

    /** For the incidents: one incident entered {@code state} (count a transition once, not its retries). */
    public void incidentEntered(IncidentState state) {
        incidents.labels(state.wireName()).increment();
    }
}
