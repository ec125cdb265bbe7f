package org.briefings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.DatePrecision;
import org.briefings.ExtractedText;
import org.briefings.Json;
import org.briefings.PublicationDate;
import org.briefings.enrich.Enricher;
import org.briefings.view.BriefingViews;
import org.junit.jupiter.api.Test;

/** A hit read from part of the stored record (issue 16) shows exactly what the whole record showed. */
class HitRecordTest {

    @Test
    void aHitFromThePartialRecordEqualsTheHitFromTheWholeRecord() throws Exception {
        String text = "Sanctions on Iran\n\nWASHINGTON, 3 March 2015 - Secretary of State John Kerry met "
                + "Foreign Minister Javad Zarif of Iran in Geneva on Monday. The International Atomic Energy "
                + "Agency and the European Union said that China and Russia would join the talks in April 2015, "
                + "and Mr. Kerry said the United Nations Security Council would meet. Zarif spoke to Reuters.";
        Briefing full = new Enricher()
                .enrich(
                        new ExtractedText(
                                "a".repeat(64),
                                "news/iran.txt",
                                null,
                                "text/plain",
                                null,
                                text,
                                "en",
                                Map.of("Author", List.of("desk")),
                                text.length()),
                        Instant.parse("2026-12-01T00:00:00Z"));
        assertFalse(full.countries().isEmpty());
        assertFalse(full.people().isEmpty());
        assertFalse(full.organisations().isEmpty());
        String json = BriefingDocuments.sourceJson(full);
        Briefing whole = Json.MAPPER.readValue(json, Briefing.class);
        Briefing part = HitRecord.read(json);
        assertEquals(
                BriefingViews.hit(whole, "snippet", 1.5f, code -> "name of " + code),
                BriefingViews.hit(part, "snippet", 1.5f, code -> "name of " + code));
    }

    @Test
    void aScannedUndatedRecordKeepsItsOcrMetadataAndNothingElseOfIt() throws Exception {
        Briefing scanned = new Briefing(
                "b".repeat(64),
                "scans/page.pdf",
                null,
                "application/pdf",
                "pdf",
                "A scanned page",
                "What the scan says.",
                "What the scan says, in full.",
                "en",
                null,
                List.of(),
                null,
                List.of(),
                null,
                Map.of(Briefing.OCR, "true", Briefing.OCR_CONFIDENCE, "0.81", "Author", "desk"),
                1234,
                Instant.parse("2026-12-01T00:00:00Z"),
                null);
        String json = BriefingDocuments.sourceJson(scanned);
        Briefing part = HitRecord.read(json);
        assertEquals(Map.of(Briefing.OCR, "true", Briefing.OCR_CONFIDENCE, "0.81"), part.metadata());
        assertEquals(
                BriefingViews.hit(Json.MAPPER.readValue(json, Briefing.class), "s", null, code -> code),
                BriefingViews.hit(part, "s", null, code -> code));
    }

    @Test
    void aPublicationDateOfEveryPrecisionReadsBackAsJacksonBindsIt() throws Exception {
        for (DatePrecision precision : DatePrecision.values()) {
            PublicationDate published =
                    new PublicationDate(LocalDate.of(2019, 4, 11), precision, PublicationDate.SOURCE_DATELINE_TEXT);
            Briefing b = new Briefing(
                    "c".repeat(64),
                    "dated.txt",
                    null,
                    "text/plain",
                    "txt",
                    "Dated",
                    "A dated briefing.",
                    "A dated briefing, in full.",
                    "en",
                    published,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    Map.of(),
                    26,
                    Instant.parse("2026-12-01T00:00:00Z"),
                    null);
            String json = BriefingDocuments.sourceJson(b);
            assertEquals(published, HitRecord.read(json).published(), precision.name());
            assertEquals(
                    Json.MAPPER.readValue(json, Briefing.class).published(),
                    HitRecord.read(json).published());
        }
    }

    @Test
    void aDateReadByHandIsTheDateTheFormatterReads() {
        for (String s :
                List.of("2019-04-11", "0001-01-01", "1999-12-31", "2024-02-29", "+10000-01-01", "-0044-03-15")) {
            assertEquals(LocalDate.parse(s), HitRecord.isoDate(s), s);
        }
        for (String bad : List.of("2019-02-30", "2019-13-01", "2019-4-11x", "20x9-04-11")) {
            assertThrows(java.time.DateTimeException.class, () -> HitRecord.isoDate(bad), bad);
        }
    }
}
