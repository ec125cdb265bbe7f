package org.briefings.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;

/**
 * What one file may spend on OCR in one pass: a number of pages and a deadline. Handed to
 * {@link OcrPageParser} through Tika's parse context, so it counts every page read, whether it came
 * from an image, a page of a multi-page TIFF, a rendered PDF page or an image attached to an
 * e-mail of the same file.
 *
 * <p>Why a budget and not only the parse time limit: a scan that runs over the parse time limit
 * fails whole and keeps nothing, while one that runs out of OCR budget keeps the pages read so far
 * (and a PDF's pages that have text) and says what was left unread. Not thread-safe: one parse
 * runs on one thread.
 */
final class OcrBudget {

    /** Which limit stopped OCR. */
    enum Stop {
        PAGES,
        TIME
    }

    private final int maxPages;
    private final long deadlineNanos;
    private final Duration time;
    private int pagesRead;
    private int pagesSkipped;
    private Stop stoppedBy;
    private double largestSkew;

    /**
     * @param maxPages pages this pass may read
     * @param deadlineNanos {@link System#nanoTime()} after which no page is started and a page being
     *     read is abandoned
     * @param time the OCR time limit the deadline came from, for the message
     */
    OcrBudget(int maxPages, long deadlineNanos, Duration time) {
        this.maxPages = maxPages;
        this.deadlineNanos = deadlineNanos;
        this.time = time;
    }

    /**
     * How many of the next {@code pages} pages may be read now; the rest are counted as skipped and
     * the limit that stopped them is remembered.
     */
    int take(int pages) {
        int allowed;
        if (timeLeft().isZero()) {
            allowed = 0;
            stop(Stop.TIME);
        } else {
            allowed = Math.max(0, Math.min(pages, maxPages - pagesRead));
            if (allowed < pages) {
                stop(Stop.PAGES);
            }
        }
        pagesRead += allowed;
        pagesSkipped += pages - allowed;
        return allowed;
    }

    /** Pages already taken were not read after all: the time ran out while Tesseract read them. */
    void timedOut(int pages) {
        pagesRead -= pages;
        pagesSkipped += pages;
        stop(Stop.TIME);
    }

    /** Whether no more pages may be read: the page limit is reached or the deadline has passed. */
    boolean spent() {
        return pagesRead >= maxPages || timeLeft().isZero();
    }

    /**
     * Pages of a PDF without a text layer that were not read ({@code pages} of them): the PDF
     * parser does not render a page once {@link #spent}, so they are counted after the parse.
     */
    void unreadPdfPages(int pages) {
        if (pages > 0 && spent()) {
            pagesSkipped += pages;
            stop(timeLeft().isZero() ? Stop.TIME : Stop.PAGES);
        }
    }

    /** Time left before the deadline, never negative. */
    Duration timeLeft() {
        return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
    }

    /** Remembers the largest skew straightened (degrees), for the briefing's metadata. */
    void straightened(double degrees) {
        if (Math.abs(degrees) > Math.abs(largestSkew)) {
            largestSkew = degrees;
        }
    }

    double largestSkew() {
        return largestSkew;
    }

    int pagesRead() {
        return pagesRead;
    }

    int pagesSkipped() {
        return pagesSkipped;
    }

    /** The limit that stopped OCR, or null when every page was read. */
    Stop stoppedBy() {
        return stoppedBy;
    }

    private void stop(Stop why) {
        if (stoppedBy == null) {
            stoppedBy = why;
        }
    }

    /** The warning for a file whose OCR was stopped, or null when it was not. */
    Warning warning() {
        if (stoppedBy == null) {
            return null;
        }
        String limit = stoppedBy == Stop.PAGES
                ? "the page limit (" + maxPages + " pages per file, --ocr-max-pages)"
                : "the time limit (" + time.toSeconds() + " s per file, --ocr-max-seconds)";
        return Warning.ocrStopped("OCR stopped at " + limit + ": " + pagesRead + " page(s) read, " + pagesSkipped
                + " scanned page(s) not read; the text read is kept");
    }

    /**
     * After the pass this budget was spent on: counts the PDF pages not read, and marks the parse's
     * documents (why OCR stopped, on the file's own; the skew straightened, on each OCR'd one) and
     * adds the warning when a limit was hit.
     */
    void record(List<Metadata> parts, List<Warning> warnings) {
        if (parts.isEmpty()) {
            return;
        }
        Metadata container = parts.get(0);
        unreadPdfPages(OcrParsing.pagesWithoutText(container) - pagesRead - pagesSkipped);
        Warning w = warning();
        if (w != null) {
            warnings.add(w);
            container.set(OcrParsing.STOPPED, w.message());
        }
        if (largestSkew != 0) {
            for (Metadata m : parts) {
                if ("true".equals(m.get(OcrParsing.OCR))) {
                    m.set(OcrParsing.DESKEW, String.format(Locale.ROOT, "%.2f", largestSkew));
                }
            }
        }
    }
}
