package com.wedsync.usage.adapters.rest.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body must be UTF-8 (RFC 8259, section 8.1), and Jackson's parser lets some malformed forms through: an
 * overlong encoding (0xC0 0xAF for '/') is read as the character it spells, so "/x\xC0\xAF" would be stored as
 * "/x/", the classic way past a filter that looks for '/'. Bodies are therefore checked with the JDK's strict decoder
 * first, which refuses overlong forms, surrogates and code points above U+10FFFF. A NUL byte is refused too: JSON
 * text never holds one raw (control characters must be escaped), and it is what UTF-16 or UTF-32 text looks like to a
 * UTF-8 reader, which Jackson would otherwise recognise and read though the body was sent as UTF-8.
 */
final class StrictUtf8 {

    private static final int CHUNK = 1_024;

    private StrictUtf8() {
    }

    /** The offset of the first byte that is not part of well-formed UTF-8 or is a NUL, or -1 when there is none. */
    static int firstMalformedByte(byte[] bytes) {
        int ascii = 0;
        while (ascii < bytes.length && bytes[ascii] > 0) {
            ascii++;
        }
        if (ascii == bytes.length) {
            return -1;
        }
        int undecodable = firstUndecodable(bytes, ascii);
        int nul = firstNul(bytes, ascii, undecodable < 0 ? bytes.length : undecodable);
        return nul >= 0 ? nul : undecodable;
    }

    private static int firstUndecodable(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    /** The first NUL byte from {@code from} up to {@code to} (exclusive), or -1. */
    private static int firstNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
