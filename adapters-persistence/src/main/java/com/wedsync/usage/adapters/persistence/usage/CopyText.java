package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.CopyFields;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.List;

/**
 * Usage events in PostgreSQL's COPY text format, one line per event, in the order of {@link #COLUMNS}: fields
 * separated by tabs, escaped as {@link CopyFields} does. Times are ISO-8601 instants cut to microseconds, as
 * PostgreSQL keeps them. The key rows of {@code usage_event_key} are {@link #KEY_COLUMNS} of the same events.
 */
final class CopyText {

    static final String COLUMNS = "event_id, organization_id, api_key_id, endpoint, method, status, latency_ms,"
            + " request_bytes, response_bytes, occurred_at";
    static final String KEY_COLUMNS = "event_id, occurred_at";

    private CopyText() {
    }

    static String of(List<UsageEvent> events) {
        StringBuilder text = new StringBuilder(events.size() * 160);
        for (UsageEvent event : events) {
            text.append(event.eventId().value()).append('\t');
            CopyFields.text(text, event.organizationId().value()).append('\t');
            CopyFields.text(text, event.apiKeyId().map(ApiKeyId::value).orElse(null)).append('\t');
            CopyFields.text(text, event.endpoint().template()).append('\t');
            CopyFields.text(text, event.method().name()).append('\t');
            text.append(event.status()).append('\t');
            text.append(event.latencyMs().isPresent() ? String.valueOf(event.latencyMs().getAsInt()) : CopyFields.NULL)
                    .append('\t');
            text.append(event.requestBytes()).append('\t').append(event.responseBytes()).append('\t');
            text.append(Timestamps.parameter(event.occurredAt()).toInstant()).append('\n');
        }
        return text.toString();
    }

    /** The key rows of the events, in their order. */
    static String keysOf(List<UsageEvent> events) {
        StringBuilder text = new StringBuilder(events.size() * 64);
        for (UsageEvent event : events) {
            text.append(event.eventId().value()).append('\t')
                    .append(Timestamps.parameter(event.occurredAt()).toInstant()).append('\n');
        }
        return text.toString();
    }
}
