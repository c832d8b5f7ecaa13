package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.domain.quota.LimitSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalShareTest {

    @Test
    void eachNodeGetsItsShareOfEveryFiniteLimitAndAtLeastOne() {
        assertThat(LocalShare.of(LimitSet.of(100L, 5L, 2L), 3)).isEqualTo(LimitSet.of(33L, 1L, 1L));
    }

    @Test
    void anUnlimitedLimitStaysUnlimited() {
        assertThat(LocalShare.of(LimitSet.of(null, null, 100L), 4)).isEqualTo(LimitSet.of(null, null, 25L));
    }

    @Test
    void aSingleNodeHasTheWholeLimit() {
        LimitSet free = LimitSet.of(100L, 5L, 5L);
        assertThat(LocalShare.of(free, 1)).isSameAs(free);
    }
}
