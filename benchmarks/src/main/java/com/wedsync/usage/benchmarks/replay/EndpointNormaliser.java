package com.wedsync.usage.benchmarks.replay;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Turns a raw request target into a route template, as DESIGN §2.5 wants endpoints: never raw ids or queries.
 * <ol>
 *   <li>An absolute target ({@code http://host/path}) keeps only its path; query ({@code ?…}) and fragment are cut.</li>
 *   <li>Empty segments ({@code //}) are dropped; a trailing {@code /} is kept, so {@code /blog/} stays itself.</li>
 *   <li>A segment becomes {@code {id}} when it is: all digits ({@code 2009}, {@code 42}); a UUID; a hex hash of
 *       16 or more hex digits; a token of 20 or more letters, digits and {@code _} mixing letters and digits
 *       ({@code wsk_3kT9…}); or anything longer than 64 characters (pasted garbage, base64 blobs).</li>
 *   <li>Characters outside the endpoint alphabet, and literal {@code { }}, are percent-encoded (UTF-8), so only
 *       the placeholders carry braces.</li>
 *   <li>A template longer than 200 characters is cut to 200.</li>
 * </ol>
 * File names keep their words and versions: {@code /files/logstash-1.3.2-monolithic.jar} is a route of its own.
 */
public final class EndpointNormaliser {

    public static final String PLACEHOLDER = "{id}";
    static final int MAX_LENGTH = 200;
    private static final int MAX_SEGMENT = 64;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern UUID = Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HEX_HASH = Pattern.compile("(?i)[0-9a-f]{16,}");
    private static final Pattern TOKEN = Pattern.compile("(?=\\w*\\d)(?=\\w*[A-Za-z])\\w{20,}");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final String SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~!$&'()*+,;=:@%-";

    public String normalise(String target) {
        String path = pathOf(target);
        StringJoiner template = new StringJoiner("/", "/", path.endsWith("/") ? "/" : "");
        template.setEmptyValue("/");
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                template.add(isIdLike(segment) ? PLACEHOLDER : encoded(segment));
            }
        }
        String result = template.toString();
        return result.length() > MAX_LENGTH ? result.substring(0, MAX_LENGTH) : result;
    }

    static boolean isIdLike(String segment) {
        return segment.length() > MAX_SEGMENT || DIGITS.matcher(segment).matches()
                || UUID.matcher(segment).matches() || HEX_HASH.matcher(segment).matches()
                || TOKEN.matcher(segment).matches();
    }

    private static String pathOf(String target) {
        String path = target;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int cut = firstOf(path, '?', '#');
        return cut < 0 ? path : path.substring(0, cut);
    }

    private static int firstOf(String text, char a, char b) {
        int first = text.indexOf(a);
        int second = text.indexOf(b);
        return first < 0 ? second : second < 0 ? first : Math.min(first, second);
    }

    private static String encoded(String segment) {
        StringBuilder out = new StringBuilder(segment.length());
        segment.codePoints().forEach(c -> {
            if (SAFE.indexOf(c) >= 0) {
                out.appendCodePoint(c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return out.toString();
    }
}
