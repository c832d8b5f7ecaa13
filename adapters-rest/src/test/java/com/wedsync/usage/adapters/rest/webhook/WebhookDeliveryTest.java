package com.wedsync.usage.adapters.rest.webhook;

import com.wedsync.usage.adapters.persistence.EmbeddedDatabase;
import com.wedsync.usage.adapters.rest.boot.WebhookSchedule;
import com.wedsync.usage.adapters.rest.boot.Wiring;
import com.wedsync.usage.application.metrics.OperationalMetrics;
import com.wedsync.usage.application.notification.DeliverWebhooksService;
import com.wedsync.usage.application.notification.RetryPolicy;
import com.wedsync.usage.application.port.DeliveryState;
import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.application.port.WebhookDelivery;
import com.wedsync.usage.domain.alerting.AlertRule;
import com.wedsync.usage.domain.alerting.Silence;
import com.wedsync.usage.domain.alerting.SilenceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.wedsync.usage.adapters.rest.webhook.Notices.ACME;
import static com.wedsync.usage.adapters.rest.webhook.Notices.T;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notifier and the sender over the embedded store and real sockets: retries with growing gaps until a 2xx,
 * the same webhook-id on every attempt, a signature a receiver verifies, a receiver that comes up late, and no
 * delivery at all for a silenced rule or organization. Back-off starts at 100 ms with no jitter (each delay is its
 * lower half: 50, 100, 200 ms), polled every 5 ms, so the whole class runs in about a second.
 */
class WebhookDeliveryTest {

