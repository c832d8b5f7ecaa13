package com.wedsync.usage.adapters.rest.json;

import com.wedsync.usage.domain.Require;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The headers a JSON request body must come with: a {@code Content-Type} of {@code application/json} or
 * {@code application/*+json} (any parameters, but a {@code charset} must be UTF-8). A {@code Content-Encoding} is
 * the web server's to decode or refuse before the body gets here. A missing {@code Content-Type} is taken as JSON:
 * simple clients send none, and the body is parsed strictly anyway.
 */
final class JsonMediaType {

    private static final String SEND_JSON = "send 'Content-Type: application/json'";
    private static final Pattern JSON = Pattern.compile("application/(json|[^/\\s]+\\+json)");

    private JsonMediaType() {
    }

    static void require(ServerRequest request) {
        request.headers().first(HeaderNames.CONTENT_TYPE).ifPresent(JsonMediaType::requireJson);
    }

    private static void requireJson(String contentType) {
        // -1 keeps the empty parts, so that ";;;" is a media type of nothing rather than no parts at all.
        String[] parts = contentType.split(";", -1);
        if (!JSON.matcher(parts[0].strip().toLowerCase(Locale.ROOT)).matches()) {
            throw new UnsupportedMediaTypeException("the body must be JSON: " + SEND_JSON + ", was "
                    + Require.quoted(contentType));
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")
                    && !(parameter.length == 2 && unquoted(parameter[1]).equalsIgnoreCase("utf-8"))) {
                throw new UnsupportedMediaTypeException("the body must be JSON in UTF-8: " + SEND_JSON
                        + " (a charset, if any, utf-8), was " + Require.quoted(contentType));
            }
        }
    }

    private static String unquoted(String value) {
        String stripped = value.strip();
        return stripped.length() > 1 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1) : stripped;
    }
}
