package com.wedsync.usage.domain.usage;

import java.util.Arrays;
import java.util.Optional;

/** The HTTP methods a metered call can have. */
public enum HttpMethod {
    GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS;

    public static Optional<HttpMethod> parse(String text) {
        return Arrays.stream(values()).filter(method -> method.name().equals(text)).findFirst();
    }
}
