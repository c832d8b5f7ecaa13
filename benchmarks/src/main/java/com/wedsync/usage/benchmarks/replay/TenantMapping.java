package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.TierName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Maps the clients of an access log onto organizations and tiers, deterministically: the same log and seed give
 * the same plan on every run.
 * <ol>
 *   <li><b>Keys</b>: each distinct client address is one API key.</li>
 *   <li><b>Organizations</b>: clients are numbered in first-seen order (by line number, 0-based);
 *       organization {@code k} holds clients {@code 8k … 8k+7}, so 1,753 clients make 220 organizations.</li>
 *   <li><b>Heavy hitters in small tiers</b>: organizations are ranked by their number of requests (most first,
 *       ties by lower index); the busiest tenth (rounded up) alternate FREE (even rank) and STARTER (odd rank),
 *       so the crawlers and busy readers run into the daily, per-minute and burst limits.</li>
 *   <li><b>Everyone else</b> takes the tier at slot {@code (k + seed) mod 20} of a fixed wheel of 20 slots holding
 *       FREE ×7, STARTER ×5, PROFESSIONAL ×4, SCALE ×2, ENTERPRISE ×2 (35/25/20/10/10 %), so every tier
 *       is present as soon as there are 20 such organizations. The seed only turns the wheel.</li>
 * </ol>
 */
public final class TenantMapping {

    public static final int CLIENTS_PER_ORGANIZATION = 8;
    private static final TierName F = DefaultTiers.FREE;
    private static final TierName S = DefaultTiers.STARTER;
    private static final TierName P = DefaultTiers.PROFESSIONAL;
    private static final TierName SC = DefaultTiers.SCALE;
    private static final TierName E = DefaultTiers.ENTERPRISE;
    static final List<TierName> WHEEL = List.of(F, S, P, F, SC, S, F, P, E, F, S, P, F, S, SC, F, P, E, F, S);

    private TenantMapping() {
    }

    public static List<OrganizationPlan> plan(List<LogRequest> requests, long seed) {
        Map<String, Long> perClient = new LinkedHashMap<>();
        requests.stream().sorted(Comparator.comparingInt(LogRequest::lineNumber))
                .forEach(request -> perClient.merge(request.client(), 1L, Long::sum));
        List<String> clients = new ArrayList<>(perClient.keySet());
        int organizations = Math.ceilDiv(clients.size(), CLIENTS_PER_ORGANIZATION);
        List<List<String>> members = IntStream.range(0, organizations)
                .mapToObj(k -> clients.subList(k * CLIENTS_PER_ORGANIZATION,
                        Math.min(clients.size(), (k + 1) * CLIENTS_PER_ORGANIZATION)))
                .toList();
        long[] load = members.stream()
                .mapToLong(group -> group.stream().mapToLong(perClient::get).sum()).toArray();
        int[] rank = ranks(load);
        int heavy = Math.ceilDiv(organizations, 10);
        return IntStream.range(0, organizations)
                .mapToObj(k -> new OrganizationPlan(k, tierOf(k, rank[k], heavy, seed), members.get(k), load[k]))
                .toList();
    }

    static TierName tierOf(int index, int rank, int heavy, long seed) {
        if (rank < heavy) {
            return rank % 2 == 0 ? F : S;
        }
        return WHEEL.get((int) Math.floorMod(index + seed, (long) WHEEL.size()));
    }

    private static int[] ranks(long[] load) {
        Integer[] order = IntStream.range(0, load.length).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, Comparator.<Integer>comparingLong(k -> -load[k]).thenComparingInt(k -> k));
        int[] rank = new int[load.length];
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }
}
