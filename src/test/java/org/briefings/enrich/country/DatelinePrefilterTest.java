package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * Before its expression, the dateline reader asks whether a text could open with a dateline at
 * all. A no where the expression finds one would cost a wire story its country, so every opening
 * the expression matches (real ones, datelines of every form it reads, and random strings of the
 * characters datelines are written with) must get a yes; and the openings of ordinary prose must
 * mostly get a no, which is the point of asking.
 */
class DatelinePrefilterTest {

    private static boolean expressionFinds(String window) {
        return DatelineReader.DATELINE.matcher(window).find();
    }

    private static boolean mayOpen(String text) {
        return DatelineReader.mayOpenWithDateline(text, 0, text.length());
    }

    @Test
    void aDatelineIsNeverTurnedAway() {
        List<String> openings = new ArrayList<>();
        String[] places = {"TOKYO", "PORTLAND", "Lugano", "ST. JOHN'S", "WASHINGTON-ON-THE-BRAZOS", "N'DJAMENA"};
        String[] regions = {"", ", Ore.", ", Switzerland", " ,Texas", ",\tGeorgia"};
        String[] agencies = {"", " (Reuters)", ", (AP)", "(AFP)"};
        String[] dates = {"", ", March 3", " Feb. 26", ", DEC 1", " sept 30"};
        String[] dashes = {" -", " \u2013", "\u2014", "  - ", "\n- ", "-", " :"};
        Random random = new Random(23);
        for (int i = 0; i < 20_000; i++) {
            openings.add((random.nextBoolean() ? "" : " \n")
                    + places[random.nextInt(places.length)]
                    + regions[random.nextInt(regions.length)]
                    + agencies[random.nextInt(agencies.length)]
                    + dates[random.nextInt(dates.length)]
                    + dashes[random.nextInt(dashes.length)]
                    + " The talks resumed.");
        }
        char[] alphabet = {'A', 'Z', 'a', 'r', ' ', '\t', '\n', ',', '.', '\'', '-', '\u2013', '(', ')', '1', 'é', ':'};
        for (int i = 0; i < 50_000; i++) {
            char[] s = new char[1 + random.nextInt(30)];
            for (int j = 0; j < s.length; j++) {
                s[j] = alphabet[random.nextInt(alphabet.length)];
            }
            s[0] = random.nextBoolean() ? 'A' : s[0];
            openings.add(new String(s));
        }
        for (String text : SampleTexts.all()) {
            openings.add(text.substring(0, Math.min(160, text.length())));
        }
        int found = 0;
        for (String opening : openings) {
            if (expressionFinds(opening)) {
                found++;
                assertTrue(mayOpen(opening), () -> "turned away [" + opening + "]");
            }
        }
        assertTrue(found > 10_000, "openings the expression finds a dateline in: " + found);
    }

    @Test
    void theOpeningsOfProseAreMostlyTurnedAway() {
        int prose = 0;
        int turnedAway = 0;
        for (String text : SampleTexts.all()) {
            for (String line : text.split("\n")) {
                if (line.length() > 40) {
                    String window = line.substring(0, Math.min(160, line.length()));
                    prose++;
                    turnedAway += mayOpen(window) ? 0 : 1;
                }
            }
        }
        assertTrue(prose > 100 && turnedAway > prose * 0.6, turnedAway + " of " + prose + " lines turned away");
        assertFalse(mayOpen("Mr. President, allow me to congratulate you"));
        assertTrue(mayOpen("GENEVA - The talks resumed"));
    }
}
