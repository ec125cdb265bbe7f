package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.briefings.testing.Scans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The skew estimator on pages turned by a known angle (java.awt, no Tesseract needed): it must find
 * the angle within half a degree, either way, at 150 and 300 dpi, also on a sideways page, and leave
 * alone what has no lines of text.
 */
class DeskewTest {

    private static final BufferedImage PAGE_300 = Scans.page(Scans.ENGLISH, 300);

    @ParameterizedTest(name = "a page turned by {0}° is measured within 0.5°")
    @ValueSource(doubles = {-9, -3, -1.2, 0.7, 2, 3, 5.5, 8})
    void theAngleOfAPageTurnedByAFewDegreesIsFound(double degrees) {
        Deskew.Estimate e = Deskew.estimate(Scans.rotate(PAGE_300, degrees));
        assertEquals(degrees, e.degrees(), 0.5, e.toString());
        assertFalse(e.sideways(), e.toString());
        assertTrue(e.worthStraightening(), e.toString());
    }

    @Test
    void aFrenchPageAt150DpiIsMeasuredToo() {
        Deskew.Estimate e = Deskew.estimate(Scans.rotate(Scans.page(Scans.FRENCH, 150), -3));
        assertEquals(-3, e.degrees(), 0.5, e.toString());
    }

    @Test
    void aSidewaysPageGivesItsSmallAngleAndLeavesTheQuarterTurnToTesseract() {
        Deskew.Estimate e = Deskew.estimate(Scans.rotate(PAGE_300, 93));
        assertTrue(e.sideways(), e.toString());
        assertEquals(3, e.degrees(), 0.5, e.toString());
    }

    @Test
    void aStraightPageIsHandedOnUntouched() {
        Deskew.Estimate e = Deskew.estimate(PAGE_300);
        assertEquals(0, e.degrees(), 0.5, e.toString());
        assertFalse(e.worthStraightening());
        assertSame(PAGE_300, Deskew.straighten(PAGE_300, e));
    }

    @Test
    void straighteningUndoesTheSkew() {
        BufferedImage straightened =
                Deskew.straighten(Scans.rotate(PAGE_300, 4), Deskew.estimate(Scans.rotate(PAGE_300, 4)));
        Deskew.Estimate after = Deskew.estimate(straightened);
        assertEquals(0, after.degrees(), 0.3, after.toString());
    }

    @Test
    void noiseAndBlankPagesHaveNoAngleWorthUndoing() {
        BufferedImage blank = Scans.page("", 150);
        assertFalse(Deskew.estimate(blank).worthStraightening());
        BufferedImage specks = Scans.noise(new BufferedImage(1200, 1700, BufferedImage.TYPE_BYTE_GRAY), 0.3, 3);
        assertFalse(
                Deskew.estimate(specks).worthStraightening(),
                Deskew.estimate(specks).toString());
    }
}
