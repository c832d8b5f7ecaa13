package com.wedsync.usage.acceptance.alerting;

import com.wedsync.usage.acceptance.production.FreshDatabase;
import com.wedsync.usage.adapters.persistence.PostgresDatabase;
import com.wedsync.usage.adapters.rest.boot.WebhookSchedule;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.alerting.AlertEvaluator;
import com.wedsync.usage.application.notification.RetryPolicy;
import com.wedsync.usage.application.port.MutableClock;
import com.wedsync.usage.domain.alerting.WebhookChannel;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CASES A1 end to end: the scenario of {@link OneIncidentOneResolveTest} (two nodes on one PostgreSQL evaluating
 * the same error-rate rule at the same moments), with each node's real notifier and webhook sender, and a real
 * receiver. The receiver gets one {@code incident.triggered} and exactly one {@code incident.resolved} of the
 * first incident, under distinct webhook-ids, then one {@code incident.triggered} of the new incident.
 */
class OneIncidentOneResolveWebhooksTest {

    private static final Instant T = Instant.parse("2025-06-02T10:01:00Z");
    private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofHours(1));

    @Test
    void theReceiverHearsOneTriggerAndOneResolveThenTheNewIncidentsTrigger() throws Exception {
        MutableClock clock = new MutableClock(T);
        try (FreshDatabase database = FreshDatabase.create("a1_webhooks_");
             PostgresDatabase first = PostgresDatabase.open(database.url(), database.user(), database.password());
             PostgresDatabase second = PostgresDatabase.open(database.url(), database.user(), database.password());
             WebhookReceiver receiver = new WebhookReceiver();
             WebhookSchedule senderA = WebhookSchedule.start(
                     Wiring.webhookSender(first, Clock.systemUTC(), FAST, new OperationalMetrics()),
                     Duration.ofMillis(5));
             WebhookSchedule senderB = WebhookSchedule.start(
                     Wiring.webhookSender(second, Clock.systemUTC(), FAST, new OperationalMetrics()),
                     Duration.ofMillis(5))) {
            Traffic.organization(first, T.minusSeconds(3_600));
            first.alertRules().add(Traffic.errorRateRule(T.minusSeconds(3_600),
                    List.of(new WebhookChannel(receiver.url("/hook")))));
            AlertEvaluator nodeA = EvaluatingNode.on(first, clock,
                    Wiring.notifier(first, Wiring.secureRandomSecrets(), Clock.systemUTC()));
            AlertEvaluator nodeB = EvaluatingNode.on(second, clock,
                    Wiring.notifier(second, Wiring.secureRandomSecrets(), Clock.systemUTC()));

            Traffic.calls(first, T.minusSeconds(30), 100, 20);
            EvaluatingNode.together(nodeA, nodeB, T);
            Traffic.calls(first, T.plusSeconds(200), 10_000, 0);
            EvaluatingNode.together(nodeA, nodeB, T.plusSeconds(240));
            EvaluatingNode.together(nodeA, nodeB, T.plusSeconds(300));

            List<WebhookReceiver.Received> heard = receiver.settle(2);
            assertThat(heard).extracting(WebhookReceiver.Received::type)
                    .containsExactly("incident.triggered", "incident.resolved");
            String incident = heard.get(0).webhookId().replace(":triggered", "");
            assertThat(heard).extracting(WebhookReceiver.Received::webhookId)
                    .containsExactly(incident + ":triggered", incident + ":resolved");

            Traffic.calls(first, T.plusSeconds(19 * 60), 100, 50);
            EvaluatingNode.together(nodeA, nodeB, T.plusSeconds(20 * 60));

            List<WebhookReceiver.Received> all = receiver.settle(3);
            assertThat(all).hasSize(3);
            assertThat(all.get(2).type()).isEqualTo("incident.triggered");
            assertThat(all.get(2).webhookId()).endsWith(":triggered").doesNotStartWith(incident + ":");
        }
    }
}
