package org.openimis.schema.copy;

import org.openimis.schema.jdbc.CopyText;

import java.io.OutputStream;
import java.util.Arrays;

/** Receives {@code COPY ... TO STDOUT} output and sums the hashes of its lines, as the readers did for the lines sent. */
final class LineChecksum extends OutputStream {

    private byte[] pending = new byte[1024];
    private int pendingLength;
    private long rows;
    private long checksum;

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        int end = offset + length;
        int lineStart = offset;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                if (pendingLength == 0) {
                    checksum += CopyText.hash(bytes, lineStart, i);
                } else {
                    keep(bytes, lineStart, i);
                    checksum += CopyText.hash(pending, 0, pendingLength);
                    pendingLength = 0;
                }
                rows++;
                lineStart = i + 1;
            }
        }
        keep(bytes, lineStart, end);
    }

    /** Keeps the start of a line whose end comes in a later write. */
    private void keep(byte[] bytes, int from, int to) {
        int count = to - from;
        if (pendingLength + count > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + count));
        }
        System.arraycopy(bytes, from, pending, pendingLength, count);
        pendingLength += count;
    }

    long rows() {
        return rows;
    }

    long checksum() {
        return checksum;
    }
}
