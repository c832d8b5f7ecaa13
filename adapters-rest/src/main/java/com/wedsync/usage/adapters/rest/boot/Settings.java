package com.wedsync.usage.adapters.rest.boot;

import io.helidon.config.Config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The operator's settings, read once at start from Helidon Config: {@code application.yaml}, overridden by
 * environment variables. Helidon maps {@code USAGE_DATA_DIR} to the key {@code usage.data.dir}, so every key
 * here is its variable in lower case with '_' as '.':
 * <ul>
 *     <li>{@code usage.port} ({@code USAGE_PORT}), default 8080</li>
 *     <li>{@code usage.data.dir} ({@code USAGE_DATA_DIR}), default {@code ./data}</li>
 *     <li>{@code usage.admin.token} ({@code USAGE_ADMIN_TOKEN}), default: generated on first start</li>
 *     <li>{@code usage.max.body.bytes} ({@code USAGE_MAX_BODY_BYTES}), default 1 MiB</li>
 *     <li>{@code usage.max.batch.events} ({@code USAGE_MAX_BATCH_EVENTS}), default 1000</li>
 *     <li>{@code usage.db.url}, {@code usage.db.user}, {@code usage.db.password} ({@code USAGE_DB_URL} …): PostgreSQL
 *     instead of the embedded database</li>
 *     <li>{@code usage.redis.url} or {@code usage.redis.cluster} ({@code USAGE_REDIS_URL}, {@code USAGE_REDIS_CLUSTER}):
 *     shared counters instead of in-process ones; {@code usage.node.count} ({@code USAGE_NODE_COUNT}) and
 *     {@code usage.redis.budget.ms} ({@code USAGE_REDIS_BUDGET_MS}) for the fallback</li>
 *     <li>{@code usage.alert.interval.seconds} ({@code USAGE_ALERT_INTERVAL_SECONDS}), default 60: how often the
 *     alert rules are evaluated</li>
 * </ul>
 */
public record Settings(int port, Path dataDir, Optional<String> adminToken, int maxBodyBytes, int maxBatchEvents,
                       Optional<DatabaseSettings> database, RedisSettings redis, Duration alertInterval) {

    public static final int DEFAULT_PORT = 8080;
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    public static final int DEFAULT_MAX_BATCH_EVENTS = 1_000;
    public static final Duration DEFAULT_ALERT_INTERVAL = Duration.ofSeconds(60);
    /** A bootstrap admin token is an admin password: short ones are guessable. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 20;

    public Settings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("'usage.port' must be from 0 to 65535, was " + port);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > 64 << 20) {
            throw new IllegalArgumentException("'usage.max.body.bytes' must be from 1 to 64 MiB, was " + maxBodyBytes);
        }
        if (adminToken.isPresent() && adminToken.get().length() < MIN_ADMIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("USAGE_ADMIN_TOKEN must be at least " + MIN_ADMIN_TOKEN_LENGTH
                    + " characters long, was " + adminToken.get().length());
        }
        if (maxBatchEvents < 1) {
            throw new IllegalArgumentException("'usage.max.batch.events' must be positive, was " + maxBatchEvents);
        }
        if (alertInterval.toSeconds() < 1 || alertInterval.toSeconds() > 3_600) {
            throw new IllegalArgumentException("'usage.alert.interval.seconds' must be from 1 to 3600, was "
                    + alertInterval.toSeconds());
        }
    }

    /** Settings of the embedded default: the file database and in-process counters. */
    public Settings(int port, Path dataDir, Optional<String> adminToken, int maxBodyBytes, int maxBatchEvents) {
        this(port, dataDir, adminToken, maxBodyBytes, maxBatchEvents, Optional.empty(), RedisSettings.IN_PROCESS,
                DEFAULT_ALERT_INTERVAL);
    }

    public static Settings from(Config config) {
        Config usage = config.get("usage");
        return new Settings(usage.get("port").asInt().orElse(DEFAULT_PORT),
                Path.of(usage.get("data.dir").asString().orElse("./data")),
                usage.get("admin.token").asString().asOptional().filter(token -> !token.isBlank()),
                usage.get("max.body.bytes").asInt().orElse(DEFAULT_MAX_BODY_BYTES),
                usage.get("max.batch.events").asInt().orElse(DEFAULT_MAX_BATCH_EVENTS),
                text(usage.get("db.url")).map(url -> new DatabaseSettings(url,
                        text(usage.get("db.user")).orElse(""), text(usage.get("db.password")).orElse(""))),
                new RedisSettings(text(usage.get("redis.url")),
                        text(usage.get("redis.cluster")).map(Settings::commaSeparated).orElse(List.of()),
                        usage.get("node.count").asInt().orElse(1),
                        Duration.ofMillis(usage.get("redis.budget.ms").asLong()
                                .orElse(RedisSettings.DEFAULT_BUDGET.toMillis()))),
                Duration.ofSeconds(usage.get("alert.interval.seconds").asLong()
                        .orElse(DEFAULT_ALERT_INTERVAL.toSeconds())));
    }

    /** True on the embedded default: neither PostgreSQL nor shared counters are configured. */
    public boolean isEmbedded() {
        return database.isEmpty() && !redis.isShared();
    }

    private static Optional<String> text(Config key) {
        return key.asString().asOptional().map(String::strip).filter(value -> !value.isEmpty());
    }

    private static List<String> commaSeparated(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(seed -> !seed.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "Settings[port=" + port + ", dataDir=" + dataDir + ", adminToken="
                + (adminToken.isPresent() ? "set" : "unset") + ", maxBodyBytes=" + maxBodyBytes
                + ", maxBatchEvents=" + maxBatchEvents + ", database=" + database.map(Object::toString).orElse("embedded")
                + ", redis=" + redis + ", alertInterval=" + alertInterval + "]";
    }
}
