package org.briefings.semantic;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static String words(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append("w").append(i).append(' ');
        }
        return b.toString().strip();
    }

    @Test
    void aShortBriefingIsOnePassageOfTitleAndText() {
        List<String> p = Passages.of("Title here", "w0 w1", words(0, 50), 4);
        assertEquals(List.of("Title here " + words(0, 50)), p, "the lede the body opens with is not repeated");
    }

    @Test
    void aSummaryTheBodyDoesNotOpenWithJoinsTheFirstPassage() {
        List<String> p = Passages.of("T", "a separate summary", words(0, 10), 4);
        assertEquals(List.of("T a separate summary " + words(0, 10)), p);
    }

    @Test
    void aLongReportIsCutIntoWindowsUpToTheLimit() {
        List<String> p = Passages.of("T", "", words(0, 5_000), 4);
        assertEquals(4, p.size());
        assertEquals("T " + words(0, 199), p.get(0), "title and opening: 200 words");
        assertEquals(words(199, 399), p.get(1));
        assertEquals(words(599, 799), p.get(3));
    }

    @Test
    void aBriefingWithoutTextStillHasItsTitle() {
        assertEquals(List.of("Only a title"), Passages.of("Only a title", null, "", 4));
    }
}
