package com.wedsync.usage.adapters.rest.problem;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.json.Json;
import com.wedsync.usage.adapters.rest.json.JsonBodies;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Writes problem bodies as {@code application/problem+json}. */
public final class ProblemWriter {

    public static final Header CONTENT_TYPE = HeaderValues.createCached(HeaderNames.CONTENT_TYPE,
            "application/problem+json");

    private final ObjectWriter writer = Json.writerFor(ProblemJson.class);

    /** The problem as the answer to {@code request} (to a HEAD without its body). */
    public void send(ServerRequest request, ServerResponse response, ProblemJson problem) {
        response.status(problem.status());
        response.header(CONTENT_TYPE);
        JsonBodies.sendUnlessHead(request, response, bytes(problem));
    }

    public byte[] bytes(ProblemJson problem) {
        return Json.write(writer, problem);
    }
}
