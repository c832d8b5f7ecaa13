package com.wedsync.usage.adapters.rest.auth;

import com.wedsync.usage.application.tenancy.AuthenticateService;
import com.wedsync.usage.domain.tenancy.Principal;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.http.UnauthorizedException;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lets a request through only with {@code Authorization: Bearer <secret>} naming an active principal, which it
 * leaves in the request context for the handlers ({@link Caller}). Probes, metrics and the ping route stay public so
 * that load balancers and Prometheus need no credentials; the health summary is public to read and tells an admin
 * more, so there a credential is optional, but one that is sent must be valid. A missing or wrong credential is a
 * 401 with {@code WWW-Authenticate}; two {@code Authorization} headers are a 400.
 */
public final class BearerAuthentication implements Filter {

    private static final Header CHALLENGE = HeaderValues.createCached(HeaderNames.WWW_AUTHENTICATE, "Bearer");
    private static final String SCHEME = "bearer ";
    private static final Set<String> PUBLIC_PATHS = Set.of("/health/live", "/health/ready", "/v1/ping", "/metrics");
    private static final Set<String> PUBLIC_TO_READ = Set.of("/api/health-monitoring");

    private final AuthenticateService authentication;

    public BearerAuthentication(AuthenticateService authentication) {
        this.authentication = authentication;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String path = request.path().path();
        if (!PUBLIC_PATHS.contains(path) && !(PUBLIC_TO_READ.contains(path) && readsWithoutCredentials(request))) {
            Principal principal = bearerSecret(request)
                    .flatMap(authentication::authenticate)
                    .orElseThrow(BearerAuthentication::unauthorized);
            request.context().register(principal);
        }
        chain.proceed();
    }

    private static boolean readsWithoutCredentials(RoutingRequest request) {
        Method method = request.prologue().method();
        return (method == Method.GET || method == Method.HEAD)
                && !request.headers().contains(HeaderNames.AUTHORIZATION);
    }

    /** Two credentials are refused outright: letting either win would depend on proxies' header order. */
    private static Optional<String> bearerSecret(RoutingRequest request) {
        if (request.headers().all(HeaderNames.AUTHORIZATION, List::of).size() > 1) {
            throw new IllegalArgumentException("'Authorization' is given twice; send one "
                    + "'Authorization: Bearer <token>'");
        }
        return request.headers().first(HeaderNames.AUTHORIZATION)
                .filter(value -> value.regionMatches(true, 0, SCHEME, 0, SCHEME.length()))
                .map(value -> value.substring(SCHEME.length()).strip());
    }

    private static UnauthorizedException unauthorized() {
        UnauthorizedException unauthorized = new UnauthorizedException(
                "a valid management token is required: send 'Authorization: Bearer <token>'");
        unauthorized.header(CHALLENGE);
        return unauthorized;
    }
}
