package com.wedsync.usage.adapters.persistence.sql;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CopyFieldsTest {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSx");

    @Test
    void anInstantIsWrittenAsTheSameInstantCutToMicroseconds() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.parse("2024-02-29T23:59:59.999999999Z"),
                Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2025-03-10T08:15:00.000001Z"),
                Instant.parse("9999-12-31T23:59:59.999999Z"), Instant.parse("1000-01-01T00:00:00Z")));
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong(-30_610_224_000L, 253_402_300_800L),
                    random.nextInt(1_000_000_000)));
        }

        for (Instant instant : instants) {
            String text = CopyFields.instant(new StringBuilder(), instant).toString();
            assertThat(OffsetDateTime.parse(text, WRITTEN).toInstant()).as(text)
                    .isEqualTo(instant.truncatedTo(ChronoUnit.MICROS));
        }
    }

    @Test
    void anInstantOutsideFourDigitYearsIsWrittenTheIsoWay() {
        Instant early = Instant.parse("0999-12-31T23:00:00.123456789Z");

        assertThat(CopyFields.instant(new StringBuilder(), early)).hasToString("0999-12-31T23:00:00.123456Z");
    }

    @Test
    void textIsEscapedAndBytesAreHex() {
        assertThat(CopyFields.text(new StringBuilder(), "a\\b\tc\nd\re")).hasToString("a\\\\b\\tc\\nd\\re");
        assertThat(CopyFields.text(new StringBuilder(), null)).hasToString("\\N");
        assertThat(CopyFields.bytes(new StringBuilder(), new byte[] {0, 15, -1})).hasToString("\\\\x000fff");
    }
}
