package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.CopyFields;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.SortedMap;

/**
 * Adds rollup changes on PostgreSQL inside the caller's transaction, the one that stores the events they count, as
 * rows of {@code usage_rollup_delta}: one COPY, plain inserts, no row of {@code usage_rollup} read or locked. So
 * concurrent appends that count in the same cells (a busy organization's current quarter hour) do not wait for
 * each other, as they did with {@link RollupWriter}'s read-merge-write. The readers add these rows to the cells,
 * and {@link RollupCompactor} merges them into the cells in the background.
 */
public final class RollupDeltas {

    static final String TABLE = "usage_rollup_delta";
    private static final String COPY = "COPY " + TABLE + " (" + RollupRow.KEY_COLUMNS + ", "
            + RollupRow.MEASURE_COLUMNS + ") FROM STDIN";

    private RollupDeltas() {
    }

    public static void add(Connection connection, SortedMap<RollupKey, UsageMeasures> changes) throws SQLException {
        if (changes.isEmpty()) {
            return;
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY,
                    new ByteArrayInputStream(copyText(changes).getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("could not copy the rollup changes to PostgreSQL", e);
        }
    }

    /** One line per cell, the columns in {@link RollupRow}'s order. */
    static String copyText(SortedMap<RollupKey, UsageMeasures> changes) {
        StringBuilder text = new StringBuilder(changes.size() * 160);
        changes.forEach((key, measures) -> {
            CopyFields.text(text, key.scope().id()).append('\t').append(key.kind().code()).append('\t');
            CopyFields.instant(text, key.bucketStart()).append('\t');
            CopyFields.text(text, RollupRow.endpoint(key)).append('\t');
            CopyFields.text(text, RollupRow.method(key)).append('\t');
            text.append(measures.calls()).append('\t').append(measures.clientErrors()).append('\t')
                    .append(measures.serverErrors()).append('\t').append(measures.requestBytes()).append('\t')
                    .append(measures.responseBytes()).append('\t');
            CopyFields.bytes(text, measures.latency().toBytes()).append('\t');
            CopyFields.text(text, RollupRow.statusesText(measures.statuses())).append('\n');
        });
        return text.toString();
    }
}
