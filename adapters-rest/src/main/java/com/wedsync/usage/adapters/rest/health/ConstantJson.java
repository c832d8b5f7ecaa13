package com.wedsync.usage.adapters.rest.health;

import com.wedsync.usage.adapters.rest.json.JsonBodies;
import io.helidon.http.Header;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /v1/ping}: a public route that answers the same bytes every time. It is the baseline the decision
 * route's throughput is measured against, so it does only what every route must: write a JSON answer.
 */
public final class ConstantJson implements Handler {

    static final Header CONTENT_TYPE = JsonBodies.CONTENT_TYPE;

    private final byte[] body;

    private ConstantJson(String json) {
        this.body = json.getBytes(StandardCharsets.UTF_8);
    }

    public static ConstantJson pong() {
        return new ConstantJson("{\"pong\":true}");
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response) {
        response.header(CONTENT_TYPE);
        JsonBodies.sendUnlessHead(request, response, body);
    }
}
