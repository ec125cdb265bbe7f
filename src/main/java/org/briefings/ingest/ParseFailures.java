package org.briefings.ingest;

import java.io.IOException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.ZeroByteFileException;

/**
 * What a parser's exception means for the person who dropped the file in: a {@link
 * IngestException.Reason} the run counts, and a one-line message they can act on.
 */
final class ParseFailures {

    private ParseFailures() {}

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl > 0 ? s.substring(0, nl) : s).strip();
    }

    /** Maps a parser's exception to a reason and a message a person can act on. */
    static IngestException classify(Throwable t) {
        Throwable root = t;
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof EncryptedDocumentException) {
                return new IngestException(
                        IngestException.Reason.ENCRYPTED, "document is encrypted or password-protected", c);
            }
            if (c instanceof UnsupportedFormatException) {
                return new IngestException(
                        IngestException.Reason.UNSUPPORTED_FORMAT, "unsupported format: " + message(c), c);
            }
            if (c instanceof ZeroByteFileException) {
                return new IngestException(IngestException.Reason.NO_TEXT, "file is empty", c);
            }
            root = c;
        }
        if (t instanceof IOException && !(t instanceof TikaException)) {
            return new IngestException(IngestException.Reason.CORRUPT, "unreadable content: " + message(root), t);
        }
        if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
            return new IngestException(
                    IngestException.Reason.CORRUPT,
                    "parser ran out of resources (" + t.getClass().getSimpleName() + ")",
                    t);
        }
        return new IngestException(IngestException.Reason.CORRUPT, "cannot parse: " + message(root), t);
    }

    private static String message(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            return t.getClass().getSimpleName();
        }
        m = firstLine(m);
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }
}
