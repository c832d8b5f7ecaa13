package com.wedsync.usage.adapters.rest.problem;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpException;
import io.helidon.http.Method;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRules;

import java.util.Set;

/**
 * The last route of a path, for every method its other routes did not take: 405 with {@code Allow}, rather than
 * the 404 an unmatched method would otherwise get, so that a client sees the path exists.
 */
public final class MethodNotAllowed {

    private MethodNotAllowed() {
    }

    /** Registers the fallback of {@code path}; call it after the path's own routes. */
    public static void fallback(HttpRules rules, String path, String allowedMethods) {
        rules.any(path, handler(allowedMethods));
    }

    /**
     * The fallback of a path whose methods are routed by more than one {@code HttpService}: it answers every method
     * but {@code leftToOthers}, so that it never shadows another service's route of the same path, whichever of the
     * services is registered first. Each of them registers its own, leaving the others' methods alone.
     */
    public static void fallbackLeaving(HttpRules rules, String path, String allowedMethods, Method... leftToOthers) {
        Set<Method> left = Set.of(leftToOthers);
        rules.route(method -> !left.contains(method), PathMatchers.create(path), handler(allowedMethods));
    }

    /** The fallback itself, for a path routed outside an {@code HttpService}. */
    public static Handler handler(String allowedMethods) {
        return (request, response) -> {
            HttpException notAllowed = new HttpException(request.prologue().method().text()
                    + " is not allowed here; allowed: " + allowedMethods, Status.METHOD_NOT_ALLOWED_405);
            notAllowed.header(HeaderValues.create(HeaderNames.ALLOW, allowedMethods));
            throw notAllowed;
        };
    }
}
