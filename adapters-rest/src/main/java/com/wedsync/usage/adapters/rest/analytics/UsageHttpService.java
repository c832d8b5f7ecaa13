package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.analytics.QueryUsageCommand;
import com.wedsync.usage.application.analytics.QueryUsageUseCase;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.InstantSource;

/**
 * {@code GET /organizations/{id}/usage?from=&to=&granularity=} ({@link RangeParameters}). Owners and viewers see
 * their own organization only.
 */
public final class UsageHttpService implements HttpService {

    private static final QueryParameters RANGE = QueryParameters.of("from", "to", "granularity");
    private static final String PATH = "/organizations/{id}/usage";
    private static final ObjectWriter ANSWER_WRITER = Json.writerFor(UsageReportJson.class);

    private final QueryUsageUseCase queryUsage;
    private final InstantSource clock;

    public UsageHttpService(QueryUsageUseCase queryUsage, InstantSource clock) {
        this.queryUsage = queryUsage;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, RANGE.guard(this::query));
        MethodNotAllowed.fallback(rules, PATH, "GET");
    }

    private void query(ServerRequest request, ServerResponse response) {
        Principal principal = Caller.readingAnalytics(request);
        OrganizationId organization = new OrganizationId(request.path().pathParameters().get("id"));
        RangeParameters range = RangeParameters.of(request.query(), clock);
        QueryUsageCommand command = new QueryUsageCommand(principal, organization, range.from(), range.to(),
                range.granularity());
        JsonBodies.send(response, 200, ANSWER_WRITER, UsageReportJson.fromDomain(queryUsage.query(command)));
    }
}
