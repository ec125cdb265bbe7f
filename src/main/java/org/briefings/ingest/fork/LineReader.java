package org.briefings.ingest.fork;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads '\n'-terminated lines from a worker's stdout, refusing any longer than a bound instead of
 * buffering it: a child that has just parsed a hostile document must not be able to make the
 * parent hold an answer of any size.
 */
final class LineReader {

    /** A line longer than the bound. */
    static final class TooLong extends IOException {
        TooLong() {
            super("line too long");
        }
    }

    private final InputStream in;
    private final long max;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int end;

    LineReader(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its '\n', or null at the end of the stream. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = null;
        while (true) {
            if (pos == end) {
                end = in.read(buffer);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return null; // a partial last line means the child died mid-answer
                }
            }
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buffer[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl >= 0 ? nl : end;
            if (line == null) {
                line = new ByteArrayOutputStream(Math.max(256, stop - pos));
            }
            if ((long) line.size() + (stop - pos) > max) {
                throw new TooLong();
            }
            line.write(buffer, pos, stop - pos);
            pos = nl >= 0 ? nl + 1 : end;
            if (nl >= 0) {
                return line.toByteArray();
            }
        }
    }
}
