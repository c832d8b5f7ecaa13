package com.wedsync.usage.adapters.persistence.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code IN (?, ?, …)} lists of many ids, cut into statements of {@value #CHUNK}. Both databases find each id
 * through the index, but H2 then checks every row it found against the whole list again, one value after the
 * other: with lists of 500 an evaluation of 10,000 rules took 3.4-4.1 s of CPU on H2, with lists of 100 it takes
 * 1.2-1.6 s, and on PostgreSQL the extra statements cost nothing measurable (docs/benchmarks.md).
 */
public final class InLists {

    public static final int CHUNK = 100;

    private InLists() {
    }

    /** {@code ids} in runs of at most {@value #CHUNK}, in order. */
    public static <T> List<List<T>> chunks(List<T> ids) {
        List<List<T>> chunks = new ArrayList<>();
        for (int first = 0; first < ids.size(); first += CHUNK) {
            chunks.add(ids.subList(first, Math.min(ids.size(), first + CHUNK)));
        }
        return chunks;
    }

    /** {@code "?, ?, ?"} for {@code count} parameters. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
