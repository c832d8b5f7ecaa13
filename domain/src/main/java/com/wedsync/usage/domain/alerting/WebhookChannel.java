package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.net.URI;
import java.net.URISyntaxException;
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
        requireWebhook(url, url.toString(), "url");
    }

    /** Parses a URL as a client wrote it, naming it {@code name} (such as {@code channels[0].url}) if it is wrong. */
    public static WebhookChannel parse(String url, String name) {
        Require.present(url, name);
        try {
            URI parsed = new URI(url);
            requireWebhook(parsed, url, name);
            return new WebhookChannel(parsed);
        } catch (URISyntaxException notUri) {
            throw refused(url, name);
        }
    }

    private static void requireWebhook(URI url, String text, String name) {
        if (text.length() > MAX_URL_LENGTH || !url.isAbsolute() || url.getScheme() == null
                || !SCHEMES.contains(url.getScheme().toLowerCase(Locale.ROOT)) || url.getHost() == null
                || url.getRawUserInfo() != null) {
            throw refused(text, name);
        }
    }

    private static IllegalArgumentException refused(String text, String name) {
        return new IllegalArgumentException("'" + name + "' must be an absolute http or https URL with a host,"
                + " without user information, of at most " + MAX_URL_LENGTH + " characters, was "
                + Require.quoted(text));
    }
}
