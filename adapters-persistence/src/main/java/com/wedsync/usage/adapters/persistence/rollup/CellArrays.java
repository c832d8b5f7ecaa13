package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.UsageMeasures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Cell keys, and optionally their measures, bound as one PostgreSQL array per column, for statements that
 * {@code unnest} them: one statement and one plan whatever the number of cells, where a row-value IN list of
 * 1,000 keys costs 5,000 parameters and a plan that grows with it.
 */
final class CellArrays {

    /** The five key columns as a row source named {@code k}, bound by {@link #bindKeys}. */
    static final String KEYS = "unnest(?::varchar[], ?::bpchar[], ?::timestamptz[], ?::varchar[], ?::varchar[])"
            + " AS k(scope, kind, bucket_start, endpoint, method)";
    /** The key and measure columns as a row source named {@code v}; bound by {@link #bindKeysAndMeasures}. */
    static final String KEYS_AND_MEASURES = "unnest(?::varchar[], ?::bpchar[], ?::timestamptz[], ?::varchar[],"
            + " ?::varchar[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bytea[],"
            + " ?::varchar[]) AS v(scope, kind, bucket_start, endpoint, method, calls, client_errors, server_errors,"
            + " request_bytes, response_bytes, latency, statuses)";

    private CellArrays() {
    }

    /** Binds the five key arrays from parameter {@code first} on; returns the next parameter. */
    static int bindKeys(PreparedStatement statement, int first, List<RollupKey> keys) throws SQLException {
        Connection connection = statement.getConnection();
        int size = keys.size();
        String[] scopes = new String[size];
        String[] kinds = new String[size];
        String[] starts = new String[size];
        String[] endpoints = new String[size];
        String[] methods = new String[size];
        for (int i = 0; i < size; i++) {
            RollupKey key = keys.get(i);
            scopes[i] = key.scope().id();
            kinds[i] = String.valueOf(key.kind().code());
            starts[i] = key.bucketStart().toString();
            endpoints[i] = RollupRow.endpoint(key);
            methods[i] = RollupRow.method(key);
        }
        statement.setArray(first, connection.createArrayOf("varchar", scopes));
        statement.setArray(first + 1, connection.createArrayOf("varchar", kinds));
        statement.setArray(first + 2, connection.createArrayOf("varchar", starts));
        statement.setArray(first + 3, connection.createArrayOf("varchar", endpoints));
        statement.setArray(first + 4, connection.createArrayOf("varchar", methods));
        return first + 5;
    }

    static void bindKeysAndMeasures(PreparedStatement statement, List<RollupKey> keys,
                                    Map<RollupKey, UsageMeasures> measures) throws SQLException {
        bindKeys(statement, 1, keys);
        Connection connection = statement.getConnection();
        int size = keys.size();
        Long[][] counts = new Long[5][size];
        byte[][] latencies = new byte[size][];
        String[] statuses = new String[size];
        for (int i = 0; i < size; i++) {
            UsageMeasures cell = measures.get(keys.get(i));
            counts[0][i] = cell.calls();
            counts[1][i] = cell.clientErrors();
            counts[2][i] = cell.serverErrors();
            counts[3][i] = cell.requestBytes();
            counts[4][i] = cell.responseBytes();
            latencies[i] = cell.latency().toBytes();
            statuses[i] = RollupRow.statusesText(cell.statuses());
        }
        for (int column = 0; column < counts.length; column++) {
            statement.setArray(6 + column, connection.createArrayOf("bigint", counts[column]));
        }
        statement.setArray(11, connection.createArrayOf("bytea", latencies));
        statement.setArray(12, connection.createArrayOf("varchar", statuses));
    }
}
