package com.wedsync.usage.adapters.redis.shared;

import com.wedsync.usage.application.testsupport.ExternalServers;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.redisson.api.RedissonClient;

import java.util.UUID;

/**
 * The tests' Redis ({@link ExternalServers}) for one test class, registered as a static extension: one client for
 * the class, and a key namespace of each test's own, whose keys are deleted after the test.
 */
final class TestRedis implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private RedissonClient client;
    private String namespace = newNamespace();

    @Override
    public void beforeAll(ExtensionContext context) {
        client = RedisClients.standalone(ExternalServers.requireRedis());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.getKeys().deleteByPattern(namespace + ":*");
        namespace = newNamespace();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (client != null) {
            client.shutdown();
        }
    }

    RedissonClient client() {
        return client;
    }

    /** The current test's key prefix. */
    String namespace() {
        return namespace;
    }

    private static String newNamespace() {
        return "test-" + UUID.randomUUID();
    }
}
