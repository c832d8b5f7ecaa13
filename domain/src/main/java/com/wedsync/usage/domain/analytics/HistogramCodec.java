package com.wedsync.usage.domain.analytics;

import java.io.ByteArrayOutputStream;

/**
 * The stored form of a {@link LatencyHistogram}: a format byte, the number of buckets, then per bucket the gap
 * from the previous bucket and the count, all as unsigned LEB128 varints. A rollup's few dozen buckets take a few
 * dozen bytes, and decoding allocates only the two arrays it returns.
 */
final class HistogramCodec {

    private static final int FORMAT = 1;

    private HistogramCodec() {
    }

    static byte[] encode(int[] buckets, long[] counts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 + buckets.length * 3);
        out.write(FORMAT);
        writeVarint(out, buckets.length);
        int previous = 0;
        for (int i = 0; i < buckets.length; i++) {
            writeVarint(out, buckets[i] - previous);
            writeVarint(out, counts[i]);
            previous = buckets[i];
        }
        return out.toByteArray();
    }

    static LatencyHistogram decode(byte[] encoded) {
        if (encoded.length == 0 || encoded[0] != FORMAT) {
            throw new IllegalArgumentException("not a stored latency histogram (format byte " + FORMAT + ")");
        }
        int[] position = {1};
        int size = (int) readVarint(encoded, position);
        if (size < 0 || size > LatencyBuckets.COUNT) {
            throw new IllegalArgumentException("a stored latency histogram holds at most "
                    + LatencyBuckets.COUNT + " buckets, this one says " + size);
        }
        int[] buckets = new int[size];
        long[] counts = new long[size];
        int bucket = 0;
        for (int i = 0; i < size; i++) {
            bucket += (int) readVarint(encoded, position);
            buckets[i] = bucket;
            counts[i] = readVarint(encoded, position);
        }
        return LatencyHistogram.ofBuckets(buckets, counts);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
    }

    private static long readVarint(byte[] encoded, int[] position) {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position[0] >= encoded.length) {
                throw new IllegalArgumentException("a stored latency histogram ends in the middle of a number");
            }
            byte next = encoded[position[0]++];
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("a stored latency histogram holds a number longer than 64 bits");
    }
}
