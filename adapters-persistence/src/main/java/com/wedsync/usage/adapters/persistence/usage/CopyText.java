package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.CopyFields;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Usage events in PostgreSQL's COPY text format, one line per event, in the order of {@link #COLUMNS}: fields
 * separated by tabs, escaped as {@link CopyFields} does; and their key rows for {@code usage_event_key}
 * ({@link #KEY_COLUMNS}), written in the same pass so that each id and time is formatted once. The text goes to
 * the driver as UTF-8 bytes, which it sends as they are (a Reader it would re-encode chunk by chunk).
 */
final class CopyText {

    static final String COLUMNS = "event_id, organization_id, api_key_id, endpoint, method, status, latency_ms,"
            + " request_bytes, response_bytes, occurred_at";
    static final String KEY_COLUMNS = "event_id, occurred_at";

    /** The COPY input of a group: its events' rows and their key rows, in the order of the events given. */
    record Rows(byte[] events, byte[] keys) {
    }

    private CopyText() {
    }

    static byte[] of(List<UsageEvent> events) {
        return rows(events, false).events();
    }

    static Rows withKeys(List<UsageEvent> events) {
        return rows(events, true);
    }

    private static Rows rows(List<UsageEvent> events, boolean withKeys) {
        StringBuilder text = new StringBuilder(events.size() * 160);
        StringBuilder keys = new StringBuilder(withKeys ? events.size() * 64 : 0);
        for (UsageEvent event : events) {
            int idStart = text.length();
            text.append(event.eventId().value()).append('\t');
            int idEnd = text.length();
            CopyFields.text(text, event.organizationId().value()).append('\t');
            CopyFields.text(text, event.apiKeyId().map(ApiKeyId::value).orElse(null)).append('\t');
            CopyFields.text(text, event.endpoint().template()).append('\t');
            CopyFields.text(text, event.method().name()).append('\t');
            text.append(event.status()).append('\t');
            if (event.latencyMs().isPresent()) {
                text.append(event.latencyMs().getAsInt()).append('\t');
            } else {
                text.append(CopyFields.NULL).append('\t');
            }
            text.append(event.requestBytes()).append('\t').append(event.responseBytes()).append('\t');
            int timeStart = text.length();
            CopyFields.instant(text, event.occurredAt()).append('\n');
            if (withKeys) {
                keys.append(text, idStart, idEnd).append(text, timeStart, text.length());
            }
        }
        return new Rows(text.toString().getBytes(StandardCharsets.UTF_8),
                keys.toString().getBytes(StandardCharsets.UTF_8));
    }
}
