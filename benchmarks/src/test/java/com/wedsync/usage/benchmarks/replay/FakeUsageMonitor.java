package com.wedsync.usage.benchmarks.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the usage monitor that keeps just enough of the REST contract for the replay: every third call
 * of an organization is denied by minute and burst, events are deduplicated by id, and the usage report sums
 * what it stored. {@code countTwice} makes its analytics wrong on purpose.
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

    FakeUsageMonitor(boolean countTwice) throws IOException {
        this.countTwice = countTwice;
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
        long call = counter(calls, organization).incrementAndGet();
        if (call % 3 != 0) {
            return Map.of("allowed", true, "organizationId", organization, "violated", java.util.List.of());
        }
        counter(denied, organization).incrementAndGet();
        return Map.of("allowed", false, "organizationId", organization, "violated", java.util.List.of("minute", "burst"),
                "reason", "limit_exceeded", "retryAfterSeconds", 1);
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
        return Map.of("accepted", accepted, "duplicates", duplicates, "rejected", java.util.List.of());
    }

    private Map<String, Object> usage(String organization) {
        long all = counter(calls, organization).get();
        long no = counter(denied, organization).get();
        return Map.of("totals", Map.of("calls", counter(events, organization).get()),
                "decisions", Map.of("admitted", all - no, "denied", no,
                        "deniedByLimit", Map.of("minute", no, "burst", no)));
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
