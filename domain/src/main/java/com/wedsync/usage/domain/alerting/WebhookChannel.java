package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where a rule's notifications go: an absolute http or https URL that receives signed webhooks. Credentials in the
 * URL are refused, because rules are shown to everyone who may read them and the URL is shown in full.
 */
public record WebhookChannel(URI url) {

    public static final int MAX_URL_LENGTH = 2_000;
    private static final Set<String> SCHEMES = Set.of("http", "https");

    public WebhookChannel {
        Require.present(url, "url");
        String text = url.toString();
        if (text.length() > MAX_URL_LENGTH || !url.isAbsolute() || url.getScheme() == null
                || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT)) || url.getHost() == null
                || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("'url' must be an absolute http or https URL with a host, without"
                    + " user information, of at most " + MAX_URL_LENGTH + " characters, was " + Require.quoted(text));
        }
    }

    /** Parses a URL as a client wrote it; text that is no URI at all gets the same message as a wrong URL. */
    public static WebhookChannel parse(String url) {
        Require.present(url, "url");
        try {
            return new WebhookChannel(new URI(url));
        } catch (java.net.URISyntaxException notUri) {
            throw new IllegalArgumentException("'url' must be an absolute http or https URL with a host, without"
                    + " user information, of at most " + MAX_URL_LENGTH + " characters, was " + Require.quoted(url));
        }
    }
}
