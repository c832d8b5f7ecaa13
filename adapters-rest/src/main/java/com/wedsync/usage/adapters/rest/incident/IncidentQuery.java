package com.wedsync.usage.adapters.rest.incident;

import com.wedsync.usage.application.port.IncidentFilter;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.alerting.AlertRuleId;
import com.wedsync.usage.domain.incident.IncidentState;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import io.helidon.common.uri.UriQuery;

import java.util.Optional;
import java.util.function.Function;

/**
 * The filters of {@code GET /v1/incidents}: {@code state}, {@code organizationId}, {@code severity}, {@code ruleId},
 * besides {@code limit} and {@code cursor} (the route refuses any other parameter).
 */
final class IncidentQuery {

    private IncidentQuery() {
    }

    static IncidentFilter filter(UriQuery query) {
        return new IncidentFilter(parameter(query, "state", IncidentQuery::state),
                parameter(query, "organizationId", OrganizationId::new),
                parameter(query, "severity", TriggerIncidentJson::severity),
                parameter(query, "ruleId", id -> AlertRuleId.sentAs("ruleId", id)));
    }

    private static <T> Optional<T> parameter(UriQuery query, String name, Function<String, T> parse) {
        return query.first(name).asOptional().map(parse);
    }

    private static IncidentState state(String wireName) {
        return IncidentState.fromWireName(wireName).orElseThrow(() -> new IllegalArgumentException(
                "'state' must be one of triggered, acknowledged, resolved, was " + Require.quoted(wireName)));
    }
}
