package com.wedsync.usage.adapters.rest.billing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    @Test
    void plainFieldsAreWrittenAsTheyAreAndRowsEndInCrLf() {
        assertThat(new CsvRows().row(List.of("2025-01-01", "12")).row(List.of("a b", "")).toString())
                .isEqualTo("2025-01-01,12\r\na b,\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertThat(CsvRows.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvRows.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvRows.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(CsvRows.field("line\nfeed")).isEqualTo("\"line\nfeed\"");
    }
}
