package org.anchorage.shared;

import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream read one piece at a time from somewhere else (rows of a table, sealed segments of a
 * file), so memory holds one piece however long the whole is.
 */
public abstract class PieceByPieceInputStream extends InputStream {

    private byte[] current = new byte[0];
    private int position;
    private boolean finished;

    /** The next piece, or null when there are no more. */
    protected abstract byte[] nextPiece() throws IOException;

    private boolean fill() throws IOException {
        while (!finished && position >= current.length) {
            byte[] next = nextPiece();
            if (next == null) {
                finished = true;
            } else {
                current = next;
                position = 0;
            }
        }
        return position < current.length;
    }

    @Override
    public int read() throws IOException {
        return fill() ? current[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }
}
