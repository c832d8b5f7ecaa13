package com.wedsync.usage.benchmarks.analytics;

import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.util.HexFormat;
import java.util.Map;

/**
 * Events and rollups in PostgreSQL's COPY text format, for a bulk fill that bypasses the service: the same columns
 * the product writes (its own COPY text is internal to the persistence adapter). Nothing here needs escaping: ids,
 * route templates and methods hold no tab, newline or backslash, and histograms are written as hex bytea.
 */
final class BulkRows {

    static final String EVENT_COLUMNS = "event_id, organization_id, endpoint, method, status, latency_ms,"
            + " request_bytes, response_bytes, occurred_at";
    static final String ROLLUP_COLUMNS = "scope, kind, bucket_start, endpoint, method, calls, client_errors,"
            + " server_errors, request_bytes, response_bytes, latency, statuses";
    private static final HexFormat HEX = HexFormat.of();

    private BulkRows() {
    }

    static void events(StringBuilder text, Iterable<UsageEvent> events) {
        for (UsageEvent event : events) {
            text.append(event.eventId().value()).append('\t').append(event.organizationId().value()).append('\t')
                    .append(event.endpoint().template()).append('\t').append(event.method().name()).append('\t')
                    .append(event.status()).append('\t').append(event.latencyMs().getAsInt()).append('\t')
                    .append(event.requestBytes()).append('\t').append(event.responseBytes()).append('\t')
                    .append(event.occurredAt()).append('\n');
        }
    }

    static void rollups(StringBuilder text, Map<RollupKey, UsageMeasures> cells) {
        cells.forEach((key, measures) -> {
            text.append(key.scope().id()).append('\t').append(key.kind().code()).append('\t')
                    .append(key.bucketStart()).append('\t')
                    .append(key.route().map(route -> route.endpoint().template()).orElse("")).append('\t')
                    .append(key.route().map(route -> route.method().name()).orElse("")).append('\t')
                    .append(measures.calls()).append('\t').append(measures.clientErrors()).append('\t')
                    .append(measures.serverErrors()).append('\t').append(measures.requestBytes()).append('\t')
                    .append(measures.responseBytes()).append('\t').append("\\\\x")
                    .append(HEX.formatHex(measures.latency().toBytes())).append('\t');
            StringBuilder statuses = new StringBuilder();
            measures.statuses().forEach((status, calls) -> statuses.append(statuses.isEmpty() ? "" : ",")
                    .append(status).append(':').append(calls));
            text.append(statuses).append('\n');
        });
    }
}
