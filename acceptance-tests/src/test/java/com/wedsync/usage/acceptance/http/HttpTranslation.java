package com.wedsync.usage.acceptance.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.wedsync.usage.acceptance.world.CallAnswer;
import com.wedsync.usage.acceptance.world.CallAnswer.LimitReading;
import com.wedsync.usage.acceptance.world.CallAnswer.ShownToCaller;
import com.wedsync.usage.acceptance.world.UsageView;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** From the JSON bodies and headers of the REST API to the features' words. */
final class HttpTranslation {

    /** The IETF {@code RateLimit} item, such as {@code "minute";r=0;t=42}; a negative number would not match. */
    private static final Pattern RATE_LIMIT = Pattern.compile("\"(\\w+)\";r=(\\d+);t=(\\d+)");

    private HttpTranslation() {
    }

    static CallAnswer toAnswer(JsonHttp.Reply reply) {
        JsonNode body = reply.body();
        Map<String, LimitReading> limits = new HashMap<>();
        body.path("limits").forEach(limit -> limits.put(limit.path("name").asText(), new LimitReading(
                limit.path("limit").asLong(), limit.path("remaining").asLong(), limit.path("resetSeconds").asLong())));
        Set<String> violated = new HashSet<>();
        body.path("violated").forEach(name -> violated.add(name.asText()));
        OptionalLong retryAfter = body.hasNonNull("retryAfterSeconds")
                ? OptionalLong.of(body.get("retryAfterSeconds").asLong()) : OptionalLong.empty();
        return new CallAnswer(body.path("allowed").asBoolean(), limits, violated, retryAfter, shown(reply));
    }

    /** What a client that reads only the headers learns: {@code Retry-After} and the {@code RateLimit} item. */
    private static ShownToCaller shown(JsonHttp.Reply reply) {
        OptionalLong retryAfter = reply.headers().firstValue("Retry-After")
                .map(value -> OptionalLong.of(Long.parseLong(value.strip()))).orElse(OptionalLong.empty());
        Optional<String> rateLimit = reply.headers().firstValue("RateLimit");
        if (rateLimit.isEmpty()) {
            return new ShownToCaller(retryAfter, Optional.empty(), OptionalLong.empty(), OptionalLong.empty());
        }
        Matcher item = RATE_LIMIT.matcher(rateLimit.get());
        if (!item.matches()) {
            throw new AssertionError("the RateLimit header is not one well-formed item: " + rateLimit.get());
        }
        return new ShownToCaller(retryAfter, Optional.of(item.group(1)), OptionalLong.of(Long.parseLong(item.group(2))),
                OptionalLong.of(Long.parseLong(item.group(3))));
    }

    static UsageView toView(JsonNode report) {
        List<UsageView.Period> series = new ArrayList<>();
        report.path("series").forEach(point -> series.add(new UsageView.Period(
                LocalDateTime.parse(point.path("localStart").asText()), Instant.parse(point.path("start").asText()),
                point.path("calls").asLong())));
        return new UsageView(report.path("totals").path("calls").asLong(), series,
                report.path("decisions").path("admitted").asLong(), report.path("decisions").path("denied").asLong(),
                report.path("quotaToday").path("used").asLong(),
                p95(report.path("totals").path("latency").path("p95")));
    }

    private static Double p95(JsonNode milliseconds) {
        return milliseconds.isNumber() ? milliseconds.asDouble() : null;
    }
}
