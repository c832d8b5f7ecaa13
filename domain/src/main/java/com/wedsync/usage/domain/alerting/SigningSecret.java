package com.wedsync.usage.domain.alerting;

import com.wedsync.usage.domain.Require;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The key with which a rule's webhooks are signed (HMAC-SHA256), in the Standard Webhooks form: {@code whsec_} and
 * the base64 of 24 to 64 random bytes. Unlike an API key's secret it is kept as it is, because signing needs it;
 * it is shown once, when the rule is created, and never printed ({@link #toString}).
 */
public record SigningSecret(String value) {

    public static final String PREFIX = "whsec_";
    public static final int MIN_BYTES = 24;
    public static final int MAX_BYTES = 64;
    private static final Pattern FORM = Pattern.compile("whsec_[A-Za-z0-9+/]{32,88}={0,2}");

    public SigningSecret {
        Require.present(value, "signingSecret");
        if (!FORM.matcher(value).matches() || !holdsEnoughBytes(value)) {
            throw new IllegalArgumentException("'signingSecret' must be 'whsec_' and the base64 of " + MIN_BYTES
                    + " to " + MAX_BYTES + " bytes");
        }
    }

    /** The secret made of {@code bytes}, which the caller draws from a secure random source. */
    public static SigningSecret of(byte[] bytes) {
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(bytes));
    }

    /** The key itself, for the HMAC. */
    public byte[] bytes() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    private static boolean holdsEnoughBytes(String value) {
        try {
            int length = Base64.getDecoder().decode(value.substring(PREFIX.length())).length;
            return length >= MIN_BYTES && length <= MAX_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    @Override
    public String toString() {
        return "SigningSecret[hidden]";
    }
}
