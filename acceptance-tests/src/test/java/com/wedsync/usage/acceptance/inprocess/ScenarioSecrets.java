package com.wedsync.usage.acceptance.inprocess;

import com.wedsync.usage.application.port.SecretSource;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers and secrets drawn from a counter: distinct, as the product needs them to be, and the same in every
 * run. Nothing a scenario checks depends on their being unpredictable.
 */
final class ScenarioSecrets implements SecretSource {

    private final AtomicLong drawn = new AtomicLong();

    @Override
    public String base62(int length) {
        String number = Long.toString(drawn.incrementAndGet());
        return "0".repeat(Math.max(0, length - number.length())) + number;
    }

    @Override
    public byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        long value = drawn.incrementAndGet();
        for (int i = 0; i < Math.min(count, Long.BYTES); i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }
}
