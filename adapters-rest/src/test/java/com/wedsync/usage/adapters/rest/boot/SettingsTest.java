package com.wedsync.usage.adapters.rest.boot;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

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
