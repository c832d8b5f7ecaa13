package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Reads stored events back in chunks, for the rollup check and the backfill: the only readers of raw events. Rows
 * are streamed (a fetch size, inside a transaction, which is what makes PostgreSQL's driver use a cursor).
 */
final class StoredEvents {

    static final String COLUMNS = "event_id, organization_id, api_key_id, endpoint, method, status, latency_ms,"
            + " request_bytes, response_bytes, occurred_at";
    private static final int FETCH_SIZE = 10_000;

    interface ChunkSink {
        void accept(List<UsageEvent> chunk) throws SQLException;
    }

    private StoredEvents() {
    }

    /** Runs {@code sql} (selecting {@link #COLUMNS}) and hands its events on in chunks of at most {@code chunk}. */
    static long stream(Connection connection, String sql, List<Object> parameters, int chunk, ChunkSink sink)
            throws SQLException {
        long events = 0;
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                List<UsageEvent> pending = new ArrayList<>(chunk);
                while (rows.next()) {
                    pending.add(event(rows));
                    events++;
                    if (pending.size() == chunk) {
                        sink.accept(pending);
                        pending = new ArrayList<>(chunk);
                    }
                }
                if (!pending.isEmpty()) {
                    sink.accept(pending);
                }
            }
        }
        return events;
    }

    private static UsageEvent event(ResultSet row) throws SQLException {
        String apiKey = row.getString("api_key_id");
        int latency = row.getInt("latency_ms");
        OptionalInt latencyMs = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(latency);
        return new UsageEvent(new EventId(row.getObject("event_id", UUID.class)),
                new OrganizationId(row.getString("organization_id")),
                Optional.ofNullable(apiKey).map(ApiKeyId::new), new Endpoint(row.getString("endpoint")),
                HttpMethod.valueOf(row.getString("method")), row.getInt("status"), latencyMs,
                row.getLong("request_bytes"), row.getLong("response_bytes"),
                Timestamps.instant(row.getObject("occurred_at")));
    }
}
