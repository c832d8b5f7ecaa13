package com.wedsync.usage.adapters.rest.health;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.health.HealthMonitor;
import com.wedsync.usage.application.health.HealthSnapshot;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.Optional;

/**
 * {@code GET /api/health-monitoring}: without credentials, the public summary for load balancers, served from
 * the monitor's last snapshot rendered once (no probe, no database query per call); with an admin's token, every
 * component with its figures. Another principal's token is refused (403): the summary needs none. POST of the same
 * path (incident actions) belongs to another service, so the 405 fallback leaves it alone.
 */
public final class HealthMonitoringHttpService implements HttpService {

    public static final String PATH = "/health-monitoring";
    private static final Header NO_STORE = HeaderValues.createCached(HeaderNames.CACHE_CONTROL, "no-store");
    private static final ObjectWriter DETAIL = Json.writerFor(HealthDetailJson.class);

    private final HealthMonitor monitor;
    private volatile HealthSummary summary;

    public HealthMonitoringHttpService(HealthMonitor monitor) {
        this.monitor = monitor;
        this.summary = HealthSummary.of(monitor.latest());
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get(PATH, this::health)
                .head(PATH, this::health);
        MethodNotAllowed.fallbackLeaving(rules, PATH, "GET, HEAD, POST", Method.GET, Method.HEAD, Method.POST);
    }

    private void health(ServerRequest request, ServerResponse response) {
        Optional<Principal> caller = request.context().get(Principal.class);
        response.header(NO_STORE);
        if (caller.isEmpty()) {
            HealthSummary current = current();
            response.status(current.httpStatus());
            response.header(ConstantJson.CONTENT_TYPE);
            JsonBodies.sendUnlessHead(request, response, current.body());
            return;
        }
        if (!caller.get().isAdmin()) {
            throw new AccessDeniedException("only an admin may see the health of each component; "
                    + "send no token for the public summary");
        }
        HealthSnapshot snapshot = monitor.latest();
        response.status(HealthSummary.of(snapshot).httpStatus());
        response.header(ConstantJson.CONTENT_TYPE);
        JsonBodies.sendUnlessHead(request, response, Json.write(DETAIL, HealthDetailJson.fromDomain(snapshot)));
    }

    /** The summary of the monitor's latest snapshot, rendered only when the snapshot is new. */
    private HealthSummary current() {
        HealthSnapshot latest = monitor.latest();
        HealthSummary rendered = summary;
        if (rendered.snapshot() != latest) {
            rendered = HealthSummary.of(latest);
            summary = rendered;
        }
        return rendered;
    }
}
