package com.wedsync.usage.adapters.rest;

import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.Method;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Calls with an optional bearer token and an optional body, over the routing-level client or a real socket. */
public final class HttpCalls {

    private final Http1Client client;

    public HttpCalls(Http1Client client) {
        this.client = client;
    }

    /** {@code path} may carry a query string, whose parameters are sent as such (values unencoded). */
    public Answer call(Method method, String path, String token, String body) {
        return call(method, path, token, body, Map.of());
    }

    /** A call whose {@code headers} are set after the usual ones: a body is sent as JSON unless they say otherwise. */
    public Answer call(Method method, String path, String token, String body, Map<String, String> headers) {
        Http1ClientRequest request = client.method(method);
        int query = path.indexOf('?');
        request.uri(query < 0 ? path : path.substring(0, query));
        if (query >= 0) {
            // A name given twice is sent twice: setting a parameter again would replace its value.
            Map<String, List<String>> parameters = new LinkedHashMap<>();
            for (String pair : path.substring(query + 1).split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                parameters.computeIfAbsent(nameAndValue[0], name -> new ArrayList<>())
                        .add(nameAndValue.length > 1 ? nameAndValue[1] : "");
            }
            parameters.forEach((name, values) -> request.queryParam(name, values.toArray(String[]::new)));
        }
        if (token != null) {
            request.header(HeaderNames.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            request.header(HeaderNames.CONTENT_TYPE, "application/json");
        }
        headers.forEach((name, value) -> request.header(HeaderNames.create(name), value));
        try (HttpClientResponse response = body == null ? request.request() : request.submit(body)) {
            // A 204 has no entity at all, which as(String.class) refuses to read.
            String text = response.entity().hasEntity() ? response.as(String.class) : "";
            return new Answer(response.status().code(), response.headers(), text);
        }
    }

    /** A POST of a JSON body given as bytes, sent as they are: for bodies that are not text (invalid UTF-8). */
    public Answer postBytes(String path, String token, byte[] body) {
        Http1ClientRequest request = client.post(path).header(HeaderNames.AUTHORIZATION, "Bearer " + token)
                .header(HeaderNames.CONTENT_TYPE, "application/json");
        try (HttpClientResponse response = request.submit(body)) {
            return new Answer(response.status().code(), response.headers(),
                    response.entity().hasEntity() ? response.as(String.class) : "");
        }
    }

    /** A GET carrying header {@code name} once per value, as a proxy that adds a header rather than replacing it. */
    public Answer getWithRepeatedHeader(String path, String name, String... values) {
        Http1ClientRequest request = client.get(path);
        request.headers(all -> all.add(HeaderValues.create(HeaderNames.create(name), values)));
        try (HttpClientResponse response = request.request()) {
            String text = response.entity().hasEntity() ? response.as(String.class) : "";
            return new Answer(response.status().code(), response.headers(), text);
        }
    }

    public Answer get(String path, String token) {
        return call(Method.GET, path, token, null);
    }

    public Answer post(String path, String token, String body) {
        return call(Method.POST, path, token, body);
    }

    public Answer patch(String path, String token, String body) {
        return call(Method.PATCH, path, token, body);
    }

    public Answer put(String path, String token, String body) {
        return call(Method.PUT, path, token, body);
    }

    public Answer delete(String path, String token) {
        return call(Method.DELETE, path, token, null);
    }

    public void close() {
        client.closeResource();
    }
}
