package com.wedsync.usage.adapters.rest.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real webhook receiver on 127.0.0.1: it answers 500 to the first {@code failures} requests and 200 after, and
 * keeps every request it got, with the moment it arrived.
 */
public final class Receiver implements AutoCloseable {

    /** One request as the receiver saw it. */
    public record Received(String id, String timestamp, String signature, String contentType, String body,
                           long arrivedNanos) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private Receiver(HttpServer server) {
        this.server = server;
    }

    /** A receiver on a free port. */
    public static Receiver failingFirst(int failures) {
        return on(0, failures);
    }

    /** A receiver on {@code port} (0 for any free one) that fails its first {@code failures} requests. */
    public static Receiver on(int port, int failures) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            Receiver receiver = new Receiver(server);
            AtomicInteger seen = new AtomicInteger();
            server.createContext("/hook", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                var headers = exchange.getRequestHeaders();
                receiver.received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"),
                        new String(body, StandardCharsets.UTF_8), System.nanoTime()));
                exchange.sendResponseHeaders(seen.incrementAndGet() <= failures ? 500 : 200, -1);
                exchange.close();
            });
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests arrived, at most {@code patience}; the requests so far. */
    public List<Received> awaitAtLeast(int count, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
