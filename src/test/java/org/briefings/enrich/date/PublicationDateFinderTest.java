package org.briefings.enrich.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefings.DatePrecision;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {

    private static final PublicationDateFinder FINDER = new PublicationDateFinder();
    private static final Instant INGEST = Instant.parse("2026-05-01T12:00:00Z");

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
        PublicationDate p = FINDER.find(d, null, INGEST);
        assertEquals(LocalDate.of(2026, 4, 15), p.date());
        assertEquals(PublicationDate.SOURCE_HEADER, p.source());
    }

    @Test
    void headerLinesMayCarryMonthPrecision() {
        PublicationDate p = FINDER.find(
                doc("text/plain", "a.txt", "Title\nPublication Date: March 2021\n\nText", Map.of()), null, INGEST);
        assertEquals(LocalDate.of(2021, 3, 1), p.date());
        assertEquals(DatePrecision.MONTH, p.precision());
    }

    @Test
    void htmlPublishedTimeIsUsedFirst() {
        PublicationDate p = FINDER.find(
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
    void modificationDatesAreNeverUsed() {
        PublicationDate p = FINDER.find(
                doc(
                        "application/pdf",
                        "a.pdf",
                        "Some text without dates.",
                        Map.of(
                                "dcterms:modified",
                                List.of("2025-01-01T00:00:00Z"),
                                "Last-Modified",
                                List.of("2025-01-01T00:00:00Z"))),
                null,
                INGEST);
        assertEquals(PublicationDate.SOURCE_INGEST_TIME, p.source());
        assertEquals(LocalDate.of(2026, 5, 1), p.date());
    }

    @Test
    void creationMetadataIsUsedWhenTheTextSaysNothing() {
        PublicationDate p = FINDER.find(
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
        PublicationDate future = FINDER.find(
                doc("application/pdf", "a.pdf", "Text.", Map.of("dcterms:created", List.of("2031-01-01T00:00:00Z"))),
                null,
                INGEST);
        assertEquals(PublicationDate.SOURCE_INGEST_TIME, future.source());
        PublicationDate epoch = FINDER.find(
                doc("application/pdf", "a.pdf", "Text.", Map.of("dcterms:created", List.of("1970-01-01T00:00:00Z"))),
                null,
                INGEST);
        assertEquals(PublicationDate.SOURCE_INGEST_TIME, epoch.source());
    }

    @Test
    void aDatelineGivesTheDay() {
        PublicationDate p = FINDER.find(
                doc("text/plain", "a.txt", "SEOUL, March 3, 2021 \u2014 North Korea fired two missiles.", Map.of()),
                null,
                INGEST);
        assertEquals(LocalDate.of(2021, 3, 3), p.date());
        assertEquals(PublicationDate.SOURCE_DATELINE, p.source());
    }

    @Test
    void aDateInTheFileNameIsUsedBeforeTheIngestTime() {
        PublicationDate p = FINDER.find(
                doc("text/plain", "notes/2023-06-14-north-korea.txt", "No date here.", Map.of()), null, INGEST);
        assertEquals(LocalDate.of(2023, 6, 14), p.date());
        assertEquals(PublicationDate.SOURCE_FILE_NAME, p.source());
        assertEquals(
                LocalDate.of(2023, 6, 14),
                FINDER.find(doc("text/plain", "x/20230614_brief.txt", "x", Map.of()), null, INGEST)
                        .date());
    }

    @Test
    void anEmailsSentDateIsItsPublicationDate() {
        PublicationDate p = FINDER.find(
                doc("message/rfc822", "m.eml", "Hello", Map.of("dcterms:created", List.of("2021-03-03T08:00:00Z"))),
                null,
                INGEST);
        assertEquals(LocalDate.of(2021, 3, 3), p.date());
        assertEquals(PublicationDate.SOURCE_METADATA, p.source());
    }

    @Test
    void usSlashedDatesInHeaders() {
        PublicationDate p =
                FINDER.find(doc("text/plain", "a.txt", "Title\nDate: 04/10/2026\nText", Map.of()), null, INGEST);
        assertEquals(LocalDate.of(2026, 4, 10), p.date());
    }
}
