package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.UsageEvent;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The fast path of ingest, for a group whose ids are all new: its key rows COPYed into {@code usage_event_key}, then
 * its events into {@code usage_event}, each in one round trip, every event written once (no staging table, no
 * INSERT … SELECT). If any id already has a key row, the key COPY fails with a unique violation and the caller rolls
 * the transaction back; a concurrent transaction copying the same id makes this one wait for its end, then fail if
 * it committed. Key rows go in id order (PostgreSQL's: bytes unsigned, as {@link CheckedGroup} inserts them), so
 * two groups sharing ids wait for each other in one order and do not deadlock.
 */
final class NewGroup {

    private static final String COPY_KEYS = "COPY usage_event_key (" + CopyText.KEY_COLUMNS + ") FROM STDIN";
    private static final String COPY_EVENTS = "COPY usage_event (" + CopyText.COLUMNS + ") FROM STDIN";
    private static final Comparator<UsageEvent> BY_ID = Comparator
            .comparing((UsageEvent event) -> event.eventId().value(), NewGroup::compareUnsigned);

    private NewGroup() {
    }

    /** Copies the whole group; returns every id of it, all stored, unless it throws. */
    static Set<EventId> copy(Connection connection, List<UsageEvent> events) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyText.Rows rows = CopyText.withKeys(events.stream().sorted(BY_ID).toList());
        try {
            copy.copyIn(COPY_KEYS, new ByteArrayInputStream(rows.keys()));
            copy.copyIn(COPY_EVENTS, new ByteArrayInputStream(rows.events()));
        } catch (IOException e) {
            throw new SQLException("could not copy the usage events to PostgreSQL", e);
        }
        return events.stream().map(UsageEvent::eventId).collect(Collectors.toSet());
    }

    /** The order of PostgreSQL's uuid type: the 16 bytes compared unsigned, first to last. */
    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
