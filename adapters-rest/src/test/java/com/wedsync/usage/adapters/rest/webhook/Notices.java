package com.wedsync.usage.adapters.rest.webhook;

import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.domain.alerting.AlertMetric;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.alerting.AlertScope;
import com.wedsync.usage.domain.alerting.Comparator;
import com.wedsync.usage.domain.alerting.RuleSource;
import com.wedsync.usage.domain.alerting.Severity;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.alerting.WebhookChannel;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.IncidentStep;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Rules with channels and the notices of their incidents, and a signature check written apart from the code's. */
final class Notices {

    static final OrganizationId ACME = new OrganizationId("acme");
    static final Instant T = Instant.parse("2025-06-02T10:01:00Z");
    static final SigningSecret SECRET = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    private Notices() {
    }

    static AlertRule rule(String id, List<URI> channels) {
        return new AlertRule(new AlertRuleId(id), AlertScope.of(ACME), "Acme errors", AlertMetric.ERROR_RATE,
                Comparator.GREATER_THAN, 0.05, 0.03, Duration.ofMinutes(5), Duration.ZERO, Severity.CRITICAL,
                channels.stream().map(WebhookChannel::new).toList(), SECRET, true, RuleSource.API, T, T);
    }

    static IncidentNotice triggered(AlertRule rule, String incident) {
        IncidentFacts facts = IncidentFacts.forRule(new IncidentId(incident), rule.id(), rule.scope(),
                rule.severity(), "Acme errors: error_rate 0.2 > 0.05", Optional.empty());
        return new IncidentNotice(IncidentNotice.Kind.TRIGGERED,
                Incident.trigger(facts, IncidentStep.EVALUATOR, T, Optional.empty()), rule, T);
    }

    /** The Standard Webhooks check a receiver makes: HMAC-SHA256 of "id.timestamp.body" with the decoded key. */
    static boolean verifies(String secret, Receiver.Received request) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String signed = request.id() + "." + request.timestamp() + "." + request.body();
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        return expected.equals(request.signature());
    }
}
