package com.wedsync.usage.application.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link OccurredAt#parse} answers exactly what {@link Instant#parse} answers, value or refusal, for any text. */
class OccurredAtPropertyTest {

    @Property(tries = 3_000)
    void everyInstantAsJavaWritesItReadsBackTheSame(@ForAll("instants") Instant instant) {
        assertThat(OccurredAt.parse(instant.toString())).isEqualTo(instant);
    }

    @Property(tries = 5_000)
    void nearlyInstantsGetWhatInstantParseGives(@ForAll("nearlyInstants") String text) {
        assertThat(outcome(() -> OccurredAt.parse(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
    }

    @Example
    void formsOutsideTheCommonOneAreLeftToInstantParse() {
        assertThat(OccurredAt.parse("2025-01-31T12:00:00+01:00")).isEqualTo(Instant.parse("2025-01-31T11:00:00Z"));
        assertThat(OccurredAt.parse("2025-06-30T23:59:60Z")).isEqualTo(Instant.parse("2025-06-30T23:59:60Z"));
        assertThat(OccurredAt.parse("2025-01-31t12:00:00.5z")).isEqualTo(Instant.parse("2025-01-31T12:00:00.500Z"));
        assertThat(OccurredAt.parse("2025-01-31T12:00:00.000000001Z").getNano()).isEqualTo(1);
        assertThatThrownBy(() -> OccurredAt.parse("2025-02-29T12:00:00Z")).isInstanceOf(DateTimeParseException.class);
        assertThat(OccurredAt.parse("2025-01-31T24:00:00Z")).isEqualTo(Instant.parse("2025-01-31T24:00:00Z"));
        for (String edge : new String[] {"2025-01-31T12:00:00.Z", "2025-01-31T12:00:00.1234567890Z",
                "+12025-01-31T12:00:00Z", "2025-01-31T12:00Z", "2025-1-31T12:00:00Z", ""}) {
            assertThat(outcome(() -> OccurredAt.parse(edge))).as(edge).isEqualTo(outcome(() -> Instant.parse(edge)));
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999)
                .map(milli -> milli * 1_000_000), Arbitraries.integers().between(0, 999_999_999));
        return seconds.flatMap(second -> nanos.map(nano -> Instant.ofEpochSecond(second, nano)));
    }

    /** Texts of the instant's shape with a few characters changed: wrong digits, separators, lengths, cases. */
    @Provide
    Arbitrary<String> nearlyInstants() {
        return instants().map(Instant::toString).flatMap(text -> Arbitraries.integers().between(0, text.length() - 1)
                .list().ofMaxSize(3).flatMap(positions -> Arbitraries.of('0', '1', '2', '3', '5', '9', '-', ':',
                        'T', 't', 'Z', 'z', '.', ',', '+', ' ', 'x').list().ofSize(positions.size()).map(chars -> {
                            StringBuilder changed = new StringBuilder(text);
                            for (int i = 0; i < positions.size(); i++) {
                                changed.setCharAt(positions.get(i), chars.get(i));
                            }
                            return changed.toString();
                        })));
    }

    private static Object outcome(Supplier<Instant> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException refused) {
            return "refused";
        }
    }
}
