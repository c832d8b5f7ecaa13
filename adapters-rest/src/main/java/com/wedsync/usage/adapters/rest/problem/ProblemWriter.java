package com.wedsync.usage.adapters.rest.problem;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.adapters.rest.json.Json;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Writes problem bodies as {@code application/problem+json}. */
public final class ProblemWriter {

    public static final Header CONTENT_TYPE = HeaderValues.createCached(HeaderNames.CONTENT_TYPE,
            "application/problem+json");

    private final ObjectWriter writer = Json.writerFor(ProblemJson.class);

    public void send(ServerResponse response, ProblemJson problem) {
        response.status(problem.status());
        response.header(CONTENT_TYPE);
        response.send(bytes(problem));
    }

    /** The answer to {@code request}: to a HEAD, the status and headers without the body, as HTTP wants. */
    public void send(ServerRequest request, ServerResponse response, ProblemJson problem) {
        if (request.prologue().method() == Method.HEAD) {
            response.status(problem.status());
            response.header(CONTENT_TYPE);
            response.send();
            return;
        }
        send(response, problem);
    }

    public byte[] bytes(ProblemJson problem) {
        return Json.write(writer, problem);
    }
}
