package com.wedsync.usage.adapters.rest.webhook;

import com.wedsync.usage.domain.alerting.SigningSecret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com): {@code v1,} and the base64 of HMAC-SHA256, keyed with the
 * secret's bytes (the base64 after {@code whsec_}, decoded), over {@code id.timestamp.body}.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    /** The {@code webhook-signature} value of {@code body} sent as {@code id} at {@code timestamp} (unix seconds). */
    public static String of(SigningSecret secret, String id, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.bytes(), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", impossible);
        }
    }
}
