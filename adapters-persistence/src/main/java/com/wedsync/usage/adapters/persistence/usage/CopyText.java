package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.List;

/**
 * Usage events in PostgreSQL's COPY text format, one line per event, in the order of {@link #COLUMNS}: fields
 * separated by tabs, NULL written {@code \N}, and backslash, tab, newline and carriage return escaped. The domain
 * already keeps such characters out of ids and route templates; escaping anyway makes the format safe by itself.
 * Times are ISO-8601 instants cut to microseconds, as PostgreSQL keeps them.
 */
final class CopyText {

    static final String COLUMNS = "event_id, organization_id, api_key_id, endpoint, method, status, latency_ms,"
            + " request_bytes, response_bytes, occurred_at";
    private static final String NULL = "\\N";

    private CopyText() {
    }

    static String of(List<UsageEvent> events) {
        StringBuilder text = new StringBuilder(events.size() * 160);
        for (UsageEvent event : events) {
            text.append(event.eventId().value()).append('\t');
            escaped(text, event.organizationId().value()).append('\t');
            escaped(text, event.apiKeyId().map(ApiKeyId::value).orElse(null)).append('\t');
            escaped(text, event.endpoint().template()).append('\t');
            escaped(text, event.method().name()).append('\t');
            text.append(event.status()).append('\t');
            text.append(event.latencyMs().isPresent() ? String.valueOf(event.latencyMs().getAsInt()) : NULL)
                    .append('\t');
            text.append(event.requestBytes()).append('\t').append(event.responseBytes()).append('\t');
            text.append(Timestamps.parameter(event.occurredAt()).toInstant()).append('\n');
        }
        return text.toString();
    }

    private static StringBuilder escaped(StringBuilder text, String value) {
        if (value == null) {
            return text.append(NULL);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return text;
    }
}
