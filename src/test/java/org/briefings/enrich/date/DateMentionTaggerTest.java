package org.briefings.enrich.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.briefings.DateMention;
import org.briefings.DatePrecision;
import org.briefings.Span;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.TokenList;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;

class DateMentionTaggerTest {

    private static final DateMentionTagger TAGGER = new DateMentionTagger();
    /** A Wednesday. */
    private static final LocalDate REF = LocalDate.of(2019, 4, 10);

    private static List<String> values(String text) {
        return TAGGER.tag(text, REF).stream().map(DateMention::value).toList();
    }

    private static DateMention only(String text) {
        List<DateMention> all = TAGGER.tag(text, REF);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void aMonthAndYearIsMonthPrecision() {
        DateMention m = only("Mr. Kim set the policy in April 2018.");
        assertEquals("2018-04", m.value());
        assertEquals(DatePrecision.MONTH, m.precision());
        assertEquals(LocalDate.of(2018, 4, 1), m.start());
        assertEquals(LocalDate.of(2018, 4, 30), m.end());
        assertEquals("April 2018", m.span().text());
        assertFalse(m.relative());
    }

    @Test
    void daysAreReadInThreeSpellings() {
        assertEquals(
                List.of("2019-04-11", "2019-04-11", "2019-04-11"),
                values("on 11 April 2019, on April 11, 2019 and on 2019-04-11"));
    }

    @Test
    void yearsAreFoundButQuantitiesAreNot() {
        assertEquals(
                List.of("2018", "2019"),
                values("2018 saw change; in 2018 and since 2019 things moved.".replace("2018 saw change; ", ""))
                        .subList(0, 2));
        assertTrue(
                values("They shipped 2018 tonnes for $2018 under No. 2018, up 1999 pct.")
                        .isEmpty(),
                values("They shipped 2018 tonnes for $2018 under No. 2018, up 1999 pct.")
                        .toString());
        DateMention y = only("2018 saw an unprecedented change.");
        assertEquals(DatePrecision.YEAR, y.precision());
        assertEquals(LocalDate.of(2018, 12, 31), y.end());
    }

    @Test
    void yearRangesOrdinalDaysAndAbbreviatedMonthsAreRead() {
        // each shape is turned away from most tokens by the token's kind, length and first
        // character before its text is read: the shapes themselves must still be found
        assertEquals(List.of("2010", "2015", "2016"), values("from 2010-2015 and in 2016-17"));
        assertEquals(List.of("2019-03-03", "2019-09-05"), values("on 3rd March 2019 and on Sept. 5, 2019"));
        assertEquals(List.of("1990s", "2019-04-11"), values("the 1990s; 2019-04-11; 2019-4-111; 19905"));
    }

    @Test
    void decadesAndPartsOfYears() {
        DateMention d = only("since the 1950s");
        assertEquals("1950s", d.value());
        assertEquals(DatePrecision.DECADE, d.precision());
        assertEquals(LocalDate.of(1959, 12, 31), d.end());
        assertEquals(List.of("2020", "2021"), values("by mid-2020 or early 2021"));
    }

    /**
     * The tagger asks a word's shape whether it has a hyphen before searching its lower-case form
     * for one: the non-breaking and Unicode hyphens (U+2011, U+2010) count too, as the lower-case
     * form folds them to '-'.
     */
    @Test
    void partsOfYearsAndDecadesWithTypographicHyphens() {
        assertEquals(
                List.of("2020", "2019", "1990s"),
                values("by mid\u20112020, after late\u20102019 and since the mid\u20111990s"));
        DateMention d = only("since the early\u20101980s");
        assertEquals("1980s", d.value());
        assertEquals("early\u20101980s", d.span().text());
        assertTrue(values("the 19505 boats, the 1950x class").isEmpty());
    }

    @Test
    void relativeDatesAreResolvedAgainstTheReference() {
        assertEquals("2019-04-09", only("yesterday").value());
        assertEquals("2019-03", only("last month").value());
        assertEquals("2020", only("next year").value());
        assertEquals("2019", only("this year").value());
        assertEquals("2019-04-08", only("on Monday").value());
        DateMention week = only("last week");
        assertEquals(LocalDate.of(2019, 4, 1), week.start());
        assertEquals(LocalDate.of(2019, 4, 7), week.end());
        assertTrue(week.relative());
    }

    @Test
    void everyRelativeDateIsFoundWhateverItsCaseAndTheCheapPreCheckTurnsNoneAway() {
        // the tagger reads a word's lower-case form only when its first letter and length fit a
        // word that opens a relative date: each of them, in each case, must still be read
        List<String> phrases = List.of(
                "yesterday",
                "today",
                "tomorrow",
                "last week",
                "this month",
                "next year",
                "past Monday",
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday");
        for (String phrase : phrases) {
            for (String written : List.of(phrase, capitalised(phrase), phrase.toUpperCase(java.util.Locale.ROOT))) {
                List<DateMention> found = TAGGER.tag("It was said " + written + " in the capital.", REF);
                assertEquals(1, found.size(), written + ": " + found);
                assertTrue(found.get(0).relative(), written);
            }
        }
        assertTrue(
                RelativeDates.OPENERS.stream()
                        .allMatch(w -> phrases.stream()
                                .anyMatch(p ->
                                        p.toLowerCase(java.util.Locale.ROOT).startsWith(w))),
                "a word that opens a relative date is missing from this test");
        // words of other lengths or letters are answered without a look-up, and are no date
        assertEquals(List.of(), values("The todays and the lasts and Yesterdays were weekdays."));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Test
    void reutersDaysWithoutAYearTakeTheReferenceYear() {
        DateMention d = only("SALVADOR, Feb 26 - Talks resumed.");
        assertEquals("2019-02-26", d.value());
        assertTrue(d.relative());
        List<DateMention> atNewYear = TAGGER.tag("on Dec 30", LocalDate.of(2020, 1, 2));
        assertEquals("2019-12-30", atNewYear.get(0).value());
    }

    @Test
    void withoutAReferenceRelativeDatesAreLeftOut() {
        assertTrue(TAGGER.tag("yesterday and last week, on March 3", null).isEmpty());
    }

    @Test
    void mayTheVerbIsNotAMonth() {
        assertTrue(values("The talks may resume. May growth slow?").isEmpty());
        assertEquals(List.of("2019-05-05"), values("on May 5"));
    }

    /**
     * The tagger skips, from the token list's arrays, the tokens at which no date shape can open
     * ({@link DateMentionTagger#cannotOpen}). Whatever it skips, every shape tried there must find
     * nothing and answer the next token, with and without a reference date.
     */
    private static void assertSkippedTokensOpenNoDate(String text) {
        TokenList tokens = TokenList.copyOf(TextField.of(Span.BODY, text).tokens());
        for (LocalDate reference : java.util.Arrays.asList(REF, null)) {
            for (int i = 0; i < tokens.size(); i++) {
                if (DateMentionTagger.cannotOpen(tokens, i, reference != null)) {
                    DateScan scan = new DateScan(text, tokens, reference);
                    assertEquals(
                            i + 1,
                            DateMentionTagger.match(scan, i),
                            tokens.get(i).text());
                    assertTrue(scan.found.isEmpty(), tokens.get(i).text());
                }
            }
        }
    }

    @Test
    void theTokensSkippedOpenNoDateOfAnyShape() {
        List<String> words = List.of(
                "april",
                "April",
                "APRIL",
                "may",
                "May",
                "sept",
                "Sept",
                ".",
                ",",
                "11",
                "11th",
                "3rd",
                "2019",
                "1990s",
                "mid-1990s",
                "mid-2019",
                "early-2020",
                "2019-04-11",
                "2018-19",
                "last",
                "Last",
                "this",
                "next",
                "past",
                "week",
                "month",
                "year",
                "monday",
                "Monday",
                "today",
                "Today",
                "yesterday",
                "tomorrow",
                "the",
                "of",
                "in",
                "ago",
                "two",
                "days",
                "spring",
                "x-ray",
                "well-being");
        java.util.Random random = new java.util.Random(7);
        for (int run = 0; run < 3_000; run++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int k = 0; k < length; k++) {
                b.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            assertSkippedTokensOpenNoDate(b.toString());
        }
    }

    @Test
    void onRealSpeechesTheTokensSkippedOpenNoDate() {
        List<Path> speeches = SharedData.regularFiles(SharedData.folderOrSkip("ungdc/TXT"));
        for (Path f : speeches.subList(0, Math.min(100, speeches.size()))) {
            try {
                assertSkippedTokensOpenNoDate(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
