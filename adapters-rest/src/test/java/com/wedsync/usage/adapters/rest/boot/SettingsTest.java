package com.wedsync.usage.adapters.rest.boot;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    @Test
    void theBundledApplicationYamlGivesTheDocumentedDefaults() {
        Settings settings = Settings.from(Config.just(ConfigSources.classpath("application.yaml")));

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(settings.adminToken()).isEmpty();
        assertThat(settings.maxBodyBytes()).isEqualTo(1 << 20);
        assertThat(settings.maxBatchEvents()).isEqualTo(1_000);
        assertThat(settings.isEmbedded()).isTrue();
    }

    @Test
    void productionModeIsConfigurationOnly() {
        Config config = Config.just(ConfigSources.create(Map.of(
                "usage.db.url", "jdbc:postgresql://db.internal:5432/usage", "usage.db.user", "usage",
                "usage.db.password", "s3cret-db-password", "usage.redis.url", "redis://cache.internal:6379",
                "usage.node.count", "3", "usage.redis.budget.ms", "25")));

        Settings settings = Settings.from(config);

        assertThat(settings.isEmbedded()).isFalse();
        assertThat(settings.database()).contains(
                new DatabaseSettings("jdbc:postgresql://db.internal:5432/usage", "usage", "s3cret-db-password"));
        assertThat(settings.redis()).isEqualTo(new RedisSettings(Optional.of("redis://cache.internal:6379"), List.of(),
                3, Duration.ofMillis(25)));
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void clusterSeedsAreCommaSeparated() {
        Config config = Config.just(ConfigSources.create(Map.of(
                "usage.redis.cluster", "redis://10.0.0.1:7000, redis://10.0.0.2:7000,")));

        RedisSettings redis = Settings.from(config).redis();

        assertThat(redis.isCluster()).isTrue();
        assertThat(redis.clusterSeeds()).containsExactly("redis://10.0.0.1:7000", "redis://10.0.0.2:7000");
    }

    @Test
    void aMistypedStoreAddressIsRefusedAtStart() {
        assertThatThrownBy(() -> Settings.from(Config.just(ConfigSources.create(Map.of(
                "usage.db.url", "postgres://localhost/usage"))))).hasMessageContaining("USAGE_DB_URL");
        assertThatThrownBy(() -> Settings.from(Config.just(ConfigSources.create(Map.of(
                "usage.redis.url", "localhost:6379"))))).hasMessageContaining("redis://host:port");
        assertThatThrownBy(() -> Settings.from(Config.just(ConfigSources.create(Map.of(
                "usage.redis.url", "redis://a:1", "usage.redis.cluster", "redis://b:2")))))
                .hasMessageContaining("not both");
        assertThatThrownBy(() -> Settings.from(Config.just(ConfigSources.create(Map.of(
                "usage.node.count", "0"))))).hasMessageContaining("USAGE_NODE_COUNT");
        assertThatThrownBy(() -> Settings.from(Config.just(ConfigSources.create(Map.of(
                "usage.alert.interval.seconds", "0"))))).hasMessage(
                "'usage.alert.interval.seconds' must be from 1 to 3600, was 0");
    }

    @Test
    void theAlertRulesAreEvaluatedEveryMinuteUnlessConfiguredOtherwise() {
        assertThat(Settings.from(Config.just(ConfigSources.create(Map.of()))).alertInterval())
                .isEqualTo(java.time.Duration.ofSeconds(60));
        assertThat(Settings.from(Config.just(ConfigSources.create(Map.of("usage.alert.interval.seconds", "15"))))
                .alertInterval()).isEqualTo(java.time.Duration.ofSeconds(15));
    }

    @Test
    void keysNamedAfterTheEnvironmentVariablesOverrideTheDefaults() {
        Config config = Config.just(ConfigSources.create(Map.of("usage.port", "18080", "usage.data.dir", "/tmp/u",
                "usage.admin.token", "secret-token-of-25-chars", "usage.max.body.bytes", "2048", "usage.max.batch.events", "7")));

        Settings settings = Settings.from(config);

        assertThat(settings).isEqualTo(new Settings(18080, Path.of("/tmp/u"), java.util.Optional.of("secret-token-of-25-chars"),
                2048, 7));
        assertThat(settings.toString()).doesNotContain("secret-token");
    }

    @Test
    void nonsenseIsRefusedAtStart() {
        Config config = Config.just(ConfigSources.create(Map.of("usage.max.batch.events", "0")));

        assertThatThrownBy(() -> Settings.from(config)).hasMessageContaining("usage.max.batch.events");
    }
}
