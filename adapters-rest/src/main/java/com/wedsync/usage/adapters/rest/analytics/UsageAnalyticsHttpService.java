package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.analytics.QueryUsageCommand;
import com.wedsync.usage.application.analytics.QueryUsageUseCase;
import com.wedsync.usage.application.analytics.TimeRange;
import com.wedsync.usage.domain.Require;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.Instant;
import java.time.InstantSource;

/**
 * {@code GET /api/usage-analytics?organizationId=&timeRange=}: the original endpoint, the organization view of
 * {@code /v1/organizations/{id}/usage} over the {@link TimeRange} that ends now. Both parameters are required and no
 * others are accepted, so that a misspelt one is a 400 rather than silently ignored. Owners and viewers see their own
 * organization only; another's is 404, as on the v1 path.
 */
public final class UsageAnalyticsHttpService implements HttpService {

    private static final String PATH = "/usage-analytics";
    private static final QueryParameters PARAMETERS = QueryParameters.of("organizationId", "timeRange");
    private static final ObjectWriter ANSWER_WRITER = Json.writerFor(UsageReportJson.class);

    private final QueryUsageUseCase queryUsage;
    private final InstantSource clock;

    public UsageAnalyticsHttpService(QueryUsageUseCase queryUsage, InstantSource clock) {
        this.queryUsage = queryUsage;
        this.clock = clock;
    }

    /**
     * Only GET is routed here. POST on the same path (usage alert thresholds) belongs to another HttpService, so the
     * 405 fallback leaves POST alone: that service's route is reached whichever of the two is registered first. Its
     * own fallback must leave GET alone likewise ({@link MethodNotAllowed#fallbackLeaving}).
     */
    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, PARAMETERS.guard(this::query));
        MethodNotAllowed.fallbackLeaving(rules, PATH, "GET, POST", Method.GET, Method.POST);
    }

    private void query(ServerRequest request, ServerResponse response) {
        Principal principal = Caller.readingAnalytics(request);
        UriQuery query = request.query();
        OrganizationId organization = new OrganizationId(required(query, "organizationId"));
        TimeRange range = timeRange(required(query, "timeRange"));
        Instant to = clock.instant();
        QueryUsageCommand command = new QueryUsageCommand(principal, organization, to.minus(range.span()), to,
                range.granularity());
        JsonBodies.send(response, 200, ANSWER_WRITER, UsageReportJson.fromDomain(queryUsage.query(command)));
    }

    private static String required(UriQuery query, String name) {
        return query.first(name).asOptional().filter(value -> !value.isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is required"));
    }

    private static TimeRange timeRange(String text) {
        return TimeRange.fromWireName(text).orElseThrow(() -> new IllegalArgumentException(
                "'timeRange' must be one of 24h, 7d, 30d, 90d, was " + Require.quoted(text)));
    }
}
