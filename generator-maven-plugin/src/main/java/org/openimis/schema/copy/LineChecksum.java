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
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                checksum += CopyText.hash(pending, 0, pendingLength);
                rows++;
                pendingLength = 0;
            } else {
                if (pendingLength == pending.length) {
                    pending = Arrays.copyOf(pending, pending.length * 2);
                }
                pending[pendingLength++] = bytes[i];
            }
        }
    }

    long rows() {
        return rows;
    }

    long checksum() {
        return checksum;
    }
}
