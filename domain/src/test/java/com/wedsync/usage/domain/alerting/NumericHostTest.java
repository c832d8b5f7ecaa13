package com.wedsync.usage.domain.alerting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumericHostTest {

    @ParameterizedTest
    @CsvSource({
        "169.254.169.254, 2852039166",
        "2852039166, 2852039166",
        "0xA9FEA9FE, 2852039166",
        "0251.0376.0251.0376, 2852039166",
        "169.254.43518, 2852039166",
        "169.16689662, 2852039166",
        "0x7f.1, 2130706433",
        "10.0.0.1., 167772161",
        "0, 0",
        "255.255.255.255, 4294967295"})
    void everySpellingOfAnAddressIsThatAddress(String host, long address) {
        assertThat(NumericHost.ipv4(host)).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.example.com", "0x1.example", "256.1.1.1", "1.2.3.4.5", "4294967296", "08.1.1.1",
        "1..2", "", "+5", "-1", "1.2.3.256", "a9fe.a9fe"})
    void namesAndOutOfRangeNumbersAreNotAddresses(String host) {
        assertThat(NumericHost.ipv4(host)).isEqualTo(-1);
    }
}
