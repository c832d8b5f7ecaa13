package com.wedsync.usage.application.alerting;

import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The rules every service has without anyone writing them (DESIGN §2.7): a degraded component opens a system
 * incident, and an organization whose calls are mostly denied opens an incident of its own. They have no channels
 * (an operator sees them in the incidents list, the stream and {@code /metrics}) and are never stored.
 */
final class BuiltInRules {

    static final AlertRuleId DEGRADED_COMPONENT = new AlertRuleId("rule_builtinHealth");
    static final AlertRuleId MOSTLY_DENIED = new AlertRuleId("rule_builtinDenials");
    /** Denials an organization must have in the window before its denied rate is watched at all. */
    static final long DENIALS_TO_WATCH = 100;
    static final Duration DENIALS_WINDOW = Duration.ofMinutes(15);

    private static final Instant DEFINED = Instant.parse("2026-12-04T00:00:00Z");
    /** Never used to sign anything: a built-in rule has no channels. */
    private static final SigningSecret NO_SECRET = SigningSecret.of(new byte[SigningSecret.MIN_BYTES]);

    private BuiltInRules() {
    }

    /** Degraded (1) or worse for a minute fires; healthy (0) again clears. */
    static AlertRule degradedComponent() {
        return new AlertRule(DEGRADED_COMPONENT, AlertScope.system(), "A component of the service is degraded",
                AlertMetric.HEALTH, Comparator.GREATER_OR_EQUAL, 1, 0.5, Duration.ofMinutes(1), Duration.ofMinutes(1),
                Severity.CRITICAL, List.of(), NO_SECRET, true, RuleSource.BUILT_IN, DEFINED, DEFINED);
    }

    /**
     * Nine calls in ten denied over 15 minutes, for 5 minutes, fires (the organization is hammering its limits, or
     * its limits are wrong for it); half or fewer clears.
     */
    static AlertRule mostlyDenied(OrganizationId organization) {
        return new AlertRule(MOSTLY_DENIED, AlertScope.of(organization), "Most calls of the organization are denied",
                AlertMetric.DENIED_RATE, Comparator.GREATER_OR_EQUAL, 0.9, 0.5, DENIALS_WINDOW, Duration.ofMinutes(5),
                Severity.CRITICAL, List.of(), NO_SECRET, true, RuleSource.BUILT_IN, DEFINED, DEFINED);
    }
}
