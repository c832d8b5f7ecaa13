package com.wedsync.usage.adapters.rest.query;

import com.wedsync.usage.domain.Require;
import io.helidon.common.uri.UriQuery;
import io.helidon.webserver.http.Handler;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query parameters one route takes. Every route but the public probes guards its handler with one, so that a
 * misspelt filter ({@code organizationid}) answers 400 instead of silently listing everything, and a parameter given
 * twice answers 400 instead of one of its values silently winning. A route that takes none refuses any.
 */
public final class QueryParameters {

    /** For routes that take no query parameters at all. */
    public static final QueryParameters NONE = new QueryParameters(List.of());

    private final SequencedSet<String> names;

    private QueryParameters(List<String> names) {
        this.names = new LinkedHashSet<>(names);
    }

    public static QueryParameters of(String... names) {
        return new QueryParameters(List.of(names));
    }

    /** A list's parameters: {@code filters}, then {@code limit} and {@code cursor}. */
    public static QueryParameters paged(String... filters) {
        return new QueryParameters(Stream.concat(Arrays.stream(filters), Stream.of("limit", "cursor")).toList());
    }

    /** {@code handler}, run only once the request's query holds no parameter but these, each at most once. */
    public Handler guard(Handler handler) {
        return (request, response) -> {
            check(request.query());
            handler.handle(request, response);
        };
    }

    /** Refuses (400) a parameter not among these, then one given more than once. */
    public void check(UriQuery query) {
        TreeSet<String> unknown = new TreeSet<>(query.names());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown query parameter " + Require.quoted(unknown.first())
                    + "; " + taken());
        }
        names.stream().filter(name -> query.all(name, List::of).size() > 1).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("'" + name + "' is given twice; send each query parameter once");
        });
    }

    private String taken() {
        return names.isEmpty() ? "this endpoint takes no query parameters"
                : names.stream().map(name -> "'" + name + "'")
                        .collect(Collectors.joining(", ", "this endpoint takes ", ""));
    }
}
