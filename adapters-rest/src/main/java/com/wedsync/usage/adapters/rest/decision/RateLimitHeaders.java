package com.wedsync.usage.adapters.rest.decision;

import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LimitState;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import java.util.List;

/**
 * The rate-limit headers of a decision (DESIGN §2.3): {@code RateLimit-Policy} with one item per finite limit,
 * {@code RateLimit} and the older {@code X-RateLimit-*} for the most restrictive limit, and {@code Retry-After}
 * on a denial that has a retry time. With every limit unlimited there is nothing to report and none is set.
 */
final class RateLimitHeaders {

    static final HeaderName POLICY = HeaderNames.create("RateLimit-Policy");
    static final HeaderName RATE_LIMIT = HeaderNames.create("RateLimit");
    static final HeaderName LEGACY_LIMIT = HeaderNames.create("X-RateLimit-Limit");
    static final HeaderName LEGACY_REMAINING = HeaderNames.create("X-RateLimit-Remaining");
    static final HeaderName LEGACY_RESET = HeaderNames.create("X-RateLimit-Reset");

    private RateLimitHeaders() {
    }

    static void apply(Decision decision, ServerResponse response) {
        if (!decision.limits().isEmpty()) {
            response.header(POLICY, policy(decision.limits()));
        }
        decision.mostRestrictive().ifPresent(limit -> {
            response.header(RATE_LIMIT, '"' + limit.name().wireName() + "\";r=" + limit.remaining()
                    + ";t=" + limit.resetSeconds());
            response.header(LEGACY_LIMIT, Long.toString(limit.limit()));
            response.header(LEGACY_REMAINING, Long.toString(limit.remaining()));
            response.header(LEGACY_RESET, Long.toString(limit.resetSeconds()));
        });
        if (decision instanceof Decision.Denied denied && denied.retryAfterSeconds().isPresent()) {
            response.header(HeaderNames.RETRY_AFTER, Long.toString(denied.retryAfterSeconds().getAsLong()));
        }
    }

    /** For example {@code "daily";q=100;w=86400, "minute";q=5;w=60, "burst";q=5;w=1}. */
    static String policy(List<LimitState> limits) {
        StringBuilder policy = new StringBuilder(64);
        for (LimitState limit : limits) {
            if (!policy.isEmpty()) {
                policy.append(", ");
            }
            policy.append('"').append(limit.name().wireName()).append("\";q=").append(limit.limit())
                    .append(";w=").append(limit.name().nominalWindowSeconds());
        }
        return policy.toString();
    }
}
