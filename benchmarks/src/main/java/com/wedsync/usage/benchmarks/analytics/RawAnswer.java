package com.wedsync.usage.benchmarks.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organization view computed from the raw events alone, as a store without rollups has to: the local days with
 * calls, errors, bytes and exact percentiles (percentile_disc), the routes with their calls, errors and p95, the
 * calls per status and the previous period's calls. What the rollups answer is compared against this.
 */
final class RawAnswer {

    private static final String RANGE = " FROM usage_event WHERE organization_id = ? AND occurred_at >= ?"
            + " AND occurred_at < ?";
    private static final String DAYS = "SELECT date_trunc('day', occurred_at AT TIME ZONE ?) AS day, COUNT(*) AS calls,"
            + " SUM(CASE WHEN status BETWEEN 400 AND 499 THEN 1 ELSE 0 END) AS client_errors,"
            + " SUM(CASE WHEN status >= 500 THEN 1 ELSE 0 END) AS server_errors,"
            + " SUM(request_bytes) AS request_bytes, SUM(response_bytes) AS response_bytes,"
            + " percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95" + RANGE + " GROUP BY 1 ORDER BY 1";
    private static final String TOTALS = "SELECT COUNT(*) AS calls,"
            + " percentile_disc(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50,"
            + " percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,"
            + " percentile_disc(0.99) WITHIN GROUP (ORDER BY latency_ms) AS p99" + RANGE;
    private static final String ROUTES = "SELECT endpoint, method, COUNT(*) AS calls,"
            + " SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors,"
            + " percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95" + RANGE
            + " GROUP BY endpoint, method ORDER BY calls DESC, endpoint, method";
    private static final String STATUSES = "SELECT status, COUNT(*) AS calls" + RANGE + " GROUP BY status";
    private static final String COUNT = "SELECT COUNT(*) AS calls" + RANGE;

    record Answer(long calls, int p50, int p95, int p99, Map<String, Long> callsPerDay, Map<String, Integer> p95PerDay,
                  List<String> routesByCalls, Map<String, Integer> p95PerRoute, Map<Integer, Long> statuses,
                  long previousCalls) {
    }

    private RawAnswer() {
    }

    static Answer compute(Connection connection, String organization, ZoneId zone, Instant from, Instant to)
            throws SQLException {
        OffsetDateTime start = from.atOffset(ZoneOffset.UTC);
        OffsetDateTime end = to.atOffset(ZoneOffset.UTC);
        Map<String, Long> callsPerDay = new LinkedHashMap<>();
        Map<String, Integer> p95PerDay = new LinkedHashMap<>();
        query(connection, DAYS, rows -> {
            String day = rows.getTimestamp("day").toLocalDateTime().toLocalDate().toString();
            callsPerDay.put(day, rows.getLong("calls"));
            p95PerDay.put(day, rows.getInt("p95"));
        }, zone.getId(), organization, start, end);
        long[] totals = new long[4];
        query(connection, TOTALS, rows -> {
            totals[0] = rows.getLong("calls");
            totals[1] = rows.getInt("p50");
            totals[2] = rows.getInt("p95");
            totals[3] = rows.getInt("p99");
        }, organization, start, end);
        List<String> routes = new ArrayList<>();
        Map<String, Integer> p95PerRoute = new LinkedHashMap<>();
        query(connection, ROUTES, rows -> {
            String route = rows.getString("endpoint") + " " + rows.getString("method");
            routes.add(route);
            p95PerRoute.put(route, rows.getInt("p95"));
        }, organization, start, end);
        Map<Integer, Long> statuses = new LinkedHashMap<>();
        query(connection, STATUSES, rows -> statuses.put(rows.getInt("status"), rows.getLong("calls")),
                organization, start, end);
        long[] previous = new long[1];
        query(connection, COUNT, rows -> previous[0] = rows.getLong("calls"), organization,
                from.minus(java.time.Duration.between(from, to)).atOffset(ZoneOffset.UTC), start);
        return new Answer(totals[0], (int) totals[1], (int) totals[2], (int) totals[3], callsPerDay, p95PerDay,
                routes, p95PerRoute, statuses, previous[0]);
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowReader reader, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }
}
