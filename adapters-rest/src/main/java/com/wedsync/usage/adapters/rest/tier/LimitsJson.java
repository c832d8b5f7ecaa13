package com.wedsync.usage.adapters.rest.tier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.LimitSet;

/** A tier's limits in cost units; a limit that is null or left out is unlimited, and is left out in answers. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LimitsJson(Long daily, Long minute, Long burst) {

    static LimitsJson fromDomain(LimitSet limits) {
        return new LimitsJson(limits.finite().get(LimitName.DAILY), limits.finite().get(LimitName.MINUTE),
                limits.finite().get(LimitName.BURST));
    }

    LimitSet toDomain() {
        return LimitSet.of(daily, minute, burst);
    }
}
