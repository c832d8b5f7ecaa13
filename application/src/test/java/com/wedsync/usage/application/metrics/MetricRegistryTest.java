package com.wedsync.usage.application.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class MetricRegistryTest {

    private final MetricRegistry registry = new MetricRegistry();

    @Test
    void histogramBucketsAreCumulativeWithPlainBoundsAndAnInfiniteLast() {
        Histogram histogram = registry.histogram("work_seconds", "Work.", 0.0005, 0.001, 1);
        histogram.observeNanos(400_000);
        histogram.observeNanos(1_000_000);
        histogram.observeNanos(3_000_000_000L);

        assertThat(registry.collect().getFirst().samples()).extracting(Sample::name, s -> s.labels().get("le"),
                Sample::value).containsExactly(
                tuple("work_seconds_bucket", "0.0005", 1.0),
                tuple("work_seconds_bucket", "0.001", 2.0),
                tuple("work_seconds_bucket", "1", 2.0),
                tuple("work_seconds_bucket", "+Inf", 3.0),
                tuple("work_seconds_sum", null, 3.0014),
                tuple("work_seconds_count", null, 3.0));
    }

    @Test
    void familiesAreCollectedInNameOrder() {
        registry.gauge("b_gauge", "B.", () -> List.of(Sample.of("b_gauge", 2)));
        registry.counter("a_total", "A.").labels().add(5);

        assertThat(registry.collect()).extracting(MetricFamily::name, MetricFamily::type)
                .containsExactly(tuple("a_total", MetricType.COUNTER),
                        tuple("b_gauge", MetricType.GAUGE));
    }

    @Test
    void aCounterNotEndingInTotalABadNameOrAReservedLabelIsRefused() {
        assertThatThrownBy(() -> registry.counter("requests", "R."))
                .hasMessage("a counter's name must end in _total, was 'requests'");
        assertThatThrownBy(() -> registry.gauge("1st", "X.", List::of))
                .hasMessage("'1st' is not a valid metric name");
        assertThatThrownBy(() -> registry.counter("x_total", "X.", "le"))
                .hasMessage("'le' is not a valid label name");
    }

    @Test
    void aNameIsRegisteredOnceAndACounterNeverGoesDown() {
        Counter counter = registry.counter("x_total", "X.").labels();
        assertThatThrownBy(() -> registry.gauge("x_total", "X.", List::of))
                .hasMessage("a metric named 'x_total' is already registered");
        assertThatThrownBy(() -> counter.add(-1)).hasMessage("'amount' must not be negative, was -1");
    }
}
