package com.wedsync.usage.acceptance.production;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One answer as the client saw it, with when it was asked and how long it took. A request that got no HTTP answer
 * at all (connection refused or reset: the service was killed) has status {@link #NO_ANSWER}.
 */
record Reply(int status, Optional<String> contentType, Optional<String> retryAfter, String body, Instant sentAt,
             Duration took) {

    static final int NO_ANSWER = -1;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Reply noAnswer(Exception failure, Instant sentAt, Duration took) {
        return new Reply(NO_ANSWER, Optional.empty(), Optional.empty(), failure.toString(), sentAt, took);
    }

    boolean isAcknowledged() {
        return status == 202;
    }

    Instant answeredAt() {
        return sentAt.plus(took);
    }

    /** The RFC 9457 problem's type, or empty when this is no problem body. */
    Optional<String> problemType() {
        if (!contentType.filter("application/problem+json"::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(json().path("type").textValue());
    }

    /** Whether the service answered 503 store-unavailable as an outage must be answered, and nothing leaked. */
    boolean isStoreUnavailable() {
        return status == 503 && problemType().filter("/problems/store-unavailable"::equals).isPresent()
                && retryAfter.isPresent() && !body.contains("Exception") && !body.contains("\tat ");
    }

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return JSON.missingNode();
        }
    }

    @Override
    public String toString() {
        return status + " after " + took.toMillis() + " ms (sent " + sentAt + "): " + body;
    }
}
