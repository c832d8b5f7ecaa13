package com.wedsync.usage.adapters.persistence.usage;

import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.adapters.persistence.sql.Statements;
import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.application.port.EndpointUsage;
import com.wedsync.usage.application.port.UsageBucket;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import io.helidon.dbclient.DbRow;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The aggregates analytics reads, computed by the database over the half-open range {@code [from, to)} with the
 * (organization_id, occurred_at) index. Quarter hours are numbered by floor(epoch seconds / 900), an expression
 * H2 and PostgreSQL both evaluate; the sums are cast to BIGINT because PostgreSQL sums BIGINT into NUMERIC.
 */
final class UsageAggregates {

    private static final String RANGE = " FROM usage_event WHERE organization_id = ? AND occurred_at >= ?"
            + " AND occurred_at < ?";
    private static final String BUCKETS = "SELECT bucket, COUNT(*) AS calls,"
            + " SUM(CASE WHEN status BETWEEN 400 AND 499 THEN 1 ELSE 0 END) AS client_errors,"
            + " SUM(CASE WHEN status >= 500 THEN 1 ELSE 0 END) AS server_errors,"
            + " CAST(SUM(request_bytes) AS BIGINT) AS request_bytes,"
            + " CAST(SUM(response_bytes) AS BIGINT) AS response_bytes,"
            + " COUNT(latency_ms) AS latency_count, CAST(SUM(latency_ms) AS BIGINT) AS latency_sum"
            + " FROM (SELECT CAST(FLOOR(EXTRACT(EPOCH FROM occurred_at) / " + UsageBucket.SECONDS + ") AS BIGINT)"
            + " AS bucket, status, request_bytes, response_bytes, latency_ms" + RANGE + ") ranged"
            + " GROUP BY bucket ORDER BY bucket";
    private static final String TOP_ENDPOINTS = "SELECT endpoint, method, COUNT(*) AS calls,"
            + " SUM(CASE WHEN status >= 400 THEN 1 ELSE 0 END) AS errors" + RANGE
            + " GROUP BY endpoint, method ORDER BY calls DESC, endpoint, method LIMIT ?";
    private static final String STATUS_COUNTS = "SELECT status, COUNT(*) AS calls" + RANGE
            + " GROUP BY status ORDER BY status";

    private final Statements sql;

    UsageAggregates(Statements sql) {
        this.sql = sql;
    }

    List<UsageBucket> buckets(OrganizationId organization, Instant from, Instant to) {
        return sql.list(UsageAggregates::bucket, BUCKETS, range(organization, from, to));
    }

    List<EndpointUsage> topEndpoints(OrganizationId organization, Instant from, Instant to, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("'limit' must not be negative, was " + limit);
        }
        Object[] range = range(organization, from, to);
        return limit == 0 ? List.of() : sql.list(row -> new EndpointUsage(row.column("endpoint").getString(),
                row.column("method").getString(), Numbers.longOf(row, "calls"), Numbers.longOf(row, "errors")),
                TOP_ENDPOINTS, range[0], range[1], range[2], limit);
    }

    Map<Integer, Long> statusCounts(OrganizationId organization, Instant from, Instant to) {
        List<Map.Entry<Integer, Long>> rows = sql.list(row -> Map.entry((int) Numbers.longOf(row, "status"),
                Numbers.longOf(row, "calls")), STATUS_COUNTS, range(organization, from, to));
        Map<Integer, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put(row.getKey(), row.getValue()));
        return Collections.unmodifiableMap(counts);
    }

    private static Object[] range(OrganizationId organization, Instant from, Instant to) {
        return new Object[] {organization.value(), Timestamps.parameter(from), Timestamps.parameter(to)};
    }

    private static UsageBucket bucket(DbRow row) {
        return new UsageBucket(Instant.ofEpochSecond(Numbers.longOf(row, "bucket") * UsageBucket.SECONDS),
                Numbers.longOf(row, "calls"), Numbers.longOf(row, "client_errors"),
                Numbers.longOf(row, "server_errors"), Numbers.longOf(row, "request_bytes"),
                Numbers.longOf(row, "response_bytes"), Numbers.longOf(row, "latency_count"),
                Numbers.longOf(row, "latency_sum"));
    }
}
