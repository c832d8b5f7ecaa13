package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.time.Instant;
import java.util.Optional;

/**
 * A time during which the notifications of one rule, or of every rule of one organization, are not sent.
 * <p>
 * An operator who knows of trouble (a planned migration, a client's load test) silences the rule or the
 * organization from {@link #startsAt} (included) until {@link #endsAt} (excluded). The rules go on being evaluated
 * meanwhile, and their incidents open and resolve as ever: only the webhooks are dropped. Ending a silence early
 * moves its end to that moment, so that the record of what was muted, and when, stays.
 *
 * @param rule         the silenced rule; empty for a silence of the whole organization
 * @param organization whose silence it is: the silenced organization, or the silenced rule's organization (empty
 *                     only for a rule of the system scope)
 */
public record Silence(SilenceId id, Optional<AlertRuleId> rule, Optional<OrganizationId> organization,
                      Instant startsAt, Instant endsAt, Optional<String> comment, String createdBy,
                      Instant createdAt) {

    public static final int MAX_COMMENT_LENGTH = 1_000;
    public static final int MAX_CREATED_BY_LENGTH = 200;

    public Silence {
        Require.present(id, "id");
        Require.present(rule, "ruleId");
        Require.present(organization, "organizationId");
        if (rule.isEmpty() && organization.isEmpty()) {
            throw new IllegalArgumentException("a silence needs 'ruleId' or 'organizationId'");
        }
        Require.present(startsAt, "startsAt");
        Require.present(endsAt, "endsAt");
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("'endsAt' must not be before 'startsAt' (" + startsAt + "), was "
                    + endsAt);
        }
        Require.present(comment, "comment");
        comment.ifPresent(Silence::requireComment);
        comment = comment.filter(text -> !text.isBlank());
        Require.present(createdBy, "createdBy");
        if (createdBy.isBlank() || createdBy.length() > MAX_CREATED_BY_LENGTH) {
            throw new IllegalArgumentException("'createdBy' must be 1 to " + MAX_CREATED_BY_LENGTH
                    + " characters, was " + Require.quoted(createdBy));
        }
        Require.present(createdAt, "createdAt");
    }

    /** A silence of one rule; {@code organization} is the rule's, empty for a rule of the system. */
    public static Silence ofRule(SilenceId id, AlertRule rule, Instant startsAt, Instant endsAt,
                                 Optional<String> comment, String createdBy, Instant createdAt) {
        return new Silence(id, Optional.of(rule.id()), rule.scope().organizationId(), startsAt, endsAt, comment,
                createdBy, createdAt);
    }

    /** A silence of every rule of the organization. */
    public static Silence ofOrganization(SilenceId id, OrganizationId organization, Instant startsAt, Instant endsAt,
                                         Optional<String> comment, String createdBy, Instant createdAt) {
        return new Silence(id, Optional.empty(), Optional.of(organization), startsAt, endsAt, comment, createdBy,
                createdAt);
    }

    /** Whether it mutes anything at {@code at}: from its start, included, to its end, excluded. */
    public boolean isActiveAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Whether it mutes the notifications of {@code alertRule} at {@code at}. */
    public boolean mutes(AlertRule alertRule, Instant at) {
        boolean covers = rule.map(alertRule.id()::equals)
                .orElseGet(() -> organization.map(alertRule::belongsTo).orElse(false));
        return covers && isActiveAt(at);
    }

    /**
     * The silence ended at {@code now}: its end moves there, no earlier than its start (a silence not yet started
     * then mutes nothing) and no later than it was (one already over stays as it is).
     */
    public Silence endedAt(Instant now) {
        Instant end = now.isBefore(startsAt) ? startsAt : now.isAfter(endsAt) ? endsAt : now;
        return new Silence(id, rule, organization, startsAt, end, comment, createdBy, createdAt);
    }

    private static void requireComment(String text) {
        if (!Require.isReadableText(text, MAX_COMMENT_LENGTH, false)) {
            throw new IllegalArgumentException("'comment' must be at most " + MAX_COMMENT_LENGTH
                    + " characters without control characters, was " + Require.quoted(text));
        }
    }
}
