package org.briefings.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.briefings.ExtractedText;
import org.junit.jupiter.api.Test;

class StructureReaderTest {

    private final StructureReader reader = new StructureReader();

    private static ExtractedText text(String title, String body, String path) {
        return new ExtractedText("0".repeat(64), path, null, "text/plain", title, body, "en", Map.of(), body.length());
    }

    @Test
    void theFirstLineIsTheTitleWhenMetadataHasNone() {
        var s = reader.read(text(
                null,
                "North Korea steps up economic focus\n\nKim Jong Un focuses on the economy to divert attention.\n\nMore.",
                "a.txt"));
        assertEquals("North Korea steps up economic focus", s.title());
        assertEquals("Kim Jong Un focuses on the economy to divert attention.", s.summary());
    }

    @Test
    void aMetadataTitleWinsUnlessItIsAFileName() {
        assertEquals(
                "Real title",
                reader.read(text("Real title", "Other first line\n\nBody text here of the note.", "a.pdf"))
                        .title());
        assertEquals(
                "Other first line",
                reader.read(text("Microsoft Word - draft7.doc", "Other first line\n\nBody text.", "a.doc"))
                        .title());
    }

    @Test
    void headerLinesAreNeitherTitleNorSummary() {
        var s = reader.read(text(
                null,
                "Publication Date: 12 March 2021\n\n# Iran's oil exports rise\n\n"
                        + "By Desk Staff\n\nTehran sold more crude in February than in any month since 2018.",
                "b.md"));
        assertEquals("Iran's oil exports rise", s.title());
        assertEquals("Tehran sold more crude in February than in any month since 2018.", s.summary());
    }

    @Test
    void anExplicitSummaryLineIsTheSummary() {
        var s = reader.read(text(
                null,
                "Title line\n\nSummary: Russia is rebuilding its reserves.\n\nA long first paragraph follows here with words.",
                "c.txt"));
        assertEquals("Russia is rebuilding its reserves.", s.summary());
    }

    @Test
    void aDocumentWithoutTextGetsItsFileNameAsTitle() {
        assertEquals(
                "weekly note", reader.read(text(null, "", "x/weekly_note.pdf")).title());
    }

    @Test
    void theLedeOnTheLinesAfterTheTitleIsTheSummary() {
        var s = reader.read(
                text(null, "Title here\nThe lede sentence sits right under the title line.\n\nBody.", "d.txt"));
        assertEquals("Title here", s.title());
        assertEquals("The lede sentence sits right under the title line.", s.summary());
    }
}
