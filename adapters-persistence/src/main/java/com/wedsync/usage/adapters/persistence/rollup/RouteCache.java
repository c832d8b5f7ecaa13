package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.Timestamps;
import com.wedsync.usage.domain.analytics.RollupKey;
import com.wedsync.usage.domain.analytics.RollupKind;
import com.wedsync.usage.domain.analytics.RollupScope;
import com.wedsync.usage.domain.analytics.Route;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.HttpMethod;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads rollup keys like {@link RollupRow#key}, but builds each distinct route once: a compaction chunk reads
 * thousands of rows of a few dozen routes, and building a route checks its template against a pattern (JFR put that
 * check among the compaction's largest costs). Not thread-safe: one per chunk.
 */
final class RouteCache {

    /** Far above the routes of one chunk; a chunk of rows with more distinct routes only stops caching. */
    private static final int MAX_ROUTES = 4_096;

    private final Map<String, Optional<Route>> routes = new HashMap<>();

    RollupKey key(ResultSet row) throws SQLException {
        RollupKind kind = RollupKind.ofCode(row.getString("kind").charAt(0));
        return new RollupKey(new RollupScope(row.getString("scope")), kind,
                Timestamps.instant(row.getObject("bucket_start")),
                route(row.getString("endpoint"), row.getString("method")));
    }

    private Optional<Route> route(String endpoint, String method) {
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        String cacheKey = method + ' ' + endpoint;
        Optional<Route> route = routes.get(cacheKey);
        if (route == null) {
            route = Optional.of(new Route(new Endpoint(endpoint), HttpMethod.valueOf(method)));
            if (routes.size() < MAX_ROUTES) {
                routes.put(cacheKey, route);
            }
        }
        return route;
    }
}
