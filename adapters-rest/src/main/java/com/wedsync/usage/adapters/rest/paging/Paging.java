package com.wedsync.usage.adapters.rest.paging;

import com.wedsync.usage.adapters.rest.json.WireValues;
import com.wedsync.usage.application.port.PageRequest;
import io.helidon.common.uri.UriQuery;

import java.util.Optional;

/** Reads {@code limit} (1 to 500, default 100) and {@code cursor} (opaque, from a previous page) from a query. */
public final class Paging {

    /** Cursors this API hands out wrap ids ({@link Cursors}); anything far longer was not handed out by it. */
    private static final int MAX_CURSOR_LENGTH = 400;

    private Paging() {
    }

    public static PageRequest pageRequest(UriQuery query) {
        int limit = query.first("limit").map(text -> WireValues.integer(text, "limit"))
                .orElse(PageRequest.DEFAULT_LIMIT);
        Optional<String> cursor = query.first("cursor").asOptional()
                .map(text -> WireValues.printable(text, "cursor", MAX_CURSOR_LENGTH)).map(Cursors::unwrap);
        return new PageRequest(limit, cursor);
    }
}
