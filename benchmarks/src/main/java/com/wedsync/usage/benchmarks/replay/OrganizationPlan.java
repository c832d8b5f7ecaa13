package com.wedsync.usage.benchmarks.replay;

import com.wedsync.usage.domain.quota.TierName;

import java.util.List;

/** One organization the replay creates: its index (0-based), tier, clients (one API key each) and their traffic. */
public record OrganizationPlan(int index, TierName tier, List<String> clients, long requests) {

    public OrganizationPlan {
        clients = List.copyOf(clients);
    }

    /** The organization's id for one run: {@code replay-<runId>-org-007}. */
    public String idIn(String runId) {
        return "replay-%s-org-%03d".formatted(runId, index);
    }
}
