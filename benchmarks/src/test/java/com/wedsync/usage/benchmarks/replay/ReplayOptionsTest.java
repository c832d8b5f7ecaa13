package com.wedsync.usage.benchmarks.replay;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayOptionsTest {

    private static final Map<String, String> TOKEN = Map.of("USAGE_ADMIN_TOKEN", "wsm_x");

    @Test
    void oneServiceOnTheDefaultPortUnlessToldOtherwise() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"access.log"}, TOKEN);

        assertThat(options.urls()).containsExactly(URI.create("http://127.0.0.1:8080/"));
    }

    @Test
    void commaSeparatedUrlsAreServiceNodesTakenInTurn() {
        ReplayOptions options = ReplayOptions.parse(new String[] {"access.log", "--url",
                "http://127.0.0.1:18080, http://127.0.0.1:18081/"}, TOKEN);

        assertThat(options.urls()).containsExactly(URI.create("http://127.0.0.1:18080/"),
                URI.create("http://127.0.0.1:18081/"));
    }

    @Test
    void anEmptyUrlListIsRefused() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"access.log", "--url", ","}, TOKEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--url");
    }

    @Test
    void theTraceIsPlayedInItsOwnOrderUnlessBurstsAreAskedFor() {
        assertThat(ReplayOptions.parse(new String[] {"access.log"}, TOKEN).pacing()).isEqualTo(Pacing.TRACE);
        assertThat(ReplayOptions.parse(new String[] {"access.log", "--pacing", "Bursts"}, TOKEN).pacing())
                .isEqualTo(Pacing.BURSTS);
    }

    @Test
    void burstsHaveNoSpeedAndAnUnknownPacingIsNamed() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"access.log", "--pacing", "bursts", "--speed",
                "200"}, TOKEN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--speed");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"access.log", "--pacing", "fast"}, TOKEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--pacing must be 'trace' or 'bursts', was 'fast'");
    }
}
