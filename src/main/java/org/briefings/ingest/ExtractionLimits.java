package org.briefings.ingest;

import java.time.Duration;

/**
 * Limits that keep one document from costing more than its share: the characters of text kept,
 * the embedded documents followed, the bytes accepted and the time spent parsing.
 *
 * @param maxChars         text beyond this many characters is cut (and the cut reported)
 * @param maxEmbedded      embedded documents (archive entries, attachments) beyond this are skipped
 * @param maxBytes         files larger than this are refused as TOO_LARGE
 * @param timeout          parsing beyond this is abandoned as TIMEOUT
 */
public record ExtractionLimits(int maxChars, int maxEmbedded, long maxBytes, Duration timeout) {

    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    public static final int DEFAULT_MAX_EMBEDDED = 200;
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_CHARS, DEFAULT_MAX_EMBEDDED, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }
}
