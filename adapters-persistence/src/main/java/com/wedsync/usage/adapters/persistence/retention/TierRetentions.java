package com.wedsync.usage.adapters.persistence.retention;

import com.wedsync.usage.adapters.persistence.sql.Numbers;
import com.wedsync.usage.adapters.persistence.sql.Statements;

import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** How many days each tier keeps raw events, read from the {@code tier} table at every use: tiers are data. */
public final class TierRetentions {

    private final Statements sql;

    public TierRetentions(DataSource dataSource) {
        this.sql = new Statements(dataSource);
    }

    /** Retention days by tier name. */
    public Map<String, Integer> byTier() {
        return sql.list(row -> Map.entry(row.column("name").getString(), (int) Numbers.longOf(row, "retention_days")),
                        "SELECT name, retention_days FROM tier").stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The longest retention of any tier: how far back events are accepted at all. Empty when there are no tiers. */
    public OptionalInt longest() {
        return byTier().values().stream().mapToInt(Integer::intValue).max();
    }
}
