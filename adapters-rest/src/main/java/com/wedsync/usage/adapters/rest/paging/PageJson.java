package com.wedsync.usage.adapters.rest.paging;

import com.wedsync.usage.application.port.Page;

import java.util.List;
import java.util.function.Function;

/** One page of a list: {@code {"items": […], "nextCursor": …}}, the cursor null on the last page. */
public record PageJson<T>(List<T> items, String nextCursor) {

    public static <D, T> PageJson<T> fromDomain(Page<D> page, Function<D, T> toJson) {
        return new PageJson<>(page.items().stream().map(toJson).toList(),
                page.nextCursor().map(Cursors::wrap).orElse(null));
    }

    /** A whole list in one page, for lists that are short by nature (the keys of one organization). */
    public static <D, T> PageJson<T> whole(List<D> items, Function<D, T> toJson) {
        return new PageJson<>(items.stream().map(toJson).toList(), null);
    }
}
