package com.wedsync.usage.application.port;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.incident.Incident;

import java.time.Instant;

/**
 * One change of a rule's incident that its channels are told of: it was triggered, or it was resolved. The
 * evaluator makes exactly one notice per change (the node whose call opened or resolved the incident makes it), so
 * a notice is the unit a notifier delivers at least once and a receiver can tell apart by its {@link #id}.
 */
public record IncidentNotice(Kind kind, Incident incident, AlertRule rule, Instant at) {

    /** What happened to the incident. */
    public enum Kind {
        TRIGGERED,
        RESOLVED
    }

    public IncidentNotice {
        Require.present(kind, "kind");
        Require.present(incident, "incident");
        Require.present(rule, "rule");
        Require.present(at, "at");
    }

    /** Stable for this change of this incident, whoever delivers it and however often: {@code inc_…:triggered}. */
    public String id() {
        return incident.id().value() + ":" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
