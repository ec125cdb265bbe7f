package org.briefings.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Limits that keep one document from costing more than its share: the characters of text kept,
 * the embedded documents followed, the bytes accepted and the time spent parsing.
 *
 * @param maxChars         text beyond this many characters is cut (and the cut reported)
 * @param maxEmbedded      embedded documents (archive entries, attachments) beyond this are skipped
 * @param maxBytes         files larger than this are refused as TOO_LARGE
 * @param timeout          parsing beyond this is abandoned as TIMEOUT (OCR of scanned pages included)
 * @param ocr              how scans are read (Tesseract and its languages); runs under the same time limit
 */
public record ExtractionLimits(int maxChars, int maxEmbedded, long maxBytes, Duration timeout, OcrSettings ocr) {

    public ExtractionLimits {
        ocr = ocr == null ? OcrSettings.defaults() : ocr;
    }

    /** With the default OCR settings (Tesseract from the PATH, the installed default languages). */
    public ExtractionLimits(int maxChars, int maxEmbedded, long maxBytes, Duration timeout) {
        this(maxChars, maxEmbedded, maxBytes, timeout, OcrSettings.defaults());
    }

    /** The same limits, reading scans with {@code settings}. */
    public ExtractionLimits withOcr(OcrSettings settings) {
        return new ExtractionLimits(maxChars, maxEmbedded, maxBytes, timeout, settings);
    }

    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    public static final int DEFAULT_MAX_EMBEDDED = 200;
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_CHARS, DEFAULT_MAX_EMBEDDED, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT);
    }

    /**
     * The cheap refusals made before any parsing (or hashing): an unreadable, oversized or empty
     * file. Both extractors ask here, so in-process and child-process parsing answer alike.
     *
     * @return the file's size
     */
    public long checkSize(Path file) throws IngestException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.IO_ERROR, "cannot read file: " + e.getMessage(), e);
        }
        if (size > maxBytes) {
            throw new IngestException(
                    IngestException.Reason.TOO_LARGE, "file is " + size + " bytes, over the limit of " + maxBytes);
        }
        if (size == 0) {
            throw new IngestException(IngestException.Reason.NO_TEXT, "file is empty (0 bytes)");
        }
        return size;
    }
}
