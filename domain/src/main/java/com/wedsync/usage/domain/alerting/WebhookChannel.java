package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a rule's notifications go: an absolute http or https URL that receives signed webhooks. Credentials in the
 * URL are refused, because rules are shown to everyone who may read them and the URL is shown in full. A port must
 * be one a receiver can listen on, and a host written as a link-local or unspecified address (169.254.0.0/16, such
 * as a cloud's instance metadata at 169.254.169.254, fe80::/10, 0.0.0.0, ::), in any spelling, is refused: no receiver lives there,
 * and an owner must not make the service call it. Names are not resolved here; loopback and private addresses stay
 * allowed, for receivers on the same host or network.
 */
public record WebhookChannel(URI url) {

    public static final int MAX_URL_LENGTH = 2_000;
    private static final Set<String> SCHEMES = Set.of("http", "https");
    /** 169.254.0.0/16. */
    private static final long LINK_LOCAL_PREFIX = (169L << 8) | 254;

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
        if (url.getPort() != -1 && (url.getPort() < 1 || url.getPort() > 65_535)) {
            throw new IllegalArgumentException("'" + name + "' must have a port from 1 to 65535, was "
                    + url.getPort());
        }
        if (isLinkLocalOrUnspecified(url.getHost().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + name + "' must not name a link-local or unspecified address,"
                    + " was " + Require.quoted(url.getHost()));
        }
    }

    /**
     * The host as written in the URL, when it is an address: an IPv6 literal in brackets, without its zone (read by
     * the JDK, which needs no lookup for one, and which reads an IPv4-mapped {@code ::ffff:169.254.169.254} as the
     * IPv4 address it is; the other forms that carry an IPv4 address, {@link EmbeddedIpv4}, are read here), or a number in any of the spellings a resolver reads as an IPv4 address (one to four parts, each
     * decimal, octal with a leading 0 or hexadecimal with 0x: {@code 2852039166} and {@code 0xA9FEA9FE} are
     * 169.254.169.254 too).
     */
    private static boolean isLinkLocalOrUnspecified(String host) {
        if (host.startsWith("[")) {
            String literal = host.substring(1, host.length() - 1);
            int zone = literal.indexOf('%');
            try {
                InetAddress address = InetAddress.getByName(zone < 0 ? literal : literal.substring(0, zone));
                return address.isLinkLocalAddress() || address.isAnyLocalAddress()
                        || EmbeddedIpv4.of(address.getAddress()).stream().anyMatch(ipv4 -> isLinkLocalOrZero(ipv4));
            } catch (UnknownHostException notAnAddress) {
                return false;
            }
        }
        long ipv4 = NumericHost.ipv4(host);
        return ipv4 >= 0 && isLinkLocalOrZero(ipv4);
    }

    private static boolean isLinkLocalOrZero(long ipv4) {
        return ipv4 >>> 16 == LINK_LOCAL_PREFIX || ipv4 == 0;
    }

    private static IllegalArgumentException refused(String text, String name) {
        return new IllegalArgumentException("'" + name + "' must be an absolute http or https URL with a host,"
                + " without user information, of at most " + MAX_URL_LENGTH + " characters, was "
                + Require.quoted(text));
    }
}
