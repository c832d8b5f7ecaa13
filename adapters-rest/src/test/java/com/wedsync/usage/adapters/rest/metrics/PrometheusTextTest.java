package com.wedsync.usage.adapters.rest.metrics;

import com.wedsync.usage.application.metrics.MetricFamily;
import com.wedsync.usage.application.metrics.MetricType;
import com.wedsync.usage.application.metrics.Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

    @Test
    void eachFamilyHasItsHelpAndTypeLinesThenOneLinePerSample() {
        String text = PrometheusText.render(List.of(new MetricFamily("jobs_total", "Jobs done.", MetricType.COUNTER,
                List.of(Sample.of("jobs_total", 3, "kind", "a", "result", "ok"), Sample.of("jobs_total", 0)))));

        assertThat(text).isEqualTo("""
                # HELP jobs_total Jobs done.
                # TYPE jobs_total counter
                jobs_total{kind="a",result="ok"} 3
                jobs_total 0
                """);
    }

    @Test
    void helpEscapesBackslashAndLineFeedAndLabelValuesAlsoTheDoubleQuote() {
        String text = PrometheusText.render(List.of(new MetricFamily("odd", "A \\ path\nand more", MetricType.GAUGE,
                List.of(Sample.of("odd", 1, "path", "C:\\dir \"quoted\"\nnext")))));

        assertThat(text).isEqualTo("# HELP odd A \\\\ path\\nand more\n# TYPE odd gauge\n"
                + "odd{path=\"C:\\\\dir \\\"quoted\\\"\\nnext\"} 1\n");
    }

    @Test
    void valuesAreWholeNumbersWithoutAFractionAndTheSpecialFloatsAsPrometheusSpellsThem() {
        assertThat(PrometheusText.value(42)).isEqualTo("42");
        assertThat(PrometheusText.value(0.0008)).isEqualTo("8.0E-4");
        assertThat(PrometheusText.value(2.5)).isEqualTo("2.5");
        assertThat(PrometheusText.value(Double.NaN)).isEqualTo("NaN");
        assertThat(PrometheusText.value(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(PrometheusText.value(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
    }
}
