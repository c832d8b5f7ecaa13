package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.TierName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TenantMappingTest {

    /** 200 clients "10.0.0.<n>" seen in order; client n makes 1 + (n % 3) requests, client 7 makes 500. */
    private static List<LogRequest> traffic() {
        List<LogRequest> requests = new ArrayList<>();
        int line = 1;
        for (int client = 0; client < 200; client++) {
            int calls = client == 7 ? 500 : 1 + client % 3;
            for (int call = 0; call < calls; call++) {
                requests.add(new LogRequest(line++, "10.0.0." + client, Instant.EPOCH, "GET", "/", 200, 1));
            }
        }
        return requests;
    }

    @Test
    void groupsEightClientsPerOrganizationInFirstSeenOrder() {
        List<OrganizationPlan> plan = TenantMapping.plan(traffic(), 0);

        assertThat(plan).hasSize(25);
        assertThat(plan.getFirst().clients()).containsExactly("10.0.0.0", "10.0.0.1", "10.0.0.2", "10.0.0.3",
                "10.0.0.4", "10.0.0.5", "10.0.0.6", "10.0.0.7");
        assertThat(plan.get(1).clients().getFirst()).isEqualTo("10.0.0.8");
        assertThat(plan).extracting(OrganizationPlan::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, 25).boxed().toList());
    }

    @Test
    void firstSeenMeansByLineNumberWhateverTheOrderOfTheList() {
        List<LogRequest> shuffled = new ArrayList<>(traffic());
        Collections.shuffle(shuffled, new Random(1));

        assertThat(TenantMapping.plan(shuffled, 0)).isEqualTo(TenantMapping.plan(traffic(), 0));
    }

    @Test
    void theBusiestTenthAlternateFreeAndStarter() {
        List<OrganizationPlan> plan = TenantMapping.plan(traffic(), 0);

        // 25 organizations: the busiest 3 (rounded up from 2.5) are heavy. Org 0 holds the 500-request client.
        assertThat(plan.getFirst().requests()).isGreaterThan(500);
        assertThat(plan.getFirst().tier()).isEqualTo(DefaultTiers.FREE);
        List<OrganizationPlan> byLoad = plan.stream()
                .sorted(java.util.Comparator.comparingLong(OrganizationPlan::requests).reversed()
                        .thenComparingInt(OrganizationPlan::index)).toList();
        assertThat(byLoad.subList(0, 3)).extracting(OrganizationPlan::tier)
                .containsExactly(DefaultTiers.FREE, DefaultTiers.STARTER, DefaultTiers.FREE);
    }

    @Test
    void quietOrganizationsTakeTheWheelTurnedByTheSeedAndEveryTierIsPresent() {
        assertThat(TenantMapping.tierOf(5, 10, 3, 0)).isEqualTo(TenantMapping.WHEEL.get(5));
        assertThat(TenantMapping.tierOf(5, 10, 3, 17)).isEqualTo(TenantMapping.WHEEL.get(2));
        assertThat(TenantMapping.tierOf(5, 10, 3, -6)).isEqualTo(TenantMapping.WHEEL.get(19));
        assertThat(TenantMapping.plan(traffic(), 0)).extracting(OrganizationPlan::tier)
                .contains(DefaultTiers.FREE, DefaultTiers.STARTER, DefaultTiers.PROFESSIONAL, DefaultTiers.SCALE,
                        DefaultTiers.ENTERPRISE);
    }

    @Test
    void theWheelHoldsTheDocumentedMix() {
        assertThat(TenantMapping.WHEEL).hasSize(20);
        assertThat(count(DefaultTiers.FREE)).isEqualTo(7);
        assertThat(count(DefaultTiers.STARTER)).isEqualTo(5);
        assertThat(count(DefaultTiers.PROFESSIONAL)).isEqualTo(4);
        assertThat(count(DefaultTiers.SCALE)).isEqualTo(2);
        assertThat(count(DefaultTiers.ENTERPRISE)).isEqualTo(2);
    }

    @Test
    void theSamePlanOnEveryRunAndADifferentOneForAnotherSeed() {
        assertThat(TenantMapping.plan(traffic(), 3)).isEqualTo(TenantMapping.plan(traffic(), 3));
        assertThat(TenantMapping.plan(traffic(), 4)).isNotEqualTo(TenantMapping.plan(traffic(), 3));
    }

    @Test
    void organizationIdsAreReadableAndCarryTheRun() {
        OrganizationPlan plan = new OrganizationPlan(7, DefaultTiers.FREE, List.of("10.0.0.1"), 1);
        assertThat(plan.idIn("k3x9a2bq")).isEqualTo("replay-k3x9a2bq-org-007");
    }

    private static long count(TierName tier) {
        return TenantMapping.WHEEL.stream().filter(tier::equals).count();
    }
}
