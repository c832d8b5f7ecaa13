package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.analytics.LatencyHistogram;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.analytics.RollupScope;
import com.wedsync.usage.domain.analytics.Route;
import com.wedsync.usage.domain.analytics.UsageMeasures;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.HttpMethod;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** How a rollup key and its measures map to the columns of {@code usage_rollup}. */
final class RollupRow {

    static final String KEY_COLUMNS = "scope, kind, bucket_start, endpoint, method";
    static final String MEASURE_COLUMNS = "calls, client_errors, server_errors, request_bytes, response_bytes,"
            + " latency, statuses";
    private static final String NO_ROUTE = "";

    private RollupRow() {
    }

    /** Binds the five key columns from {@code first} on. */
    static int bindKey(PreparedStatement statement, int first, RollupKey key) throws SQLException {
        statement.setString(first, key.scope().id());
        statement.setString(first + 1, String.valueOf(key.kind().code()));
        statement.setObject(first + 2, Timestamps.parameter(key.bucketStart()));
        statement.setString(first + 3, endpoint(key));
        statement.setString(first + 4, method(key));
        return first + 5;
    }

    /** The endpoint column: the route's template, or empty for a key without a route. */
    static String endpoint(RollupKey key) {
        return key.route().map(route -> route.endpoint().template()).orElse(NO_ROUTE);
    }

    static String method(RollupKey key) {
        return key.route().map(route -> route.method().name()).orElse(NO_ROUTE);
    }

    static void bindMeasures(PreparedStatement statement, int first, UsageMeasures measures) throws SQLException {
        statement.setLong(first, measures.calls());
        statement.setLong(first + 1, measures.clientErrors());
        statement.setLong(first + 2, measures.serverErrors());
        statement.setLong(first + 3, measures.requestBytes());
        statement.setLong(first + 4, measures.responseBytes());
        statement.setBytes(first + 5, measures.latency().toBytes());
        statement.setString(first + 6, statusesText(measures.statuses()));
    }

    static RollupKey key(ResultSet row) throws SQLException {
        RollupKind kind = RollupKind.ofCode(row.getString("kind").charAt(0));
        String endpoint = row.getString("endpoint");
        Optional<Route> route = endpoint.isEmpty() ? Optional.empty()
                : Optional.of(new Route(new Endpoint(endpoint), HttpMethod.valueOf(row.getString("method"))));
        return new RollupKey(new RollupScope(row.getString("scope")), kind,
                Timestamps.instant(row.getObject("bucket_start")), route);
    }

    static UsageMeasures measures(ResultSet row) throws SQLException {
        return UsageMeasures.of(row.getLong("calls"), row.getLong("client_errors"), row.getLong("server_errors"),
                row.getLong("request_bytes"), row.getLong("response_bytes"),
                LatencyHistogram.fromBytes(row.getBytes("latency")), statuses(row.getString("statuses")));
    }

    static String statusesText(Map<Integer, Long> statuses) {
        StringBuilder text = new StringBuilder(statuses.size() * 8);
        statuses.forEach((status, calls) -> text.append(text.isEmpty() ? "" : ",").append(status).append(':')
                .append(calls));
        return text.toString();
    }

    static SortedMap<Integer, Long> statuses(String text) {
        SortedMap<Integer, Long> statuses = new TreeMap<>();
        if (!text.isEmpty()) {
            for (String pair : text.split(",")) {
                int colon = pair.indexOf(':');
                statuses.put(Integer.parseInt(pair, 0, colon, 10), Long.parseLong(pair, colon + 1, pair.length(), 10));
            }
        }
        return statuses;
    }

    /** Adds {@code measures} to the sum of {@code key}, which is {@code measures} itself if it is the first. */
    static <K> void merge(Map<K, UsageMeasures> into, K key, UsageMeasures measures) {
        UsageMeasures sum = into.putIfAbsent(key, measures);
        if (sum != null) {
            sum.add(measures);
        }
    }
}
