package com.wedsync.usage.adapters.rest.health;

import com.wedsync.usage.adapters.rest.json.JsonBodies;
import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.util.function.Supplier;

/**
 * {@code /live} and {@code /ready}, public and cheap enough for load balancers. Live means the process answers;
 * ready tells the {@link HealthStatus}: 200 UP or DEGRADED (decisions without the shared counters), 503 DOWN when
 * the database does not answer, so that traffic goes elsewhere.
 */
public final class HealthHttpService implements HttpService {

    private final Supplier<HealthStatus> health;

    public HealthHttpService(Supplier<HealthStatus> health) {
        this.health = health;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/live", (request, response) -> send(request, response, HealthStatus.UP))
                .head("/live", (request, response) -> send(request, response, HealthStatus.UP))
                .get("/ready", this::ready)
                .head("/ready", this::ready);
        MethodNotAllowed.fallback(rules, "/live", "GET, HEAD");
        MethodNotAllowed.fallback(rules, "/ready", "GET, HEAD");
    }

    private void ready(ServerRequest request, ServerResponse response) {
        send(request, response, health.get());
    }

    /** A HEAD (some load balancers probe with it) gets the status and headers only. */
    private static void send(ServerRequest request, ServerResponse response, HealthStatus status) {
        response.status(status.httpStatus());
        response.header(ConstantJson.CONTENT_TYPE);
        JsonBodies.sendUnlessHead(request, response, status.body());
    }
}
