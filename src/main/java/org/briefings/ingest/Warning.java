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
        EMBEDDED_FAILED,
        /**
         * A scan (an image, or PDF pages without a text layer) was not read because OCR is not
         * available here; the file is indexed by its name and metadata and flagged.
         */
        NEEDS_OCR,
        /** The second OCR pass, in the language the first pass's text was detected in, did not finish. */
        OCR_SECOND_PASS,
        /**
         * OCR stopped at the file's page or time limit ({@code --ocr-max-pages},
         * {@code --ocr-max-seconds}); the text read before it is kept.
         */
        OCR_STOPPED;

        /** The name used in {@code /api/stats}: text_cut, embedded_stopped, needs_ocr, ocr_stopped, .... */
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

    /** A whole scan not read: {@code why} says why OCR is not available. */
    public static Warning needsOcr(String why) {
        return new Warning(
                Kind.NEEDS_OCR,
                "needs OCR: a scan with no text layer was indexed by its name only ("
                        + (why == null ? OcrSettings.INSTALL_HINT : why) + ")");
    }

    /** Some pages of a PDF that has text were not read. */
    public static Warning needsOcrPages(int pages) {
        return new Warning(
                Kind.NEEDS_OCR,
                "needs OCR: " + pages + " page(s) without a text layer were not read; " + OcrSettings.INSTALL_HINT);
    }

    public static Warning ocrSecondPass(String language, String why) {
        return new Warning(
                Kind.OCR_SECOND_PASS, "OCR in " + language + " not done, the first pass's text is kept: " + why);
    }

    /** OCR stopped at a limit: {@code message} says which, and how many pages were read. */
    public static Warning ocrStopped(String message) {
        return new Warning(Kind.OCR_STOPPED, message);
    }

    @Override
    public String toString() {
        return message;
    }
}
