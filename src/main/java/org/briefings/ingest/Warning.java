package org.briefings.ingest;

import java.util.Locale;

/**
 * Something extraction cut or skipped without failing the file. Typed, so {@code /api/stats} can
 * count how often each limit was hit without reading the message; the message is for people.
 *
 * @param kind    which limit or problem
 * @param message what happened, e.g. "text cut at 5000000 characters"
 */
public record Warning(Kind kind, String message) {

    /** What was cut or skipped. */
    public enum Kind {
        /** The text was longer than the text limit and was cut. */
        TEXT_CUT,
        /** The file held more embedded documents than the limit; the rest were skipped. */
        EMBEDDED_STOPPED,
        /** One embedded document could not be read; the others were kept. */
        EMBEDDED_FAILED;

        /** The name used in {@code /api/stats}: text_cut, embedded_stopped, embedded_failed. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Warning textCut(int maxChars) {
        return new Warning(Kind.TEXT_CUT, "text cut at " + maxChars + " characters");
    }

    public static Warning embeddedStopped(int maxEmbedded) {
        return new Warning(Kind.EMBEDDED_STOPPED, "stopped after " + maxEmbedded + " embedded documents");
    }

    public static Warning embeddedFailed(String path, String error) {
        return new Warning(Kind.EMBEDDED_FAILED, "embedded " + path + ": " + error);
    }

    @Override
    public String toString() {
        return message;
    }
}
