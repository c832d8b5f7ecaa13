package com.wedsync.usage.domain.alerting;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The IPv4 address an IPv6 address carries in its last 32 bits, in the forms that route to it: IPv4-compatible
 * ({@code ::a.b.c.d}), IPv4-translated ({@code ::ffff:0:a.b.c.d}) and the NAT64 well-known prefix
 * ({@code 64:ff9b::a.b.c.d}). (IPv4-mapped {@code ::ffff:a.b.c.d} the JDK already reads as an IPv4 address.)
 */
final class EmbeddedIpv4 {

    private static final byte[] COMPATIBLE = new byte[12];
    private static final byte[] TRANSLATED = {0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
    private static final byte[] NAT64 = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};

    private EmbeddedIpv4() {
    }

    /** The IPv4 address (unsigned 32 bits) within {@code address}'s bytes, if it is an IPv6 address of those forms. */
    static OptionalLong of(byte[] address) {
        if (address.length != 16) {
            return OptionalLong.empty();
        }
        byte[] prefix = Arrays.copyOf(address, 12);
        if (!Arrays.equals(prefix, COMPATIBLE) && !Arrays.equals(prefix, TRANSLATED) && !Arrays.equals(prefix, NAT64)) {
            return OptionalLong.empty();
        }
        long ipv4 = 0;
        for (int i = 12; i < 16; i++) {
            ipv4 = (ipv4 << 8) | (address[i] & 0xff);
        }
        return OptionalLong.of(ipv4);
    }
}
