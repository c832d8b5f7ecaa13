package com.wedsync.usage.adapters.rest.problem;

import io.helidon.http.DirectHandler;
import io.helidon.http.ServerResponseHeaders;
import io.helidon.http.Status;

import java.lang.System.Logger.Level;

/**
 * Answers, as problem bodies, the failures the web server meets before any route runs (a malformed request line,
 * headers too large, a body over the server's size limit). Helidon's message is not shown: it is not ours.
 */
public final class ProblemDirectHandler implements DirectHandler {

    private static final System.Logger LOG = System.getLogger(ProblemDirectHandler.class.getName());

    private final ProblemWriter writer;

    public ProblemDirectHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public TransportResponse handle(TransportRequest request, EventType eventType, Status status,
                                    ServerResponseHeaders headers, String message) {
        ProblemType type = typeOf(eventType, status);
        String detail = switch (type) {
            case PAYLOAD_TOO_LARGE -> "the request body is too large";
            case HTTP_VERSION_NOT_SUPPORTED -> "this API speaks HTTP/1.1 and HTTP/2, not HTTP/1.0";
            case INTERNAL_ERROR -> "an unexpected error occurred; it has been logged";
            default -> "the request could not be understood";
        };
        if (type == ProblemType.INTERNAL_ERROR) {
            LOG.log(Level.ERROR, "the web server failed a request to " + request.path() + " (" + eventType + "): "
                    + message);
        }
        headers.set(ProblemWriter.CONTENT_TYPE);
        return TransportResponse.builder()
                .status(Status.create(type.status()))
                .headers(headers)
                .entity(writer.bytes(ProblemJson.of(type, detail, request.path())))
                .keepAlive(eventType.keepAlive())
                .build();
    }

    /**
     * The event type tells whose mistake it was: Helidon refuses HTTP/1.0, and a transfer coding it does not
     * support, with a server error status but with an event type that names the client's request.
     */
    private static ProblemType typeOf(EventType eventType, Status status) {
        return switch (eventType) {
            case HTTP_VERSION_NOT_SUPPORTED -> ProblemType.HTTP_VERSION_NOT_SUPPORTED;
            case BAD_REQUEST -> status.code() < 500 ? ProblemType.forStatus(status.code())
                    : ProblemType.INVALID_REQUEST;
            default -> ProblemType.forStatus(status.code());
        };
    }
}
