package com.wedsync.usage.domain.usage;

import com.wedsync.usage.domain.Require;

import java.util.regex.Pattern;

/**
 * A route template such as {@code /v1/clients/{id}}: a path of printable ASCII without query string, fragment,
 * spaces or control characters, at most 200 characters. Raw ids, query strings and bodies stay out of the log.
 */
public record Endpoint(String template) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern FORM = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%{}/-]{0," + (MAX_LENGTH - 1) + "}");

    public Endpoint {
        Require.matching(template, FORM, "endpoint",
                "a route template starting with '/', at most " + MAX_LENGTH
                        + " characters, without query string, spaces or control characters");
    }

    @Override
    public String toString() {
        return template;
    }
}
