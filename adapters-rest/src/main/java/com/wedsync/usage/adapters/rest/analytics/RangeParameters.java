package com.wedsync.usage.adapters.rest.analytics;

import com.wedsync.usage.adapters.rest.json.WireValues;
import com.wedsync.usage.application.analytics.Granularity;
import com.wedsync.usage.domain.Require;
import io.helidon.common.uri.UriQuery;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * The {@code from}, {@code to} and {@code granularity} of an analytics query: {@code to} defaults to now,
 * {@code from} to seven days before {@code to}, the granularity to {@code day}.
 */
record RangeParameters(Instant from, Instant to, Granularity granularity) {

    private static final Duration DEFAULT_SPAN = Duration.ofDays(7);

    static RangeParameters of(UriQuery query, InstantSource clock) {
        Instant to = query.first("to").map(text -> WireValues.instant(text, "to")).orElseGet(clock::instant);
        Instant from = query.first("from").map(text -> WireValues.instant(text, "from"))
                .orElseGet(() -> to.minus(DEFAULT_SPAN));
        Granularity granularity = query.first("granularity").map(RangeParameters::granularity)
                .orElse(Granularity.DAY);
        return new RangeParameters(from, to, granularity);
    }

    private static Granularity granularity(String text) {
        return Granularity.fromWireName(text).orElseThrow(() -> new IllegalArgumentException(
                "'granularity' must be one of hour, day, week, month, was " + Require.quoted(text)));
    }
}
