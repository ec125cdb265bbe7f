package org.briefings.ingest.fork;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.briefings.ExtractedText;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.ParserIsolation;
import org.briefings.ingest.Warning;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With parsing forked, strict UTF-8 text is read in the engine's own JVM without a round trip to a
 * parser process (issue 16), and whatever the reader declines still reaches a child and comes back
 * as Tika's answer; a text that is too long or gone is one explained outcome, as before.
 */
@Slow
@Timeout(180)
class PlainTextInParentTest {

    static final ExtractionLimits LIMITS = new ExtractionLimits(100_000, 20, 60_000_000, Duration.ofSeconds(120));

    @TempDir
    Path dir;

    @Test
    void utf8TextIsReadWithoutWakingAChild() throws Exception {
        Path md = write("notes.md", "# Talks\n\nMinisters met in Genève to talk about Iran’s programme.\n");
        Path txt = write("brief.txt", "Nigeria and Ghana signed a trade accord in Accra on Monday.\n");
        try (ForkedExtractor forked = new ForkedExtractor(LIMITS, ParserIsolation.forked(1, 256))) {
            Extraction a = forked.extract(md, "notes.md", null);
            Extraction b = forked.extract(txt, "brief.txt", null);
            assertEquals("text/markdown", a.documents().get(0).mediaType());
            assertTrue(b.documents().get(0).text().startsWith("Nigeria and Ghana"));
            assertEquals(0L, forked.describe().get("started"), "no parser process was needed");
            assertEquals(2L, forked.describe().get("plainTextReadHere"));
            assertTrue(forked.pids().isEmpty());
        }
    }

    @Test
    void whatTheReaderDeclinesGetsTikasAnswerFromAChild() throws Exception {
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(
                latin1,
                "Les ministres se sont réunis à Genève pour parler de l'Iran et du Nigéria.\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
        Path html =
                write("page.txt", "<html><head><title>Talks</title></head><body><p>Talks in Lagos.</p></body></html>");
        try (ForkedExtractor forked = new ForkedExtractor(LIMITS, ParserIsolation.forked(1, 256));
                Extractor local = Extractor.tikaOnly(LIMITS, new LanguageGuesser())) {
            for (Path f : new Path[] {latin1, html}) {
                String name = f.getFileName().toString();
                ExtractedText child = forked.extract(f, name, null).documents().get(0);
                ExtractedText tika = local.extract(f, name, null).documents().get(0);
                assertEquals(tika.text(), child.text(), name);
                assertEquals(tika.mediaType(), child.mediaType(), name);
                assertEquals(tika.meta("Content-Encoding"), child.meta("Content-Encoding"), name);
            }
            assertTrue(latin1Decoded(forked.extract(latin1, "latin1.txt", null)));
            assertEquals(1L, forked.describe().get("started"));
            assertEquals(0L, forked.describe().get("plainTextReadHere"));
        }
    }

    @Test
    void aFiftyMegabyteLineIsCutNotRefused() throws Exception {
        Path f = dir.resolve("one-line.txt");
        String line = "Talks about Chile resumed in Santiago; ".repeat(1_300_000);
        Files.writeString(f, line);
        assertTrue(Files.size(f) > 50_000_000);
        try (ForkedExtractor forked = new ForkedExtractor(LIMITS, ParserIsolation.forked(1, 256))) {
            Extraction x = forked.extract(f, "one-line.txt", null);
            assertEquals(
                    line.substring(0, LIMITS.maxChars()).strip(),
                    x.documents().get(0).text());
            assertEquals(java.util.List.of(Warning.textCut(LIMITS.maxChars())), x.warnings());
            assertEquals(0L, forked.describe().get("started"));
        }
    }

    @Test
    void limitsAndMissingFilesAnswerAsBefore() throws Exception {
        ExtractionLimits tiny = new ExtractionLimits(100_000, 20, 100, Duration.ofSeconds(120));
        Path big = write("big.txt", "Talks about Chile. ".repeat(20));
        Path gone = write("gone.txt", "Talks about Peru.");
        Files.delete(gone);
        try (ForkedExtractor forked = new ForkedExtractor(tiny, ParserIsolation.forked(1, 256))) {
            IngestException tooLarge = assertThrows(IngestException.class, () -> forked.extract(big, "big.txt", null));
            assertEquals(IngestException.Reason.TOO_LARGE, tooLarge.reason());
            IngestException missing = assertThrows(IngestException.class, () -> forked.extract(gone, "gone.txt", null));
            assertEquals(IngestException.Reason.IO_ERROR, missing.reason());
            IngestException blank = assertThrows(
                    IngestException.class, () -> forked.extract(write("blank.txt", " \n \n"), "blank.txt", null));
            assertEquals(IngestException.Reason.NO_TEXT, blank.reason());
            assertEquals(0L, forked.describe().get("started"));
        }
    }

    private static boolean latin1Decoded(Extraction x) {
        return x.documents().get(0).text().contains("Genève");
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
