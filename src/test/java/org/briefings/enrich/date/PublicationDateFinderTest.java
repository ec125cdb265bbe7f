package org.briefings.enrich.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefings.DatePrecision;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {

    private static final PublicationDateFinder FINDER = new PublicationDateFinder();
    private static final Instant INGEST = Instant.parse("2026-05-01T12:00:00Z");

    private static PublicationDate find(ExtractedText d, String body, Instant ingest) {
        return FINDER.find(d, body, ingest).orElseThrow();
    }

    private static Optional<PublicationDate> undatedOrNot(ExtractedText d) {
        return FINDER.find(d, null, INGEST);
    }

    private static ExtractedText doc(String type, String path, String text, Map<String, List<String>> meta) {
        return new ExtractedText("id", path, null, type, null, text, "en", meta, text.length());
    }

    @Test
    void aPublicationHeaderBeatsThePdfCreationDate() {
        ExtractedText d = doc(
                "application/pdf",
                "r.pdf",
                "Report title\nUpdated April 15, 2026\n\nBody text.",
                Map.of("dcterms:created", List.of("2026-04-17T15:36:11Z")));
        PublicationDate p = find(d, null, INGEST);
        assertEquals(LocalDate.of(2026, 4, 15), p.date());
        assertEquals(PublicationDate.SOURCE_HEADER, p.source());
    }

    @Test
    void headerLinesMayCarryMonthPrecision() {
        PublicationDate p =
                find(doc("text/plain", "a.txt", "Title\nPublication Date: March 2021\n\nText", Map.of()), null, INGEST);
        assertEquals(LocalDate.of(2021, 3, 1), p.date());
        assertEquals(DatePrecision.MONTH, p.precision());
    }

    @Test
    void htmlPublishedTimeIsUsedFirst() {
        PublicationDate p = find(
                doc(
                        "text/html",
                        "a.html",
                        "Updated April 10, 2026\nText",
                        Map.of("article:published_time", List.of("2026-04-08T09:00:00-04:00"))),
                null,
                INGEST);
        assertEquals(LocalDate.of(2026, 4, 8), p.date());
        assertEquals(PublicationDate.SOURCE_HTML_META, p.source());
    }

    @Test
    void modificationDatesAreNeverThePublicationDate() {
        Optional<PublicationDate> p = undatedOrNot(doc(
                "application/pdf",
                "a.pdf",
                "Some text without dates.",
                Map.of(
                        "dcterms:modified",
                        List.of("2025-01-01T00:00:00Z"),
                        "Last-Modified",
                        List.of("2025-01-01T00:00:00Z"))));
        assertTrue(p.isEmpty(), "undated, not the ingest day: " + p);
    }

    @Test
    void creationMetadataIsUsedWhenTheTextSaysNothing() {
        PublicationDate p = find(
                doc(
                        "application/pdf",
                        "a.pdf",
                        "Some text.",
                        Map.of("pdf:docinfo:created", List.of("2024-02-03T10:00:00Z"))),
                null,
                INGEST);
        assertEquals(LocalDate.of(2024, 2, 3), p.date());
        assertEquals(PublicationDate.SOURCE_METADATA, p.source());
    }

    @Test
    void creationDatesThatCannotBePublicationDatesAreDiscarded() {
        assertTrue(undatedOrNot(doc(
                        "application/pdf",
                        "a.pdf",
                        "Text.",
                        Map.of("dcterms:created", List.of("2031-01-01T00:00:00Z"))))
                .isEmpty());
        assertTrue(undatedOrNot(doc(
                        "application/pdf",
                        "a.pdf",
                        "Text.",
                        Map.of("dcterms:created", List.of("1970-01-01T00:00:00Z"))))
                .isEmpty());
    }

    @Test
    void aDatelineGivesTheDay() {
        PublicationDate p = find(
                doc("text/plain", "a.txt", "SEOUL, March 3, 2021 \u2014 North Korea fired two missiles.", Map.of()),
                null,
                INGEST);
        assertEquals(LocalDate.of(2021, 3, 3), p.date());
        assertEquals(PublicationDate.SOURCE_DATELINE, p.source());
    }

    @Test
    void aDateInTheFileNameIsUsedWhenTheFileSaysNothingElse() {
        PublicationDate p =
                find(doc("text/plain", "notes/2023-06-14-north-korea.txt", "No date here.", Map.of()), null, INGEST);
        assertEquals(LocalDate.of(2023, 6, 14), p.date());
        assertEquals(PublicationDate.SOURCE_FILE_NAME, p.source());
        assertEquals(
                LocalDate.of(2023, 6, 14),
                find(doc("text/plain", "x/20230614_brief.txt", "x", Map.of()), null, INGEST)
                        .date());
    }

    @Test
    void anEmailsSentDateIsItsPublicationDate() {
        PublicationDate p = find(
                doc("message/rfc822", "m.eml", "Hello", Map.of("dcterms:created", List.of("2021-03-03T08:00:00Z"))),
                null,
                INGEST);
        assertEquals(LocalDate.of(2021, 3, 3), p.date());
        assertEquals(PublicationDate.SOURCE_METADATA, p.source());
    }

    @Test
    void usSlashedDatesInHeaders() {
        PublicationDate p = find(doc("text/plain", "a.txt", "Title\nDate: 04/10/2026\nText", Map.of()), null, INGEST);
        assertEquals(LocalDate.of(2026, 4, 10), p.date());
    }

    @Test
    void aTextWithNoDateIsUndatedNotDatedByItsIngestDay() {
        assertTrue(undatedOrNot(doc("text/plain", "uploads/2026-05/note.txt", "Nothing here says when.", Map.of()))
                .isEmpty());
    }

    @Test
    void aYearlessDatelineTakesItsYearFromTheFilesMetadata() {
        PublicationDate p = find(
                doc(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        "uploads/2026-05/story.docx",
                        "TOKYO, April 13 - The yen rose against the dollar.",
                        Map.of("dcterms:modified", List.of("2019-04-14T08:00:00Z"))),
                null,
                INGEST);
        assertEquals(LocalDate.of(2019, 4, 13), p.date());
        assertEquals(DatePrecision.DAY, p.precision());
        assertEquals(PublicationDate.SOURCE_DATELINE_METADATA, p.source());
    }

    @Test
    void aYearlessDatelineTakesTheYearNearestTheMetadataDate() {
        PublicationDate p = find(
                doc(
                        "application/pdf",
                        "story.pdf",
                        "LONDON, Dec 30 - Markets closed early.",
                        Map.of("pdf:docinfo:created", List.of("2020-01-05T08:00:00Z"))),
                null,
                INGEST);
        assertEquals(LocalDate.of(2019, 12, 30), p.date());
    }

    @Test
    void aYearlessDatelineTakesItsYearFromAFullDateInTheText() {
        PublicationDate p = find(
                doc(
                        "text/plain",
                        "uploads/2026-05/reuters-17.txt",
                        "JAPAN TRADE SURPLUS\n\nTOKYO, April 13 - Japan's surplus widened in the year ended"
                                + " March 31, 1987, the ministry said.",
                        Map.of()),
                null,
                INGEST);
        assertEquals(LocalDate.of(1987, 4, 13), p.date());
        assertEquals(DatePrecision.DAY, p.precision());
        assertEquals(PublicationDate.SOURCE_DATELINE_TEXT, p.source());
    }

    @Test
    void aYearlessDatelineWithNoYearAnywhereIsUndated() {
        assertTrue(undatedOrNot(doc(
                        "text/plain",
                        "uploads/2026-05/reuters-18.txt",
                        "TOKYO, April 13 - The yen rose against the dollar in 1986.",
                        Map.of()))
                .isEmpty());
    }

    @Test
    void aYearInTheFileNameOrItsFolderGivesTheYear() {
        PublicationDate name = find(
                doc("text/plain", "ungdc/Session 79 - 2024/AGO_79_2024.txt", "Mr. President, ...", Map.of()),
                null,
                INGEST);
        assertEquals(LocalDate.of(2024, 1, 1), name.date());
        assertEquals(DatePrecision.YEAR, name.precision());
        assertEquals(PublicationDate.SOURCE_FILE_NAME, name.source());
        PublicationDate folder =
                find(doc("text/plain", "speeches/Session 61 - 2006/speech.txt", "Text.", Map.of()), null, INGEST);
        assertEquals(2006, folder.date().getYear());
        assertEquals(DatePrecision.YEAR, folder.precision());
        PublicationDate day =
                find(doc("message/rfc822", "mail/2019-06-03-desk-note.eml", "Hi", Map.of()), null, INGEST);
        assertEquals(LocalDate.of(2019, 6, 3), day.date());
        assertEquals(DatePrecision.DAY, day.precision());
    }

    @Test
    void numbersThatAreNotYearsOrTheUploadFolderGiveNoDate() {
        assertTrue(undatedOrNot(doc("text/plain", "reports/R12024.txt", "Text.", Map.of()))
                .isEmpty());
        assertTrue(undatedOrNot(doc("text/plain", "reports/plan-2090.txt", "Text.", Map.of()))
                .isEmpty());
        assertTrue(undatedOrNot(doc("text/plain", "uploads/2026-04/note.txt", "Text.", Map.of()))
                .isEmpty());
    }

    @Test
    void aYearlessDatelineTakesItsYearFromTheFileNameLast() {
        PublicationDate p = find(
                doc("text/plain", "wire/desk_2021.txt", "SEOUL, March 3 - Two missiles were fired.", Map.of()),
                null,
                INGEST);
        assertEquals(LocalDate.of(2021, 3, 3), p.date());
        assertEquals(PublicationDate.SOURCE_DATELINE_FILE_NAME, p.source());
    }

    @Test
    void deadlinesAndLastYearsComparisonsDoNotGiveAYearlessDatelineItsYear() {
        assertTrue(undatedOrNot(doc(
                        "text/plain",
                        "uploads/2026-05/bond.txt",
                        "LONDON, April 8 - The bank is issuing a eurobond due March 31, 2002.",
                        Map.of()))
                .isEmpty());
        assertTrue(undatedOrNot(doc(
                        "text/plain",
                        "uploads/2026-05/net.txt",
                        "CHICAGO, April 8 - Net rose. The 1986 quarter ended March 31, 1986; 1987 sales rose.",
                        Map.of()))
                .isEmpty());
        PublicationDate latest = find(
                doc(
                        "text/plain",
                        "uploads/2026-05/grain.txt",
                        "BUENOS AIRES, Apr 9 - Registrations to April 8, 1987, with comparative figures up to"
                                + " April 9, 1986, in brackets.",
                        Map.of()),
                null,
                INGEST);
        assertEquals(LocalDate.of(1987, 4, 9), latest.date(), "this year's figure, not last year's");
    }
}
