package com.wedsync.usage.adapters.rest.analytics;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.auth.Caller;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.adapters.rest.query.QueryParameters;
import com.wedsync.usage.application.analytics.QuerySystemUsageCommand;
import com.wedsync.usage.application.analytics.QuerySystemUsageUseCase;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.time.InstantSource;

/** {@code GET /system/usage?from=&to=&granularity=} ({@link RangeParameters}), on UTC's calendar; admins only. */
public final class SystemUsageHttpService implements HttpService {

    private static final QueryParameters RANGE = QueryParameters.of("from", "to", "granularity");
    private static final String PATH = "/system/usage";
    private static final ObjectWriter ANSWER_WRITER = Json.writerFor(SystemUsageReportJson.class);

    private final QuerySystemUsageUseCase querySystemUsage;
    private final InstantSource clock;

    public SystemUsageHttpService(QuerySystemUsageUseCase querySystemUsage, InstantSource clock) {
        this.querySystemUsage = querySystemUsage;
        this.clock = clock;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, RANGE.guard(this::query));
        MethodNotAllowed.fallback(rules, PATH, "GET");
    }

    private void query(ServerRequest request, ServerResponse response) {
        Principal principal = Caller.admin(request);
        RangeParameters range = RangeParameters.of(request.query(), clock);
        QuerySystemUsageCommand command = new QuerySystemUsageCommand(principal, range.from(), range.to(),
                range.granularity());
        JsonBodies.send(response, 200, ANSWER_WRITER,
                SystemUsageReportJson.fromDomain(querySystemUsage.query(command)));
    }
}
