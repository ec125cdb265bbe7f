package org.briefings.index;

import static org.junit.jupiter.api.Assertions.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DateMention;
import org.briefings.DatePrecision;
import org.briefings.EntityMention;
import org.briefings.PublicationDate;
import org.briefings.Span;
import org.junit.jupiter.api.Test;

/** Briefing -> Lucene document -> briefing keeps every field, and the document has what search needs. */
class BriefingDocumentsTest {

    /** A briefing with every field set, none at its default. */
    static Briefing everyFieldSet() {
        Span kp = new Span("body", 16, 27, "North Korea");
        return new Briefing(
                "a".repeat(64),
                "cables/2019/kp.zip!/note.docx",
                "b".repeat(64),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "docx",
                "Coal exports",
                "North Korea shipped coal.",
                "Coal exports\n\nNorth Korea shipped coal through Nampo to China in March 2019.",
                "en",
                new PublicationDate(LocalDate.of(2019, 4, 1), DatePrecision.MONTH, PublicationDate.SOURCE_DATELINE),
                List.of(
                        new CountryMention("KP", "North Korea", 2, 0.8, true, List.of(kp)),
                        new CountryMention("CN", "China", 1, 0.2, false, List.of(new Span("body", 55, 60, "China")))),
                List.of(new EntityMention("Kim Jong Un", 1, List.of(new Span("title", 0, 3, "Kim")))),
                List.of(new EntityMention("United Nations", 2, List.of())),
                List.of(new DateMention(
                        "March 2019",
                        LocalDate.of(2019, 3, 1),
                        LocalDate.of(2019, 3, 31),
                        DatePrecision.MONTH,
                        false,
                        new Span("body", 64, 74, "March 2019"))),
                Map.of("author", "Desk"),
                12_345,
                Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void aBriefingComesBackFromItsDocumentWithEveryField() {
        Briefing b = everyFieldSet();
        Document doc = BriefingDocuments.toDocument(b, new BriefingDocuments.FileInfo("c".repeat(64), "x.zip", 1, 2));
        assertEquals(b, BriefingDocuments.fromDocument(doc));
        // guards the test itself: a field added to Briefing must be set above, or this fails
        for (var component : Briefing.class.getRecordComponents()) {
            assertNotNull(assertDoesNotThrow(() -> component.getAccessor().invoke(b)), component.getName());
        }
    }

    @Test
    void theStoredSourceLeavesOutTheBodyWhichHasItsOwnStoredField() {
        Briefing b = everyFieldSet();
        Document doc = BriefingDocuments.toDocument(b, new BriefingDocuments.FileInfo("c".repeat(64), "x.zip", 1, 2));
        assertFalse(doc.get(BriefingSchema.SOURCE).contains("Nampo"));
        assertEquals(b.body(), doc.get(BriefingSchema.BODY));
    }

    @Test
    void theDocumentCarriesTheFileAndOneKeywordPerEntityAndCountry() {
        Briefing b = everyFieldSet();
        Document doc = BriefingDocuments.toDocument(b, new BriefingDocuments.FileInfo("c".repeat(64), "x.zip", 7, 9));
        assertEquals(b.id(), doc.get(BriefingSchema.ID));
        assertEquals("c".repeat(64), doc.get(BriefingSchema.FILE_ID));
        assertEquals("x.zip", doc.get(BriefingSchema.FILE_PATH));
        assertEquals(7L, doc.getField(BriefingSchema.FILE_SIZE).numericValue());
        assertEquals(9L, doc.getField(BriefingSchema.FILE_MTIME).numericValue());
        assertEquals(b.containerId(), doc.get(BriefingSchema.CONTAINER_ID));
        assertEquals(Set.of("KP", "CN"), values(doc, BriefingSchema.COUNTRY));
        assertEquals(Set.of("KP"), values(doc, BriefingSchema.ABOUT));
        assertEquals(Set.of("Kim Jong Un"), values(doc, BriefingSchema.PERSON));
        assertEquals(Set.of("United Nations"), values(doc, BriefingSchema.ORG));
        assertEquals(Set.of("docx"), values(doc, BriefingSchema.FORMAT));
        assertEquals(Set.of("en"), values(doc, BriefingSchema.LANGUAGE));
    }

    @Test
    void aNameMentionedTwiceIsOneKeyword() {
        Briefing twice = new Briefing(
                "d".repeat(64),
                "a.txt",
                null,
                "text/plain",
                "txt",
                "t",
                "s",
                "b",
                "en",
                new PublicationDate(LocalDate.of(2020, 1, 1), DatePrecision.DAY, PublicationDate.SOURCE_HEADER),
                List.of(),
                List.of(new EntityMention("Kim", 1, List.of()), new EntityMention("Kim", 1, List.of())),
                List.of(),
                List.of(),
                null,
                1,
                null);
        Document doc =
                BriefingDocuments.toDocument(twice, new BriefingDocuments.FileInfo("e".repeat(64), "a.txt", 1, 1));
        assertEquals(1, Arrays.stream(doc.getFields(BriefingSchema.PERSON)).count());
        assertEquals(twice, BriefingDocuments.fromDocument(doc));
    }

    private static Set<String> values(Document doc, String field) {
        return Arrays.stream(doc.getFields(field))
                .map(IndexableField::stringValue)
                .collect(Collectors.toSet());
    }
}
