package com.wedsync.usage.adapters.persistence.tenancy;

import com.wedsync.usage.application.port.Page;
import com.wedsync.usage.application.port.PageRequest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Keyset pagination on a unique id: a page is the rows after the cursor in id order. One row more than the
 * page is fetched, so the last page never carries a cursor that would lead to an empty page.
 */
public final class KeysetPage {

    private KeysetPage() {
    }

    /** {@code " WHERE id > ?"} when the request has a cursor, then the order and the limit (page size + 1). */
    public static String clauses(PageRequest request) {
        return (request.cursor().isPresent() ? " WHERE id > ?" : "") + " ORDER BY id LIMIT ?";
    }

    public static Object[] parameters(PageRequest request) {
        return request.cursor().isPresent()
                ? new Object[] {request.cursor().get(), request.limit() + 1}
                : new Object[] {request.limit() + 1};
    }

    /** Like {@link #clauses(PageRequest)}, over the rows that meet {@code condition} (SQL with placeholders). */
    public static String clauses(PageRequest request, String condition) {
        return " WHERE " + condition + (request.cursor().isPresent() ? " AND id > ?" : "") + " ORDER BY id LIMIT ?";
    }

    /** The condition's parameters, then the page's. */
    public static Object[] parameters(PageRequest request, Object... conditionParameters) {
        return Stream.concat(Arrays.stream(conditionParameters), Arrays.stream(parameters(request))).toArray();
    }

    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<T, String> id) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Page<>(items, Optional.of(id.apply(items.getLast())));
    }
}
