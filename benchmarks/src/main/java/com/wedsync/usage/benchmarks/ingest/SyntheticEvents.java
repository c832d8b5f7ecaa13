package com.wedsync.usage.benchmarks.ingest;

import com.wedsync.usage.domain.tenancy.ApiKeyId;
import com.wedsync.usage.domain.tenancy.OrganizationId;
import com.wedsync.usage.domain.usage.Endpoint;
import com.wedsync.usage.domain.usage.EventId;
import com.wedsync.usage.domain.usage.HttpMethod;
import com.wedsync.usage.domain.usage.UsageEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Usage events as callers send them: random event ids, a few organizations and their keys, route templates,
 * mostly 2xx, times spread over the last hour in arrival order; cut into batches. Fresh ids on every call, so that
 * each run stores everything (the duplicates check runs, and finds nothing).
 */
final class SyntheticEvents {

    private static final String[] ENDPOINTS = {"/v1/clients", "/v1/clients/{id}", "/v1/weddings/{id}/guests",
        "/v1/vendors", "/v1/vendors/{id}/bookings", "/v1/invoices/{id}", "/v1/messages", "/v1/timeline/{id}"};
    private static final HttpMethod[] METHODS = {HttpMethod.GET, HttpMethod.GET, HttpMethod.GET, HttpMethod.POST,
        HttpMethod.PUT, HttpMethod.DELETE};
    private static final int[] STATUSES = {200, 200, 200, 200, 201, 204, 400, 404, 429, 500};

    private SyntheticEvents() {
    }

    static List<List<UsageEvent>> batches(int events, int batchSize, int organizations, Instant end, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant start = end.minusSeconds(3_600);
        List<List<UsageEvent>> batches = new ArrayList<>();
        List<UsageEvent> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < events; i++) {
            int organization = random.nextInt(organizations);
            batch.add(new UsageEvent(new EventId(new UUID(random.nextLong(), random.nextLong())),
                    new OrganizationId("bench-org-" + organization),
                    Optional.of(new ApiKeyId("key_bench" + organization + "k" + random.nextInt(3))),
                    new Endpoint(ENDPOINTS[random.nextInt(ENDPOINTS.length)]),
                    METHODS[random.nextInt(METHODS.length)], STATUSES[random.nextInt(STATUSES.length)],
                    OptionalInt.of(5 + random.nextInt(400)), random.nextInt(4_096), random.nextInt(65_536),
                    start.plusMillis(3_600_000L * i / events)));
            if (batch.size() == batchSize) {
                batches.add(List.copyOf(batch));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(List.copyOf(batch));
        }
        return batches;
    }
}
