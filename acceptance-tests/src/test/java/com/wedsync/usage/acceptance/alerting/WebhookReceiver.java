package com.wedsync.usage.acceptance.alerting;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real webhook receiver on 127.0.0.1 that answers 200 to everything and keeps what it got, in order. */
final class WebhookReceiver implements AutoCloseable {

    /** One request: its path, {@code webhook-id} and body. */
    record Received(String path, String webhookId, String body) {

        /** The payload's {@code type}, read the simple way: the body starts with it. */
        String type() {
            return body.substring("{\"type\":\"".length(), body.indexOf('"', "{\"type\":\"".length()));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} requests arrived (at most 10 s), then a little longer for strays. */
    List<Received> settle(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(300);
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
