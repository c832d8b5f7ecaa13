package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.AppendOutcome;
import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;

/**
 * One JDBC batch of {@code INSERT … ON CONFLICT DO NOTHING}: the count of each row says whether it was stored (1)
 * or its event id was already there (0). Both H2 and PostgreSQL report that count per row, and both make a
 * concurrent insert of the same id wait for the first transaction and then count 0, so a race stores it once.
 * (H2 accepts no conflict target; the primary key is the table's only unique constraint, so none is needed.)
 */
final class EventBatch {

    private static final String INSERT = "INSERT INTO usage_event (event_id, organization_id, api_key_id, endpoint,"
            + " method, status, latency_ms, request_bytes, response_bytes, occurred_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private EventBatch() {
    }

    static List<AppendOutcome> insert(Connection connection, List<UsageEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (UsageEvent event : events) {
                bind(insert, event);
                insert.addBatch();
            }
            return Arrays.stream(insert.executeBatch()).mapToObj(EventBatch::outcome).toList();
        }
    }

    private static void bind(PreparedStatement insert, UsageEvent event) throws SQLException {
        insert.setObject(1, event.eventId().value());
        insert.setString(2, event.organizationId().value());
        insert.setString(3, event.apiKeyId().map(ApiKeyId::value).orElse(null));
        insert.setString(4, event.endpoint().template());
        insert.setString(5, event.method().name());
        insert.setShort(6, (short) event.status());
        if (event.latencyMs().isPresent()) {
            insert.setInt(7, event.latencyMs().getAsInt());
        } else {
            insert.setNull(7, Types.INTEGER);
        }
        insert.setLong(8, event.requestBytes());
        insert.setLong(9, event.responseBytes());
        insert.setObject(10, Timestamps.parameter(event.occurredAt()));
    }

    /** A driver that answers "success, count unknown" (e.g. PostgreSQL with reWriteBatchedInserts) cannot be used. */
    private static AppendOutcome outcome(int rowCount) {
        return switch (rowCount) {
            case 1 -> AppendOutcome.STORED;
            case 0 -> AppendOutcome.DUPLICATE;
            default -> throw new IllegalStateException(
                    "the JDBC driver must report the row count of every batched insert, reported " + rowCount);
        };
    }
}
