package com.wedsync.usage.acceptance.alerting;

import com.wedsync.usage.adapters.persistence.UsageStore;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.alerting.WebhookChannel;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.LimitOverrides;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/** An organization, its calls as usage events, and the error-rate rule of CASES A1, in a store. */
final class Traffic {

    static final OrganizationId ACME = new OrganizationId("acme");

    private Traffic() {
    }

    static void organization(UsageStore store, Instant created) {
        store.organizations().add(new Organization(ACME, "Acme", DefaultTiers.ENTERPRISE, ZoneOffset.UTC,
                LimitOverrides.NONE, created));
    }

    /** {@code calls} calls of acme at {@code at}, {@code errors} of them answered 500. */
    static void calls(UsageStore store, Instant at, int calls, int errors) {
        List<UsageEvent> events = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            events.add(new UsageEvent(new EventId(UUID.randomUUID()), ACME, Optional.empty(),
                    new Endpoint("/v1/clients"), HttpMethod.GET, i < errors ? 500 : 200, OptionalInt.of(20), 100,
                    1_000, at));
        }
        store.usageEventLog().append(events);
    }

    /** Error rate above 5% over 5 minutes fires at once; 3% or less clears and resolves. */
    static AlertRule errorRateRule(Instant created) {
        return errorRateRule(created, List.of());
    }

    /** The same rule, sending its webhooks to {@code channels}. */
    static AlertRule errorRateRule(Instant created, List<WebhookChannel> channels) {
        return new AlertRule(new AlertRuleId("rule_errors"), AlertScope.of(ACME), "Acme errors",
                AlertMetric.ERROR_RATE, Comparator.GREATER_THAN, 0.05, 0.03, Duration.ofMinutes(5), Duration.ZERO,
                Severity.CRITICAL, channels, SigningSecret.of(new byte[SigningSecret.MIN_BYTES]), true,
                RuleSource.API, created, created);
    }
}
