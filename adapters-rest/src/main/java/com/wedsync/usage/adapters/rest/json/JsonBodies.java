package com.wedsync.usage.adapters.rest.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.wedsync.usage.application.TooLargeException;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * Request bodies read with a size bound, and JSON answers. A body over the bound is refused before it is parsed
 * (413), whether its length was announced or it came chunked, so an oversized request changes nothing; so is a
 * body declared as anything but JSON (415, {@link JsonMediaType}).
 */
public final class JsonBodies {

    public static final Header CONTENT_TYPE = HeaderValues.createCached(HeaderNames.CONTENT_TYPE, "application/json");

    private static final ObjectReader TREE_READER = Json.treeReader();

    private final int maxBytes;

    public JsonBodies(int maxBytes) {
        if (maxBytes < 1 || maxBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("'maxBytes' must be from 1 to " + (Integer.MAX_VALUE - 1)
                    + ", was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The body as {@code reader} reads it; a missing body or a JSON {@code null} is refused (400). */
    public <T> T read(ServerRequest request, ObjectReader reader) {
        return present(Json.read(reader, bytes(request)));
    }

    /** Like {@link #read}, for bodies that may be left out entirely: then {@code absent} stands for them. */
    public <T> T readOrDefault(ServerRequest request, ObjectReader reader, T absent) {
        byte[] body = bytes(request);
        return body.length == 0 ? absent : present(Json.read(reader, body));
    }

    private static <T> T present(T value) {
        if (value == null || value instanceof JsonNode node && node.isMissingNode()) {
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        return value;
    }

    public JsonNode readTree(ServerRequest request) {
        return read(request, TREE_READER);
    }

    public static void send(ServerResponse response, int status, ObjectWriter writer, Object value) {
        byte[] body = Json.write(writer, value);
        response.status(status);
        response.header(CONTENT_TYPE);
        response.send(body);
    }

    /** Sends {@code body}, or, to a HEAD, only the status and headers already set: HTTP allows it no body. */
    public static void sendUnlessHead(ServerRequest request, ServerResponse response, byte[] body) {
        if (request.prologue().method() == Method.HEAD) {
            response.send();
        } else {
            response.send(body);
        }
    }

    private byte[] bytes(ServerRequest request) {
        OptionalLong announced = request.headers().contentLength();
        if (announced.isPresent() && announced.getAsLong() > maxBytes) {
            throw tooLarge();
        }
        if (!request.content().hasEntity()) {
            return new byte[0];
        }
        JsonMediaType.require(request);
        // An announced length is read in one piece; a chunked body is read up to one byte past the limit.
        int readAtMost = announced.isPresent() ? (int) announced.getAsLong() : maxBytes + 1;
        try (InputStream in = request.content().inputStream()) {
            byte[] body = in.readNBytes(readAtMost);
            if (body.length > maxBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException broken) {
            throw new UncheckedIOException("could not read the request body", broken);
        }
    }

    private TooLargeException tooLarge() {
        return new TooLargeException("the request body may hold at most " + maxBytes + " bytes");
    }
}
