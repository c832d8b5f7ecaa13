package com.wedsync.usage.benchmarks.replay;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Creates a run's organizations (ids {@code replay-<runId>-org-007}, time zone UTC), one API key per client
 * (named {@code client-0042} after its first-seen number) and a {@code service} token, through the management API
 * with the admin token. The run id is new on every run, so repeated replays never collide.
 */
public final class Provisioner {

    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

    private final UsageMonitorClient client;
    private final String adminToken;
    private final ExecutorService pool;

    public Provisioner(UsageMonitorClient client, String adminToken, ExecutorService pool) {
        this.client = client;
        this.adminToken = adminToken;
        this.pool = pool;
    }

    public Tenants provision(List<OrganizationPlan> plans) {
        String runId = newRunId();
        String serviceToken = client.createServiceToken(adminToken);
        Map<String, String> keys = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (OrganizationPlan plan : plans) {
            work.add(CompletableFuture.runAsync(() -> createOrganization(runId, plan, keys), pool));
        }
        CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).join();
        return new Tenants(runId, plans.stream().map(plan -> plan.idIn(runId)).toList(), keys, serviceToken);
    }

    private void createOrganization(String runId, OrganizationPlan plan, Map<String, String> keys) {
        String id = plan.idIn(runId);
        client.createOrganization(adminToken, id, "Replay %s organization %03d".formatted(runId, plan.index()),
                plan.tier().value(), "UTC");
        int number = plan.index() * TenantMapping.CLIENTS_PER_ORGANIZATION;
        for (String address : plan.clients()) {
            keys.put(address, client.createApiKey(adminToken, id, "client-%04d".formatted(number++)));
        }
    }

    /** Eight base-36 characters: the time in seconds (six) and two random ones. */
    static String newRunId() {
        SecureRandom random = new SecureRandom();
        String seconds = Long.toString(System.currentTimeMillis() / 1000, 36);
        return seconds.substring(seconds.length() - 6) + ALPHABET.charAt(random.nextInt(36))
                + ALPHABET.charAt(random.nextInt(36));
    }
}
