package org.openimis.schema.jdbc;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Facts of PostgreSQL's COPY text format shared by writer and verifier: the NULL marker, the line hash. */
public final class CopyText {

    public static final String NULL = "\\N";

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long MIX = 0xC2B2AE3D27D4EB4FL;

    private CopyText() {
    }

    /**
     * A 64-bit hash of a line's bytes, eight at a time (every bit of every byte reaches the result): rows are summed
     * into an order-independent table checksum.
     */
    public static long hash(byte[] bytes, int from, int to) {
        long hash = GOLDEN ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            hash = Long.rotateLeft(hash ^ ((long) LONGS.get(bytes, i) * MIX), 31) * GOLDEN;
        }
        if (i < to) {
            long tail = 0;
            for (int shift = 0; i < to; i++, shift += 8) {
                tail |= (bytes[i] & 0xffL) << shift;
            }
            hash = Long.rotateLeft(hash ^ (tail * MIX), 31) * GOLDEN;
        }
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        hash ^= hash >>> 33;
        hash *= 0xC4CEB9FE1A85EC53L;
        return hash ^ (hash >>> 33);
    }
}
