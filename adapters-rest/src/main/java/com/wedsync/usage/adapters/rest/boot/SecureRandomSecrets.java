package com.wedsync.usage.adapters.rest.boot;

import com.wedsync.usage.application.port.SecretSource;

import java.security.SecureRandom;

/** Secrets and identifiers from {@link SecureRandom}; each character is drawn without modulo bias. */
final class SecureRandomSecrets implements SecretSource {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final SecureRandom random = new SecureRandom();

    @Override
    public String base62(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    @Override
    public byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
