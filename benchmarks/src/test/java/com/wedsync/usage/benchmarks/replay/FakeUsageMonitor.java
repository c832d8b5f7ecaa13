package com.wedsync.usage.benchmarks.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.wedsync.usage.adapters.redis.inprocess.InProcessQuotaCounters;
import com.wedsync.usage.domain.quota.DefaultTiers;
import com.wedsync.usage.domain.quota.FailureMode;
import com.wedsync.usage.domain.quota.LimitName;
import com.wedsync.usage.domain.quota.TierName;
import com.wedsync.usage.domain.ratelimit.Decision;
import com.wedsync.usage.domain.ratelimit.LocalCalendar;
import com.wedsync.usage.domain.tenancy.OrganizationId;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the usage monitor that keeps just enough of the REST contract for the replay: every third call
 * of an organization is denied by minute and burst (or, {@link #enforcingDefaultTiers}, each call is decided by the
 * real in-process counters under the organization's default tier), events are deduplicated by id, and the usage
 * report sums what it stored. {@code countTwice} makes its analytics wrong on purpose.
 */
final class FakeUsageMonitor implements AutoCloseable {

    static final String ADMIN = "wsm_admin";
    private static final String SERVICE = "wsm_service";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final boolean countTwice;
    private final Map<String, String> organizationOfKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> denied = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> events = new ConcurrentHashMap<>();
    private final Set<String> eventIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong keys = new AtomicLong();
    private final Map<String, TierName> tierOf = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> deniedByLimit = new ConcurrentHashMap<>();
    private final InProcessQuotaCounters counters;

    FakeUsageMonitor(boolean countTwice) throws IOException {
        this(countTwice, null);
    }

    /** A monitor whose decisions are the in-process counters' on the default tiers, on the process clock. */
    static FakeUsageMonitor enforcingDefaultTiers() throws IOException {
        return new FakeUsageMonitor(false, new InProcessQuotaCounters(Clock.systemUTC()));
    }

    private FakeUsageMonitor(boolean countTwice, InProcessQuotaCounters counters) throws IOException {
        this.countTwice = countTwice;
        this.counters = counters;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String token = exchange.getRequestHeaders().getFirst("Authorization").substring("Bearer ".length());
        JsonNode body = exchange.getRequestMethod().equals("POST")
                ? json.readTree(exchange.getRequestBody()) : json.nullNode();
        String[] parts = path.split("/");
        if (path.equals("/v1/tokens") && token.equals(ADMIN)) {
            reply(exchange, 201, Map.of("id", "t1", "secret", SERVICE));
        } else if (path.equals("/v1/organizations") && token.equals(ADMIN)) {
            tierOf.put(body.path("id").asText(), new TierName(body.path("tier").asText()));
            reply(exchange, 201, Map.of("id", body.path("id").asText(), "tier", body.path("tier").asText()));
        } else if (path.endsWith("/api-keys") && token.equals(ADMIN)) {
            String secret = "wsk_fake" + keys.incrementAndGet();
            organizationOfKey.put(secret, parts[3]);
            reply(exchange, 201, Map.of("id", "k" + keys.get(), "secret", secret));
        } else if (path.equals("/v1/decisions") && token.equals(SERVICE)) {
            reply(exchange, 200, decide(organizationOfKey.get(body.path("apiKey").asText())));
        } else if (path.equals("/v1/usage-events") && token.equals(SERVICE)) {
            reply(exchange, 202, ingest(body.path("events")));
        } else if (path.endsWith("/usage") && token.equals(ADMIN)) {
            reply(exchange, 200, usage(parts[3]));
        } else {
            reply(exchange, 404, Map.of("type", "about:blank", "status", 404));
        }
    }

    private Map<String, Object> decide(String organization) {
        if (counters != null) {
            return decideByTier(organization);
        }
        long call = counter(calls, organization).incrementAndGet();
        if (call % 3 != 0) {
            return Map.of("allowed", true, "organizationId", organization, "violated", List.of());
        }
        counter(denied, organization).incrementAndGet();
        return Map.of("allowed", false, "organizationId", organization, "violated", List.of("minute", "burst"),
                "reason", "limit_exceeded", "retryAfterSeconds", 1);
    }

    private Map<String, Object> decideByTier(String organization) {
        counter(calls, organization).incrementAndGet();
        Decision decision = counters.decide(new OrganizationId(organization),
                DefaultTiers.named(tierOf.get(organization)).limits(), new LocalCalendar(ZoneOffset.UTC), 1, false,
                FailureMode.OPEN);
        if (decision instanceof Decision.Denied denial) {
            counter(denied, organization).incrementAndGet();
            List<String> violated = denial.violated().stream().map(LimitName::wireName).toList();
            violated.forEach(limit -> counter(deniedByLimit, organization + "/" + limit).incrementAndGet());
            return Map.of("allowed", false, "organizationId", organization, "violated", violated,
                    "reason", "limit_exceeded", "retryAfterSeconds", 1);
        }
        return Map.of("allowed", true, "organizationId", organization, "violated", List.of());
    }

    private Map<String, Object> ingest(JsonNode batch) {
        int accepted = 0;
        int duplicates = 0;
        for (JsonNode event : batch) {
            if (eventIds.add(event.path("eventId").asText())) {
                accepted++;
                counter(events, organizationOfKey.get(event.path("apiKey").asText()))
                        .addAndGet(countTwice ? 2 : 1);
            } else {
                duplicates++;
            }
        }
        return Map.of("accepted", accepted, "duplicates", duplicates, "rejected", List.of());
    }

    private Map<String, Object> usage(String organization) {
        long all = counter(calls, organization).get();
        long no = counter(denied, organization).get();
        return Map.of("totals", Map.of("calls", counter(events, organization).get()),
                "decisions", Map.of("admitted", all - no, "denied", no,
                        "deniedByLimit", counters == null ? Map.of("minute", no, "burst", no)
                                : Map.of("daily", counter(deniedByLimit, organization + "/daily").get(),
                                        "minute", counter(deniedByLimit, organization + "/minute").get(),
                                        "burst", counter(deniedByLimit, organization + "/burst").get())));
    }

    private static AtomicLong counter(Map<String, AtomicLong> counters, String organization) {
        return counters.computeIfAbsent(organization, ignored -> new AtomicLong());
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
