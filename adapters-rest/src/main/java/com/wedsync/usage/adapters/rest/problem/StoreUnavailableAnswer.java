package com.wedsync.usage.adapters.rest.problem;

import com.wedsync.usage.application.StoreUnavailableException;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * The answer while the store cannot be reached: 503 {@code store-unavailable} with {@code Retry-After}. An outage
 * is not a bug, so the caller is told to send the request again later instead of getting a 500, and the server
 * logs one line per request rather than a stack trace.
 */
final class StoreUnavailableAnswer {

    private static final System.Logger LOG = System.getLogger(StoreUnavailableAnswer.class.getName());
    private static final String DETAIL = "the usage store cannot be reached right now; nothing of this request was"
            + " done: send it again after the Retry-After time (usage events sent again are stored once)";
    /** About the pool's connection timeout: sooner, a retry would mostly wait that long for its own refusal. */
    static final Header RETRY_AFTER = HeaderValues.createCached(HeaderNames.RETRY_AFTER, "5");
    /** Bounds the walks along the causes, so that a chain that loops cannot hang them. */
    private static final int MAX_CAUSES = 32;

    private final ProblemWriter writer;

    StoreUnavailableAnswer(ProblemWriter writer) {
        this.writer = writer;
    }

    /**
     * The unavailable store, if that is what went wrong, wherever a framework wrapped it: the answer must not
     * depend on who caught the failure first.
     */
    static Optional<StoreUnavailableException> in(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof StoreUnavailableException unavailable) {
                return Optional.of(unavailable);
            }
        }
        return Optional.empty();
    }

    void send(StoreUnavailableException unavailable, ServerRequest request, ServerResponse response,
              String instance) {
        LOG.log(Level.WARNING, "store unavailable for " + request.prologue().method().text() + " " + instance
                + ": " + unavailable.getMessage() + " (" + rootMessage(unavailable) + ")");
        response.header(RETRY_AFTER);
        writer.send(request, response, ProblemJson.of(ProblemType.STORE_UNAVAILABLE, DETAIL, instance));
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
