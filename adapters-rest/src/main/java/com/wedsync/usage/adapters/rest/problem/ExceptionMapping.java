package com.wedsync.usage.adapters.rest.problem;

import com.wedsync.usage.adapters.rest.json.UnsupportedMediaTypeException;
import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.application.ConflictException;
import com.wedsync.usage.application.InvalidApiKeyException;
import com.wedsync.usage.application.NotFoundException;
import com.wedsync.usage.application.QueryTimeoutException;
import com.wedsync.usage.application.TooLargeException;
import io.helidon.common.buffers.DataReader;
import io.helidon.http.HttpException;
import io.helidon.webserver.http.ErrorHandler;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.lang.System.Logger.Level;

/**
 * The one place where exceptions become answers. Every route and filter ends here on failure, so no stack trace
 * or exception class ever reaches a client: expected failures carry their (safely quoting) validation message,
 * anything unexpected a generic detail, with the exception logged on the server. A store that cannot be reached is
 * no bug: it answers 503 ({@link StoreUnavailableAnswer}), whoever caught the failure first.
 */
public final class ExceptionMapping implements ErrorHandler<Throwable> {

    private static final System.Logger LOG = System.getLogger(ExceptionMapping.class.getName());
    private static final String UNEXPECTED = "an unexpected error occurred; it has been logged";

    private final ProblemWriter writer;
    private final StoreUnavailableAnswer storeUnavailable;

    public ExceptionMapping(ProblemWriter writer) {
        this.writer = writer;
        this.storeUnavailable = new StoreUnavailableAnswer(writer);
    }

    public void register(HttpRouting.Builder routing) {
        routing.error(Throwable.class, this);
    }

    @Override
    public void handle(ServerRequest request, ServerResponse response, Throwable failure) {
        String instance = request.prologue().uriPath().path();
        if (failure instanceof HttpException http) {
            http.headers().forEach(response::header);
        }
        StoreUnavailableAnswer.in(failure).ifPresentOrElse(
                unavailable -> storeUnavailable.send(unavailable, request, response, instance),
                () -> writer.send(request, response, problemFor(failure, request, instance)));
    }

    private static ProblemJson problemFor(Throwable failure, ServerRequest request, String instance) {
        return switch (failure) {
            // Thrown by the web server's own parsing (a malformed chunk size); its message is the JDK's, not ours.
            case NumberFormatException malformed -> ProblemJson.of(ProblemType.INVALID_REQUEST,
                    "the request could not be understood", instance);
            case DataReader.InsufficientDataAvailableException cutShort -> ProblemJson.of(ProblemType.INVALID_REQUEST,
                    "the request body ended before the length it announced", instance);
            case IllegalArgumentException invalid -> ProblemJson.of(ProblemType.INVALID_REQUEST,
                    invalid.getMessage(), instance);
            case NotFoundException missing -> ProblemJson.of(ProblemType.NOT_FOUND, missing.getMessage(), instance);
            case AccessDeniedException denied -> ProblemJson.of(ProblemType.FORBIDDEN, denied.getMessage(), instance);
            case ConflictException conflict -> ProblemJson.of(ProblemType.CONFLICT, conflict.getMessage(), instance);
            case InvalidApiKeyException invalidKey -> ProblemJson.of(ProblemType.INVALID_API_KEY,
                    invalidKey.getMessage(), instance);
            case QueryTimeoutException slow -> ProblemJson.of(ProblemType.QUERY_TIMEOUT, slow.getMessage(), instance);
            case TooLargeException tooLarge -> ProblemJson.of(ProblemType.PAYLOAD_TOO_LARGE,
                    tooLarge.getMessage(), instance);
            case UnsupportedMediaTypeException unsupported -> ProblemJson.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    unsupported.getMessage(), instance);
            case HttpException http -> fromWebServer(http, request, instance);
            default -> unexpected(failure, request, instance);
        };
    }

    /** Failures the web server raised itself; their messages are Helidon's, so only ours are shown. */
    private static ProblemJson fromWebServer(HttpException http, ServerRequest request, String instance) {
        int status = http.status().code();
        if (status >= 500) {
            return unexpected(http, request, instance);
        }
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (type) {
            case NOT_FOUND -> "no resource at " + request.prologue().method().text() + " " + instance;
            case UNAUTHORIZED, METHOD_NOT_ALLOWED -> http.getMessage();
            case PAYLOAD_TOO_LARGE -> "the request body is too large";
            default -> "the request could not be understood";
        };
        return ProblemJson.of(type, detail, instance);
    }

    private static ProblemJson unexpected(Throwable failure, ServerRequest request, String instance) {
        LOG.log(Level.ERROR, "unexpected failure of " + request.prologue().method().text() + " " + instance, failure);
        return ProblemJson.of(ProblemType.INTERNAL_ERROR, UNEXPECTED, instance);
    }
}
