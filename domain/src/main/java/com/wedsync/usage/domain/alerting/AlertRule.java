package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

/**
 * A condition on one metric of one scope, and what to do when it holds.
 * <p>
 * A rule is made through the rules API, or as one of an organization's usage alert thresholds ({@link #source}).
 * The evaluator reads the metric over the last {@link #window}; while {@code value comparator threshold} holds the
 * rule is pending, and once it has held for {@link #forDuration} it fires: an incident opens at {@link #severity}
 * and every channel is sent a webhook signed with {@link #signingSecret}. It clears when the value is back past
 * {@link #clearThreshold} (never on the threshold's near side, so a value hovering there does not flap), and with
 * {@link #autoResolve} its incident then resolves by itself. An edit replaces the condition but keeps the rule's
 * id, scope, source and secret; deleting a rule leaves its incidents in the history.
 *
 * @param threshold      in the metric's unit, from 0 to {@code metric.unit().largest()}
 * @param clearThreshold in the same unit, on the threshold's safe side or on it ({@link Comparator#isOnSafeSide})
 * @param window         whole minutes, from 1 minute to 24 hours
 * @param forDuration    whole seconds, from 0 (fire at the first breach) to 24 hours; {@code for} on the wire
 */
public record AlertRule(AlertRuleId id, AlertScope scope, String name, AlertMetric metric, Comparator comparator,
                        double threshold, double clearThreshold, Duration window, Duration forDuration,
                        Severity severity, List<WebhookChannel> channels, SigningSecret signingSecret,
                        boolean autoResolve, RuleSource source, Instant createdAt, Instant updatedAt) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_CHANNELS = 10;
    public static final Duration MIN_WINDOW = Duration.ofMinutes(1);
    public static final Duration MAX_WINDOW = Duration.ofHours(24);
    public static final Duration MAX_FOR = Duration.ofHours(24);

    public AlertRule {
        Require.present(id, "id");
        Require.present(scope, "scope");
        requireName(name);
        Require.present(metric, "metric");
        if (!metric.appliesTo(scope)) {
            throw new IllegalArgumentException("'metric' " + metric.wireName() + " does not apply to "
                    + (scope instanceof AlertScope.System ? "the system" : "an organization"));
        }
        Require.present(comparator, "comparator");
        // -0.0 is 0; without this a rule read back from a store that keeps no sign of zero would not equal itself.
        threshold += 0.0;
        clearThreshold += 0.0;
        RuleValues.requireInUnit(threshold, metric, "threshold");
        RuleValues.requireInUnit(clearThreshold, metric, "clearThreshold");
        RuleValues.requireSafeSide(comparator, clearThreshold, threshold);
        RuleValues.requireCanChange(comparator, threshold, clearThreshold, metric);
        RuleValues.requireWithin(window, MIN_WINDOW, MAX_WINDOW, Duration.ofMinutes(1), "window");
        RuleValues.requireWithin(forDuration, Duration.ZERO, MAX_FOR, Duration.ofSeconds(1), "for");
        Require.present(severity, "severity");
        channels = List.copyOf(Require.present(channels, "channels"));
        requireChannels(channels);
        Require.present(signingSecret, "signingSecret");
        Require.present(source, "source");
        Require.present(createdAt, "createdAt");
        Require.present(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("'updatedAt' must not be before 'createdAt' (" + createdAt
                    + "), was " + updatedAt);
        }
    }

    /** Whose rule this is, for the access checks: the organization, or none for a system rule. */
    public boolean belongsTo(OrganizationId organization) {
        return scope.organizationId().map(organization::equals).orElse(false);
    }

    private static void requireName(String name) {
        Require.present(name, "name");
        if (name.isBlank() || !Require.isReadableText(name, MAX_NAME_LENGTH, false)) {
            throw new IllegalArgumentException("'name' must be 1 to " + MAX_NAME_LENGTH
                    + " characters without control characters, was " + Require.quoted(name));
        }
    }

    private static void requireChannels(List<WebhookChannel> channels) {
        if (channels.size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("'channels' may hold at most " + MAX_CHANNELS + " webhooks, was "
                    + channels.size());
        }
        HashSet<URI> seen = new HashSet<>();
        for (WebhookChannel channel : channels) {
            if (!seen.add(channel.url())) {
                throw new IllegalArgumentException("'channels' names " + Require.quoted(channel.url().toString())
                        + " twice");
            }
        }
    }
}