    private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(10),
            Duration.ofHours(1));

    private EmbeddedDatabase database;
    private Notifier notifier;
    private WebhookSchedule sender;

    private final OperationalMetrics metrics = new OperationalMetrics();

    @BeforeEach
    void openStore() {
        database = EmbeddedDatabase.inMemory("webhook_" + UUID.randomUUID().toString().replace("-", ""));
        notifier = Wiring.notifier(database, Wiring.secureRandomSecrets(), Clock.systemUTC());
        DeliverWebhooksService service = new DeliverWebhooksService(database.webhookDeliveries(),
                new HttpWebhookTransport(), FAST, Clock.systemUTC(), () -> 0.0, metrics);
        sender = WebhookSchedule.start(service, Duration.ofMillis(5));
    }

    @AfterEach
    void closeStore() {
        sender.close();
        database.close();
    }

    @Test
    void aReceiverThatFailsThreeTimesGetsTheSameSignedNoticeAtGrowingGapsAndThenNoMore() throws Exception {
        try (Receiver receiver = Receiver.failingFirst(3)) {
            AlertRule rule = Notices.rule("rule_errors", List.of(receiver.url()));
            IncidentNotice notice = Notices.triggered(rule, "inc_first");

            notifier.send(notice);

            List<Receiver.Received> attempts = receiver.awaitAtLeast(4, Duration.ofSeconds(10));
            Thread.sleep(400);
            assertThat(receiver.received()).hasSize(4);
            assertThat(attempts).extracting(Receiver.Received::id).containsOnly("inc_first:triggered");
            assertThat(attempts).extracting(Receiver.Received::contentType).containsOnly("application/json");
            for (Receiver.Received attempt : attempts) {
                assertThat(Notices.verifies(Notices.SECRET.value(), attempt)).as(attempt.signature()).isTrue();
                assertThat(Long.parseLong(attempt.timestamp()))
                        .isBetween(System.currentTimeMillis() / 1000 - 30, System.currentTimeMillis() / 1000 + 1);
            }
            long first = millisBetween(attempts.get(0), attempts.get(1));
            long second = millisBetween(attempts.get(1), attempts.get(2));
            long third = millisBetween(attempts.get(2), attempts.get(3));
            // Each gap is at least the policy's delay (50, 100, 200 ms: RetryPolicyTest has the exact values); a
            // loaded machine can add tens of milliseconds to any gap, so only gaps 150 ms apart are compared.
            assertThat(first).isGreaterThanOrEqualTo(50);
            assertThat(second).isGreaterThanOrEqualTo(100);
            assertThat(third).isGreaterThanOrEqualTo(200).isGreaterThan(first);
            assertThat(attempts.get(0).body()).isEqualTo("{\"type\":\"incident.triggered\",\"incident\":{"
                    + "\"id\":\"inc_first\",\"state\":\"triggered\",\"severity\":\"critical\","
                    + "\"title\":\"Acme errors: error_rate 0.2 > 0.05\",\"details\":null,\"organizationId\":\"acme\","
                    + "\"ruleId\":\"rule_errors\",\"triggeredAt\":\"2025-06-02T10:01:00Z\",\"resolvedAt\":null},"
                    + "\"rule\":{\"id\":\"rule_errors\",\"name\":\"Acme errors\",\"metric\":\"error_rate\","
                    + "\"comparator\":\">\",\"threshold\":0.05},\"at\":\"2025-06-02T10:01:00Z\"}");
            assertThat(attempts).extracting(Receiver.Received::body).containsOnly(attempts.get(0).body());
            WebhookDelivery delivery = database.webhookDeliveries().ofNotice(notice.id()).getFirst();
            assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(4);
            assertThat(delivery.lastError()).isEmpty();
            assertThat(attemptsCounted("retry")).isEqualTo(3);
            assertThat(attemptsCounted("delivered")).isEqualTo(1);
            assertThat(attemptsCounted("failed")).isZero();
        }
    }

    @Test
    void aReceiverThatIsDownGetsTheNoticeOnceItComesUp() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        AlertRule rule = Notices.rule("rule_errors", List.of(URI.create("http://127.0.0.1:" + port + "/hook")));
        IncidentNotice notice = Notices.triggered(rule, "inc_down");

        notifier.send(notice);
        awaitAttempts(notice, 2);
        WebhookDelivery refused = database.webhookDeliveries().ofNotice(notice.id()).getFirst();
        assertThat(refused.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(refused.lastError()).hasValueSatisfying(error -> assertThat(error).startsWith("could not connect"));

        try (Receiver receiver = Receiver.on(port, 0)) {
            List<Receiver.Received> received = receiver.awaitAtLeast(1, Duration.ofSeconds(10));
            assertThat(received).singleElement().satisfies(request -> {
                assertThat(request.id()).isEqualTo("inc_down:triggered");
                assertThat(Notices.verifies(Notices.SECRET.value(), request)).isTrue();
            });
            awaitState(notice, DeliveryState.DELIVERED);
        }
    }

    @Test
    void aSilencedRuleOrOrganizationOrARuleWithoutChannelsStoresNoDelivery() {
        URI hook = URI.create("http://127.0.0.1:9/hook");
        AlertRule muted = Notices.rule("rule_muted", List.of(hook));
        AlertRule loud = Notices.rule("rule_loud", List.of(hook, URI.create("http://127.0.0.1:9/other")));
        database.silences().add(Silence.ofRule(new SilenceId("sil_rule"), muted, T.minusSeconds(60), T.plusSeconds(60),
                Optional.empty(), "alice", T));

        notifier.send(Notices.triggered(muted, "inc_muted"));
        notifier.send(Notices.triggered(Notices.rule("rule_quiet", List.of()), "inc_quiet"));
        notifier.send(Notices.triggered(loud, "inc_loud"));
        database.silences().add(Silence.ofOrganization(new SilenceId("sil_org"), ACME, T, T.plusSeconds(1),
                Optional.empty(), "alice", T));
        notifier.send(Notices.triggered(loud, "inc_orgmuted"));

        assertThat(database.webhookDeliveries().ofNotice("inc_muted:triggered")).isEmpty();
        assertThat(database.webhookDeliveries().ofNotice("inc_quiet:triggered")).isEmpty();
        assertThat(database.webhookDeliveries().ofNotice("inc_orgmuted:triggered")).isEmpty();
        assertThat(database.webhookDeliveries().ofNotice("inc_loud:triggered")).extracting(WebhookDelivery::url)
                .containsExactlyInAnyOrder(hook, URI.create("http://127.0.0.1:9/other"));
    }

    private void awaitAttempts(IncidentNotice notice, int attempts) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database.webhookDeliveries().ofNotice(notice.id()).getFirst().attempts() < attempts
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(database.webhookDeliveries().ofNotice(notice.id()).getFirst().attempts())
                .isGreaterThanOrEqualTo(attempts);
    }

    private void awaitState(IncidentNotice notice, DeliveryState state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database.webhookDeliveries().ofNotice(notice.id()).getFirst().state() != state
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(database.webhookDeliveries().ofNotice(notice.id()).getFirst().state()).isEqualTo(state);
    }

    private static long millisBetween(Receiver.Received earlier, Receiver.Received later) {
        return Duration.ofNanos(later.arrivedNanos() - earlier.arrivedNanos()).toMillis();
    }

    /** This node's webhook attempts with {@code outcome}, as /metrics shows them. */
    private double attemptsCounted(String outcome) {
        return metrics.registry().collect().stream().flatMap(family -> family.samples().stream())
                .filter(sample -> sample.name().equals("usage_monitor_webhook_attempts_total")
                        && sample.labels().equals(java.util.Map.of("outcome", outcome)))
                .findFirst().orElseThrow().value();
    }
}
