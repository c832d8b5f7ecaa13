package com.wedsync.usage.acceptance.alerting;

import com.wedsync.usage.acceptance.production.FreshDatabase;
import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.adapters.rest.boot.WebhookSchedule;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.notification.RetryPolicy;
import com.wedsync.usage.application.port.DeliveryState;
import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.WebhookChannel;
import com.wedsync.usage.domain.incident.Incident;
import com.wedsync.usage.domain.incident.IncidentFacts;
import com.wedsync.usage.domain.incident.IncidentId;
import com.wedsync.usage.domain.incident.IncidentStep;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service nodes, each with its own connection pool and its own sender thread, on one PostgreSQL: every delivery
 * of the shared outbox reaches the receiver exactly once, though both senders poll it at the same time.
 */
class TwoSendersDeliverOnceTest {

    private static final Instant T = Instant.parse("2025-06-02T10:01:00Z");
    private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofHours(1));

    @Test
    void twoNodesSendingTogetherDeliverEachDeliveryOnce() throws Exception {
        try (FreshDatabase database = FreshDatabase.create("senders_");
             PostgresDatabase first = PostgresDatabase.open(database.url(), database.user(), database.password());
             PostgresDatabase second = PostgresDatabase.open(database.url(), database.user(), database.password());
             WebhookReceiver receiver = new WebhookReceiver();
             WebhookSchedule senderA = WebhookSchedule.start(
                     Wiring.webhookSender(first, Clock.systemUTC(), FAST, new OperationalMetrics()),
                     Duration.ofMillis(2));
             WebhookSchedule senderB = WebhookSchedule.start(
                     Wiring.webhookSender(second, Clock.systemUTC(), FAST, new OperationalMetrics()),
                     Duration.ofMillis(2))) {
            AlertRule rule = Traffic.errorRateRule(T, List.of(new WebhookChannel(receiver.url("/a")),
                    new WebhookChannel(receiver.url("/b"))));
            Notifier notifier = Wiring.notifier(first, Wiring.secureRandomSecrets(), Clock.systemUTC());

            for (int i = 0; i < 20; i++) {
                notifier.send(triggered(rule, "inc_n" + i));
            }

            List<WebhookReceiver.Received> received = receiver.settle(40);
            assertThat(received).hasSize(40);
            assertThat(received).extracting(request -> request.webhookId() + " " + request.path())
                    .doesNotHaveDuplicates();
            for (int i = 0; i < 20; i++) {
                assertThat(first.webhookDeliveries().ofNotice("inc_n" + i + ":triggered")).hasSize(2)
                        .allSatisfy(delivery -> {
                            assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
                            assertThat(delivery.attempts()).isEqualTo(1);
                        });
            }
        }
    }

    private static IncidentNotice triggered(AlertRule rule, String incident) {
        IncidentFacts facts = IncidentFacts.forRule(new IncidentId(incident), rule.id(), rule.scope(),
                rule.severity(), "Acme errors", Optional.empty());
        return new IncidentNotice(IncidentNotice.Kind.TRIGGERED,
                Incident.trigger(facts, IncidentStep.EVALUATOR, T, Optional.empty()), rule, T);
    }
}
