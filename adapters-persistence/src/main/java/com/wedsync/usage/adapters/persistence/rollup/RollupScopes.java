package com.wedsync.usage.adapters.persistence.rollup;

import com.wedsync.usage.adapters.persistence.sql.InLists;
import com.wedsync.usage.application.port.UsageScope;
import com.wedsync.usage.domain.analytics.RollupScope;

import java.util.ArrayList;
import java.util.List;

/** The scope column values an analytics scope reads: the organization's id, or every shard of the system. */
record RollupScopes(List<String> ids) {

    static RollupScopes of(UsageScope scope) {
        return switch (scope) {
            case UsageScope.Organization organization ->
                    new RollupScopes(List.of(RollupScope.of(organization.id()).id()));
            case UsageScope.System system -> {
                List<String> shards = new ArrayList<>();
                for (int shard = 0; shard < RollupScope.SYSTEM_SHARDS; shard++) {
                    shards.add(RollupScope.systemShard(shard).id());
                }
                yield new RollupScopes(shards);
            }
        };
    }

    String condition() {
        return "scope IN (" + InLists.placeholders(ids.size()) + ")";
    }

    /** The scope ids, then {@code more}: the parameters of one condition followed by a range. */
    List<Object> with(Object... more) {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.addAll(List.of(more));
        return parameters;
    }
}
