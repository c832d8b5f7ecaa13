package com.wedsync.usage.application.ingest;

import com.wedsync.usage.application.tenancy.TenantDirectory;
import com.wedsync.usage.domain.quota.Tier;
import com.wedsync.usage.domain.tenancy.ApiKey;
import com.wedsync.usage.domain.tenancy.Organization;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.SecretHash;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.EventRejection;
import com.wedsync.usage.domain.usage.EventTimePolicy;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns one submission into a usage event, or says exactly why it cannot be one. */
final class EventValidator {

    /** Either the event or the reason it was refused. */
    record Verdict(UsageEvent event, EventRejection rejection, String detail) {
    }

    private final TenantDirectory directory;

    EventValidator(TenantDirectory directory) {
        this.directory = directory;
    }

    Verdict judge(UsageEventSubmission submission, Instant now) {
        if (submission.malformation() != null) {
            return refused(EventRejection.INVALID_FIELD, submission.malformation());
        }
        try {
            return judgeWellTyped(submission, now);
        } catch (IllegalArgumentException invalid) {
            return refused(EventRejection.INVALID_FIELD, invalid.getMessage());
        }
    }

    private Verdict judgeWellTyped(UsageEventSubmission submission, Instant now) {
        EventId eventId = EventId.parse(submission.eventId());
        Endpoint endpoint = new Endpoint(submission.endpoint());
        HttpMethod method = HttpMethod.parse(submission.method()).orElseThrow(() ->
                new IllegalArgumentException("'method' must be one of GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS"));
        Instant occurredAt = parseInstant(submission.occurredAt());
        Optional<ApiKey> key = Optional.empty();
        OrganizationId organizationId;
        if (submission.apiKey() != null && submission.organizationId() != null) {
            throw new IllegalArgumentException("exactly one of 'apiKey' and 'organizationId' is allowed");
        }
        if (submission.apiKey() != null) {
            key = directory.keyBySecretHash(SecretHash.of(submission.apiKey()));
            if (key.isEmpty()) {
                return refused(EventRejection.UNKNOWN_KEY, "the API key is unknown");
            }
            if (!key.get().isUsableAt(occurredAt)) {
                return refused(EventRejection.UNKNOWN_KEY, "the API key was revoked or had expired when the event occurred");
            }
            organizationId = key.get().organizationId();
        } else if (submission.organizationId() != null) {
            organizationId = new OrganizationId(submission.organizationId());
        } else {
            throw new IllegalArgumentException("'apiKey' or 'organizationId' is required");
        }
        Optional<Organization> organization = directory.organization(organizationId);
        if (organization.isEmpty()) {
            return refused(EventRejection.UNKNOWN_ORGANIZATION, "no organization '" + organizationId + "'");
        }
        int retentionDays = directory.tier(organization.get().tier()).map(Tier::retentionDays).orElse(1);
        Optional<EventRejection> timing = EventTimePolicy.judge(occurredAt, now, retentionDays);
        if (timing.isPresent()) {
            return refused(timing.get(), timing.get() == EventRejection.IN_THE_FUTURE
                    ? "'occurredAt' is more than 5 minutes in the future"
                    : "'occurredAt' is older than the tier's retention of " + retentionDays + " days");
        }
        UsageEvent event = new UsageEvent(eventId, organizationId, key.map(ApiKey::id), endpoint, method,
                intOf(submission.status(), "status"), latency(submission.latencyMs()),
                bytes(submission.requestBytes()), bytes(submission.responseBytes()), occurredAt);
        return new Verdict(event, null, null);
    }

    private static Verdict refused(EventRejection rejection, String detail) {
        return new Verdict(null, rejection, detail);
    }

    private static Instant parseInstant(String text) {
        if (text == null) {
            throw new IllegalArgumentException("'occurredAt' is required");
        }
        try {
            return OccurredAt.parse(text);
        } catch (DateTimeParseException notInstant) {
            throw new IllegalArgumentException("'occurredAt' must be an ISO-8601 instant such as 2025-01-31T12:00:00Z");
        }
    }

    private static int intOf(Long value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' is required");
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'" + name + "' is out of range, was " + value);
        }
        return value.intValue();
    }

    private static OptionalInt latency(Long value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(intOf(value, "latencyMs"));
    }

    private static long bytes(Long value) {
        return value == null ? 0 : value;
    }
}
