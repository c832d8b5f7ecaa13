package com.wedsync.usage.application.port;

import java.util.List;
import java.util.Optional;

/** A page of items and the cursor of the next page, empty on the last page. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
