package com.wedsync.usage.adapters.rest.health;

import com.wedsync.usage.adapters.rest.problem.MethodNotAllowed;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

/**
 * {@code /live} and {@code /ready}, public and cheap enough for load balancers. Live means the process answers;
 * ready means the database answers too (503 otherwise, so that traffic goes elsewhere).
 */
public final class HealthHttpService implements HttpService {

    private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DOWN = "{\"status\":\"DOWN\"}".getBytes(StandardCharsets.US_ASCII);

    private final BooleanSupplier databaseAnswers;

    public HealthHttpService(BooleanSupplier databaseAnswers) {
        this.databaseAnswers = databaseAnswers;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/live", (request, response) -> send(response, true))
                .get("/ready", this::ready);
        MethodNotAllowed.fallback(rules, "/live", "GET");
        MethodNotAllowed.fallback(rules, "/ready", "GET");
    }

    private void ready(ServerRequest request, ServerResponse response) {
        send(response, databaseAnswers.getAsBoolean());
    }

    private static void send(ServerResponse response, boolean up) {
        response.status(up ? 200 : 503);
        response.header(ConstantJson.CONTENT_TYPE);
        response.send(up ? UP : DOWN);
    }
}
