package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.application.notification.RetryPolicy;
import io.helidon.config.Config;

import java.time.Duration;

/**
 * How webhooks are sent, from Helidon Config like {@link Settings}: {@code usage.webhook.backoff.base.ms}
 * ({@code USAGE_WEBHOOK_BACKOFF_BASE_MS}, default 1000), {@code usage.webhook.backoff.cap.seconds}
 * ({@code USAGE_WEBHOOK_BACKOFF_CAP_SECONDS}, default 600), {@code usage.webhook.give.up.hours}
 * ({@code USAGE_WEBHOOK_GIVE_UP_HOURS}, default 24) and {@code usage.webhook.poll.ms} ({@code USAGE_WEBHOOK_POLL_MS},
 * default 1000: how often each node looks for due deliveries).
 */
public record WebhookSettings(RetryPolicy retries, Duration pollInterval) {

    public static final WebhookSettings DEFAULT = new WebhookSettings(RetryPolicy.DEFAULT, Duration.ofSeconds(1));

    public WebhookSettings {
        if (pollInterval.toMillis() < 1 || pollInterval.toMillis() > 60_000) {
            throw new IllegalArgumentException("'usage.webhook.poll.ms' must be from 1 to 60000, was "
                    + pollInterval.toMillis());
        }
    }

    public static WebhookSettings from(Config config) {
        Config webhook = config.get("usage.webhook");
        RetryPolicy retries = new RetryPolicy(
                Duration.ofMillis(webhook.get("backoff.base.ms").asLong().orElse(RetryPolicy.DEFAULT.base().toMillis())),
                Duration.ofSeconds(webhook.get("backoff.cap.seconds").asLong()
                        .orElse(RetryPolicy.DEFAULT.cap().toSeconds())),
                Duration.ofHours(webhook.get("give.up.hours").asLong()
                        .orElse(RetryPolicy.DEFAULT.giveUpAfter().toHours())));
        return new WebhookSettings(retries, Duration.ofMillis(webhook.get("poll.ms").asLong()
                .orElse(DEFAULT.pollInterval().toMillis())));
    }
}
