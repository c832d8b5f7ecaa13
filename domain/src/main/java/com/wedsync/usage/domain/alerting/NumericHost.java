package com.wedsync.usage.domain.alerting;

/**
 * A host name read the way resolvers read a number as an IPv4 address ({@code inet_aton}): one to four parts
 * separated by dots, each decimal, octal (a leading 0) or hexadecimal (0x); the last part fills the bytes the others
 * left. So {@code 169.254.169.254}, {@code 2852039166}, {@code 0xA9FEA9FE}, {@code 0251.0376.0251.0376} and
 * {@code 169.254.43518} all name the same address, and a check that knew only the first spelling would let the
 * others through.
 */
final class NumericHost {

    private static final long[] LAST_PART_LIMIT = {0xFFFF_FFFFL, 0xFF_FFFFL, 0xFFFFL, 0xFFL};

    private NumericHost() {
    }

    /** The address as an unsigned 32-bit number, or -1 when {@code host} is not a number in these spellings. */
    static long ipv4(String host) {
        // A name may end with the root's dot; a resolver reads 169.254.169.254. as the address too.
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = name.split("\\.", -1);
        if (parts.length > 4) {
            return -1;
        }
        long address = 0;
        for (int i = 0; i < parts.length; i++) {
            long part = part(parts[i]);
            boolean last = i == parts.length - 1;
            if (part < 0 || part > (last ? LAST_PART_LIMIT[parts.length - 1] : 0xFF)) {
                return -1;
            }
            address = last ? (address << (8 * (4 - i))) | part : (address << 8) | part;
        }
        return address;
    }

    /** One part: 0x and hexadecimal digits, 0 and octal digits, or decimal digits; -1 for anything else. */
    private static long part(String text) {
        if (text.equalsIgnoreCase("0x")) {
            return 0;
        }
        int radix = 10;
        String digits = text;
        if (text.length() > 2 && (text.startsWith("0x") || text.startsWith("0X"))) {
            radix = 16;
            digits = text.substring(2);
        } else if (text.length() > 1 && text.startsWith("0")) {
            radix = 8;
            digits = text.substring(1);
        }
        if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return -1;
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
