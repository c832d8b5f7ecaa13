package com.wedsync.usage.application.notification;

import com.wedsync.usage.application.port.IncidentNotice;
import com.wedsync.usage.application.port.Notifier;
import com.wedsync.usage.application.port.SecretSource;
import com.wedsync.usage.application.port.Silences;
import com.wedsync.usage.application.port.WebhookDeliveries;
import com.wedsync.usage.application.port.WebhookDelivery;
import com.wedsync.usage.application.port.WebhookPayloads;
import com.wedsync.usage.domain.alerting.AlertRule;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;

/**
 * The notifier of the service: a notice whose rule has channels and is not silenced at the notice's time is stored
 * as one delivery per channel, in one transaction, and sent later by a {@link DeliverWebhooksService} of any node.
 * It returns once the deliveries are stored: the evaluator never waits for a receiver.
 */
public final class NotifyChannelsService implements Notifier {

    static final int ID_LENGTH = 16;

    private final Silences silences;
    private final WebhookDeliveries deliveries;
    private final WebhookPayloads payloads;
    private final SecretSource ids;
    private final InstantSource clock;

    public NotifyChannelsService(Silences silences, WebhookDeliveries deliveries, WebhookPayloads payloads,
                                 SecretSource ids, InstantSource clock) {
        this.silences = silences;
        this.deliveries = deliveries;
        this.payloads = payloads;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void send(IncidentNotice notice) {
        AlertRule rule = notice.rule();
        if (rule.channels().isEmpty() || silences.isSilenced(rule, notice.at())) {
            return;
        }
        String body = payloads.body(notice);
        Instant now = clock.instant();
        List<WebhookDelivery> due = rule.channels().stream()
                .map(channel -> WebhookDelivery.pending("dlv_" + ids.base62(ID_LENGTH), notice.id(),
                        rule.scope().organizationId(), channel.url(), body, rule.signingSecret(), now))
                .toList();
        deliveries.enqueue(due);
    }
}
