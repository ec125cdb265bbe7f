package org.briefings.enrich.date;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * The publication date finder asks two cheap questions of a head's line before its expressions:
 * whether it could be a header line ("Published: ...") and whether it could be a byline closed by
 * a date ("Korea Desk, 17 June 2020"). A no must only ever come where the expression fails, or a
 * briefing would lose its date: every line the expression matches, real or made to look like one,
 * must get a yes. And the questions must say no to most prose lines, which is what they are for.
 */
class HeaderPrefiltersTest {

    private static List<String> realLines() {
        List<String> lines = new ArrayList<>();
        for (String text : SampleTexts.all()) {
            for (String line : text.split("\n")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    @Test
    void aHeaderLineIsNeverTurnedAway() {
        List<String> lines = realLines();
        String[] marks = {"", "**", "# ", "| ", "> ", "_", "  ", "\t*"};
        String[] labels = {
            "Publication date",
            "DATE OF PUBLICATION",
            "published on",
            "Published",
            "posted",
            "Last Updated",
            "updated on",
            "Issued",
            "released",
            "Date issued",
            "dated",
            "Date",
            "As of",
            "pUbLiSh date"
        };
        String[] tails = {": 12 March 2021", " April 10, 2026", ":: 2024-05-01", " on 3 May", "-- x", ": soon"};
        Random random = new Random(21);
        lines.addAll(built(random, 5_000, marks, labels, tails));
        char[] alphabet = {'p', 'P', 'd', 'D', 'a', 'x', ' ', '*', '_', '#', '|', '>', ':', '1', 'é'};
        lines.addAll(random(random, alphabet, 20_000, 12));
        assertNeverTurnsAwayAMatch(lines, PublicationDateFinder.HEADER, PublicationDateFinder::mayBeHeader, 5_000);
        assertTurnsAwayMostProse(PublicationDateFinder::mayBeHeader);
    }

    @Test
    void aBylineWithADateIsNeverTurnedAway() {
        List<String> lines = realLines();
        String[] names = {"Korea Desk", "J. O'Neil & Co", "Jean-Luc Picard", "Ørsted   Analysis", "Staff", "Ab"};
        String[] separators = {", ", " - ", "-", " \u2013 ", "\u2014", " | ", "\t, "};
        String[] dates = {"17 June 2020", "June 17, 2020", "2020-06-17", "tomorrow", "x"};
        Random random = new Random(22);
        lines.addAll(built(random, 5_000, names, separators, dates));
        char[] alphabet = {'a', 'K', 'é', '\uD801', '\uDC00', '.', '\'', '&', '-', ' ', '\t', ',', '|', '\u2013', '1'};
        lines.addAll(random(random, alphabet, 50_000, 70));
        assertNeverTurnsAwayAMatch(
                lines, PublicationDateFinder.BYLINE_DATE, PublicationDateFinder::mayBeBylineDate, 5_000);
        assertTurnsAwayMostProse(PublicationDateFinder::mayBeBylineDate);
    }

    /** {@code count} lines, each one piece of every list in turn, chosen at random. */
    private static List<String> built(Random random, int count, String[]... pieces) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder line = new StringBuilder();
            for (String[] choices : pieces) {
                line.append(choices[random.nextInt(choices.length)]);
            }
            out.add(line.toString());
        }
        return out;
    }

    private static List<String> random(Random random, char[] alphabet, int count, int maxLength) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            char[] s = new char[1 + random.nextInt(maxLength)];
            for (int j = 0; j < s.length; j++) {
                s[j] = alphabet[random.nextInt(alphabet.length)];
            }
            out.add(new String(s));
        }
        return out;
    }

    /** Every line the expression matches gets a yes; and enough match that this is tested. */
    static void assertNeverTurnsAwayAMatch(
            List<String> lines, Pattern expression, Predicate<String> mayMatch, int atLeast) {
        int matched = 0;
        for (String line : lines) {
            if (expression.matcher(line).matches()) {
                matched++;
                assertTrue(mayMatch.test(line), () -> "turned away [" + line + "]");
            }
        }
        assertTrue(matched >= atLeast, "lines the expression matches: " + matched);
    }

    /** Lines of the speeches' prose (the sample corpus where ../shared/data is absent): most get a no. */
    private static void assertTurnsAwayMostProse(Predicate<String> mayMatch) {
        int prose = 0;
        int turnedAway = 0;
        for (String line : realLines()) {
            if (line.length() > 20 && !line.contains(":")) {
                prose++;
                turnedAway += mayMatch.test(line) ? 0 : 1;
            }
        }
        assertTrue(prose > 100 && turnedAway > prose * 0.6, turnedAway + " of " + prose + " prose lines turned away");
    }
}
