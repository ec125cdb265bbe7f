package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The per-file OCR budget: pages beyond the limit, or after the deadline, are refused and reported. */
class OcrBudgetTest {

    private static final long AN_HOUR_ON =
            System.nanoTime() + Duration.ofHours(1).toNanos();

    @Test
    void pagesBeyondTheLimitAreRefusedAndTheWarningSaysHowMany() {
        OcrBudget b = new OcrBudget(3, AN_HOUR_ON, Duration.ofSeconds(45));
        assertEquals(2, b.take(2));
        assertNull(b.warning(), "under the limit nothing is said");
        assertEquals(1, b.take(4), "a four-page TIFF gets the one page left");
        assertTrue(b.spent());
        assertEquals(0, b.take(1));
        assertEquals(OcrBudget.Stop.PAGES, b.stoppedBy());
        Warning w = b.warning();
        assertEquals(Warning.Kind.OCR_STOPPED, w.kind());
        assertTrue(
                w.message().contains("page limit (3 pages per file, --ocr-max-pages): 3 page(s) read, 4"), w.message());
    }

    @Test
    void afterTheDeadlineNoPageIsReadAndTheTimeLimitIsNamed() {
        OcrBudget b = new OcrBudget(100, System.nanoTime() - 1, Duration.ofSeconds(45));
        assertTrue(b.spent());
        assertEquals(0, b.take(1));
        assertEquals(OcrBudget.Stop.TIME, b.stoppedBy());
        assertTrue(
                b.warning().message().contains("time limit (45 s per file, --ocr-max-seconds)"),
                b.warning().message());
    }

    @Test
    void aPageTesseractDidNotFinishIsCountedAsNotRead() {
        OcrBudget b = new OcrBudget(100, AN_HOUR_ON, Duration.ofSeconds(45));
        b.take(1);
        b.take(1);
        b.timedOut(1);
        assertEquals(1, b.pagesRead());
        assertEquals(1, b.pagesSkipped());
        assertEquals(OcrBudget.Stop.TIME, b.stoppedBy());
    }

    @Test
    void pdfPagesLeftUnrenderedCountOnlyWhenTheBudgetIsSpent() {
        OcrBudget b = new OcrBudget(2, AN_HOUR_ON, Duration.ofSeconds(45));
        b.take(1);
        b.unreadPdfPages(3);
        assertNull(b.stoppedBy(), "pages left with budget to spare were not refused (they had some text)");
        b.take(1);
        b.unreadPdfPages(3);
        assertEquals(OcrBudget.Stop.PAGES, b.stoppedBy());
        assertEquals(3, b.pagesSkipped());
        assertFalse(b.timeLeft().isZero());
    }

    @Test
    void theOcrTimeStaysWithinThreeQuartersOfTheParseLimit() {
        OcrSettings s = OcrSettings.defaults();
        assertEquals(Duration.ofSeconds(45), s.ocrTime(Duration.ofSeconds(60)));
        assertEquals(Duration.ofSeconds(OcrSettings.DEFAULT_MAX_SECONDS), s.ocrTime(Duration.ofSeconds(3600)));
        assertEquals(Duration.ofSeconds(20), s.withLimits(5, 20).ocrTime(Duration.ofSeconds(60)));
    }
}
