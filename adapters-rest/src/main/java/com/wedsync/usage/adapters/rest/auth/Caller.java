package com.wedsync.usage.adapters.rest.auth;

import com.wedsync.usage.application.AccessDeniedException;
import com.wedsync.usage.domain.tenancy.Principal;
import com.wedsync.usage.domain.tenancy.Role;
import io.helidon.webserver.http.ServerRequest;

/**
 * The authenticated principal of a request, and the role checks made at the edge for what no use case checks
 * itself: metering (decisions, ingest) is for services and admins, analytics for people (admins, owners, viewers).
 */
public final class Caller {

    private Caller() {
    }

    public static Principal of(ServerRequest request) {
        return request.context().get(Principal.class)
                .orElseThrow(() -> new IllegalStateException("no principal: the authentication filter did not run"));
    }

    public static Principal metering(ServerRequest request) {
        Principal principal = of(request);
        if (!principal.canMeter()) {
            throw new AccessDeniedException("only a service or admin token may decide calls or record usage");
        }
        return principal;
    }

    /**
     * For admin-only writes, checked before the body is read, so that a caller without the right learns that
     * first rather than how to fix a body it may not send (the use case checks again).
     */
    public static Principal admin(ServerRequest request) {
        Principal principal = of(request);
        if (!principal.isAdmin()) {
            throw new AccessDeniedException("only an admin may do this");
        }
        return principal;
    }

    /**
     * For writes of people (owners, admins) that a service token may never make, checked before anything is looked
     * up: a service belongs to no organization, so the use case would answer 404 for one that exists.
     */
    public static Principal notService(ServerRequest request, String what) {
        Principal principal = of(request);
        if (principal.role() == Role.SERVICE) {
            throw new AccessDeniedException("a service token may not " + what);
        }
        return principal;
    }

    public static Principal readingAnalytics(ServerRequest request) {
        Principal principal = of(request);
        if (principal.role() == Role.SERVICE) {
            throw new AccessDeniedException("a service token may not read analytics");
        }
        return principal;
    }
}
