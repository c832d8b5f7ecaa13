package com.wedsync.usage.benchmarks.ingest;

import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.usage.UsageEvent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The peer: one pgJDBC connection per caller, each batch one {@code COPY usage_event FROM STDIN} (text format, the
 * same columns and text as the product writes) in its own transaction (autocommit), so that acknowledged means
 * committed, as for the product. No duplicates check, no staging table, no key table.
 */
final class RawCopy implements AutoCloseable {

    private static final String COPY = "COPY usage_event (event_id, organization_id, api_key_id, endpoint, method,"
            + " status, latency_ms, request_bytes, response_bytes, occurred_at) FROM STDIN";

    private final Connection connection;
    private final CopyManager copy;

    RawCopy(String jdbcUrl, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Copies the batch and commits it; returns the rows the server reports copied. */
    long append(List<UsageEvent> events) {
        try {
            return copy.copyIn(COPY, new StringReader(text(events)));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids and templates of {@link SyntheticEvents} need no escaping. */
    private static String text(List<UsageEvent> events) {
        StringBuilder text = new StringBuilder(events.size() * 160);
        for (UsageEvent event : events) {
            text.append(event.eventId().value()).append('\t')
                    .append(event.organizationId().value()).append('\t')
                    .append(event.apiKeyId().map(ApiKeyId::value).orElse("\\N")).append('\t')
                    .append(event.endpoint().template()).append('\t')
                    .append(event.method().name()).append('\t')
                    .append(event.status()).append('\t')
                    .append(event.latencyMs().isPresent() ? String.valueOf(event.latencyMs().getAsInt()) : "\\N")
                    .append('\t')
                    .append(event.requestBytes()).append('\t').append(event.responseBytes()).append('\t')
                    .append(event.occurredAt().truncatedTo(ChronoUnit.MICROS)).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
