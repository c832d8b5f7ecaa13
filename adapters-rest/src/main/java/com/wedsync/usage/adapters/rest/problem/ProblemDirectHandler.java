package com.wedsync.usage.adapters.rest.problem;

import io.helidon.http.DirectHandler;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

/**
 * Answers, as problem bodies, the failures the web server meets before any route runs (a malformed request line,
 * headers too large, a body over the server's size limit). Helidon's message is not shown: it is not ours.
 */
public final class ProblemDirectHandler implements DirectHandler {

    private final ProblemWriter writer;

    public ProblemDirectHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        ProblemType type = ProblemType.forStatus(status.code());
        String detail = switch (type) {
            case PAYLOAD_TOO_LARGE -> "the request body is too large";
            case INTERNAL_ERROR -> "an unexpected error occurred; it has been logged";
            default -> "the request could not be understood";
        };
        headers.set(ProblemWriter.CONTENT_TYPE);
        return TransportResponse.builder()
                .status(Status.create(type.status()))
                .headers(headers)
                .entity(writer.bytes(ProblemJson.of(type, detail, request.path())))
                .keepAlive(eventType.keepAlive())
                .build();
    }
}
