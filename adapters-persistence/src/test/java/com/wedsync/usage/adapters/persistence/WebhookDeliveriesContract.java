package com.wedsync.usage.adapters.persistence;

import com.wedsync.usage.application.port.ClaimedDelivery;
import com.wedsync.usage.application.port.DeliveryState;
import com.wedsync.usage.application.port.WebhookDeliveries;
import com.wedsync.usage.application.port.WebhookDelivery;
import com.wedsync.usage.domain.alerting.SigningSecret;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store's {@link WebhookDeliveries} promises: a delivery reads back equal; a notice is stored once per
 * URL; only due deliveries are claimed, one lease at a time, and an outcome counts only under the lease it was
 * claimed with; concurrent senders never claim one delivery twice.
 */
abstract class WebhookDeliveriesContract {

    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00.123456Z");
    private static final SigningSecret SECRET = SigningSecret.of(new byte[SigningSecret.MIN_BYTES]);

    private WebhookDeliveries deliveries;

    /** A new, empty store; the subclass releases whatever backs it after each test. */
    protected abstract UsageStore newStore();

    @BeforeEach
    void createStore() {
        deliveries = newStore().webhookDeliveries();
    }

    @Test
    void aDeliveryReadsBackEqualAndANoticeIsStoredOncePerUrl() {
        WebhookDelivery first = delivery("dlv_a", "inc_x:triggered", "https://hooks.example/a?x=1&y=2", NOW);
        WebhookDelivery again = delivery("dlv_b", "inc_x:triggered", "https://hooks.example/a?x=1&y=2", NOW);
        WebhookDelivery other = delivery("dlv_c", "inc_x:triggered", "http://10.0.0.7:8080/hook", NOW);

        deliveries.enqueue(List.of(first, other));
        deliveries.enqueue(List.of(again));

        assertThat(deliveries.find("dlv_a")).contains(first);
        assertThat(deliveries.find("dlv_b")).isEmpty();
        assertThat(deliveries.ofNotice("inc_x:triggered")).containsExactly(first, other);
    }

    @Test
    void onlyDueDeliveriesAreClaimedAndALeasedOneWaitsForItsLeaseToRunOut() {
        deliveries.enqueue(List.of(delivery("dlv_a", "inc_x:triggered", "https://a.example", NOW)));

        assertThat(deliveries.claimNext(NOW.minusMillis(1), NOW.plusSeconds(60))).isEmpty();
        ClaimedDelivery claimed = deliveries.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();
        assertThat(claimed.delivery().id()).isEqualTo("dlv_a");
        assertThat(deliveries.claimNext(NOW.plusSeconds(59), NOW.plusSeconds(120))).isEmpty();

        ClaimedDelivery taken = deliveries.claimNext(NOW.plusSeconds(61), NOW.plusSeconds(121)).orElseThrow();
        assertThat(deliveries.retry(claimed, NOW.plusSeconds(70), "late")).isFalse();
        assertThat(deliveries.delivered(taken, NOW.plusSeconds(62))).isTrue();
        assertThat(deliveries.find("dlv_a").orElseThrow()).satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(1);
        });
        assertThat(deliveries.claimNext(NOW.plusSeconds(3_600), NOW.plusSeconds(3_660))).isEmpty();
    }

    @Test
    void aRetryIsDueAgainAtItsTimeAndAFailedDeliveryIsKeptWithItsReason() {
        deliveries.enqueue(List.of(delivery("dlv_a", "inc_x:resolved", "https://a.example", NOW)));
        ClaimedDelivery first = deliveries.claimNext(NOW, NOW.plusSeconds(60)).orElseThrow();

        assertThat(deliveries.retry(first, NOW.plusSeconds(2), "HTTP 500")).isTrue();
        assertThat(deliveries.claimNext(NOW.plusSeconds(1), NOW.plusSeconds(61))).isEmpty();
        ClaimedDelivery second = deliveries.claimNext(NOW.plusSeconds(2), NOW.plusSeconds(62)).orElseThrow();
        assertThat(second.delivery().attempts()).isEqualTo(1);
        assertThat(second.delivery().lastError()).contains("HTTP 500");
        assertThat(deliveries.failed(second, NOW.plusSeconds(3), "connection refused")).isTrue();

        assertThat(deliveries.find("dlv_a").orElseThrow()).satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(delivery.attempts()).isEqualTo(2);
            assertThat(delivery.lastError()).contains("connection refused");
            assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(3));
        });
        assertThat(deliveries.claimNext(NOW.plusSeconds(3_600), NOW.plusSeconds(3_660))).isEmpty();
    }

    @Test
    void concurrentSendersNeverClaimOneDeliveryTwice() throws Exception {
        List<WebhookDelivery> due = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            due.add(delivery("dlv_" + i, "inc_" + i + ":triggered", "https://a.example", NOW));
        }
        deliveries.enqueue(due);
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                running.add(senders.submit(() -> {
                    start.await();
                    for (Optional<ClaimedDelivery> next = deliveries.claimNext(NOW, NOW.plusSeconds(60));
                         next.isPresent(); next = deliveries.claimNext(NOW, NOW.plusSeconds(60))) {
                        claimed.add(next.get().delivery().id());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> sender : running) {
                sender.get();
            }
        } finally {
            senders.shutdownNow();
        }

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates();
    }

    private static WebhookDelivery delivery(String id, String webhookId, String url, Instant now) {
        return WebhookDelivery.pending(id, webhookId, Optional.of(new OrganizationId("acme")), URI.create(url),
                "{\"type\":\"incident.triggered\",\"title\":\"Errors ≥ 5 %\"}", SECRET, now);
    }
}
