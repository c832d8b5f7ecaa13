package com.wedsync.usage.domain.tenancy;

import com.wedsync.usage.domain.Require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The SHA-256 of a secret (API key or management token), in lower-case hex: all that is ever stored of it. */
public record SecretHash(String hex) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public SecretHash {
        Require.matching(hex, FORM, "hash", "64 lower-case hex digits");
    }

    public static SecretHash of(String secret) {
        Require.present(secret, "secret");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
