package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefings.ExtractedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractorTest {

    static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        extractor = new Extractor(
                new ExtractionLimits(100_000, 50, 10_000_000, Duration.ofSeconds(30)), new LanguageGuesser());
    }

    private static final String BRIEFING = "Iran expands oil sales to Asia\n\n"
            + "Tehran has found new buyers for its crude despite sanctions, shipping officials say.\n\n"
            + "Exports rose for a third month as refiners in the region took discounted cargoes.";

    @Test
    void plainTextGivesOneDocumentWithTheFileHashAsId() throws Exception {
        Path f = write("a.txt", BRIEFING);
        Extraction x = extractor.extract(f, "a.txt", null);
        assertEquals(1, x.documents().size());
        ExtractedText d = x.documents().get(0);
        assertEquals(ContentHash.of(f), d.id());
        assertEquals("text/plain", d.mediaType());
        assertTrue(d.text().contains("Tehran has found new buyers"));
        assertEquals("en", d.language());
    }

    @Test
    void htmlTitleAndMetaTagsComeOutAsMetadata() throws Exception {
        Path f = write(
                "b.html",
                "<html><head><title>Oil and Iran</title><meta name=\"date\" content=\"2022-05-04\"></head>"
                        + "<body><p>" + BRIEFING.replace("\n\n", "</p><p>") + "</p></body></html>");
        ExtractedText d = extractor.extract(f, "b.html", null).documents().get(0);
        assertEquals("Oil and Iran", d.title());
        assertEquals("text/html", d.mediaType());
        assertEquals("2022-05-04", d.meta("date"));
        assertFalse(d.text().contains("<p>"));
    }

    @Test
    void zipEntriesBecomeBriefingsLinkedToTheirContainer() throws Exception {
        Path zip = dir.resolve("pack.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("one.txt"));
            out.write(BRIEFING.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("two.txt"));
            out.write(BRIEFING.replace("Iran", "Venezuela").getBytes(StandardCharsets.UTF_8));
        }
        Extraction x = extractor.extract(zip, "pack.zip", null);
        assertEquals(2, x.documents().size(), "the archive itself is not a briefing, its entries are");
        for (ExtractedText d : x.documents()) {
            assertEquals(x.fileId(), d.containerId());
            assertTrue(d.sourcePath().startsWith("pack.zip!/"), d.sourcePath());
            assertNotEquals(x.fileId(), d.id());
        }
        assertNotEquals(x.documents().get(0).id(), x.documents().get(1).id());
    }

    @Test
    void emailBodyAndAttachmentAreSeparateBriefings() throws Exception {
        String attachment = java.util.Base64.getMimeEncoder()
                .encodeToString(BRIEFING.replace("Iran", "Nigeria").getBytes(StandardCharsets.UTF_8));
        String eml = "From: desk@example.org\r\nTo: analysts@example.org\r\nSubject: Weekly note on Iran\r\n"
                + "Date: Tue, 3 May 2022 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
                + "--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + BRIEFING + "\r\n"
                + "--XX\r\nContent-Type: text/plain; name=\"nigeria.txt\"\r\nContent-Disposition: attachment; filename=\"nigeria.txt\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + attachment + "\r\n--XX--\r\n";
        Path f = write("note.eml", eml);
        Extraction x = extractor.extract(f, "note.eml", null);
        assertEquals(2, x.documents().size(), x.documents().toString());
        ExtractedText mail = x.documents().get(0);
        assertEquals("message/rfc822", mail.mediaType());
        assertEquals("Weekly note on Iran", mail.title());
        assertTrue(mail.text().contains("Tehran"));
        ExtractedText att = x.documents().get(1);
        assertEquals(x.fileId(), att.containerId());
        assertTrue(att.text().contains("Nigeria"));
    }

    @Test
    void randomBytesAreAnExplainedFailureNotACrash() throws Exception {
        Path f = dir.resolve("broken.pdf");
        byte[] junk = new byte[4096];
        new java.util.Random(42).nextBytes(junk);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        Files.write(f, junk);
        IngestException e = assertThrows(IngestException.class, () -> extractor.extract(f, "broken.pdf", null));
        assertEquals(IngestException.Reason.CORRUPT, e.reason());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void anEmptyFileHasNoText() throws Exception {
        Path f = write("empty.txt", "");
        IngestException e = assertThrows(IngestException.class, () -> extractor.extract(f, "empty.txt", null));
        assertEquals(IngestException.Reason.NO_TEXT, e.reason());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeParsing() throws Exception {
        Extractor small =
                new Extractor(new ExtractionLimits(1000, 5, 100, Duration.ofSeconds(5)), new LanguageGuesser());
        Path f = write("big.txt", BRIEFING);
        IngestException e = assertThrows(IngestException.class, () -> small.extract(f, "big.txt", null));
        assertEquals(IngestException.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void textBeyondTheLengthLimitIsCutAndReported() throws Exception {
        Extractor small =
                new Extractor(new ExtractionLimits(500, 5, 10_000_000, Duration.ofSeconds(5)), new LanguageGuesser());
        Path f = write("long.txt", (BRIEFING + "\n\n").repeat(20));
        Extraction x = small.extract(f, "long.txt", null);
        assertTrue(x.documents().get(0).text().length() <= 520, "text was cut");
        assertFalse(x.warnings().isEmpty(), "the cut is reported");
    }

    @Test
    void everyMessageOfAMailboxIsABriefingHoweverShort() throws Exception {
        String mbox = "From desk@example.org Tue May  3 10:00:00 2022\n"
                + "From: desk@example.org\nSubject: Weekly note on Iran\nDate: Tue, 3 May 2022 10:00:00 +0000\n\n"
                + BRIEFING + "\n\n"
                + "From chief@example.org Wed May  4 09:00:00 2022\n"
                + "From: chief@example.org\nSubject: Moved\nDate: Wed, 4 May 2022 09:00:00 +0000\n\n"
                + "Briefing moved to Thursday.\n";
        Extraction x = extractor.extract(write("desk.mbox", mbox), "desk.mbox", null);
        assertEquals(2, x.documents().size(), "a one-line message is a message, not decoration: " + x.documents());
        assertTrue(x.documents().get(0).text().contains("Tehran"));
        assertTrue(x.documents().get(1).text().contains("Briefing moved to Thursday"));
        assertTrue(x.documents().get(1).text().length() < EmbeddedParts.MIN_EMBEDDED_CHARS);
    }

    @Test
    void aShortNoteInAnArchiveIsKeptAsItWouldBeOnItsOwn() throws Exception {
        String note = "Call the Tehran desk before noon.";
        byte[] inner;
        try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("inner-note.txt"));
            out.write("Ask Lagos for the shipping figures.".getBytes(StandardCharsets.UTF_8));
            out.finish();
            inner = bytes.toByteArray();
        }
        Path zip = dir.resolve("pack.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("one.txt"));
            out.write(BRIEFING.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("notes/note.txt"));
            out.write(note.getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("more.zip"));
            out.write(inner);
        }
        Extraction x = extractor.extract(zip, "pack.zip", null);
        assertEquals(3, x.documents().size(), x.documents().toString());
        assertTrue(x.documents().stream().anyMatch(d -> d.text().equals(note)), "the note alone would be indexed");
        assertTrue(
                x.documents().stream().anyMatch(d -> d.text().contains("Ask Lagos")),
                "an archive's entries, inside another archive too");
    }

    @Test
    void aShortAttachmentOfAnEmailIsStillDecoration() throws Exception {
        String signature = java.util.Base64.getMimeEncoder()
                .encodeToString("Sent from the field office.".getBytes(StandardCharsets.UTF_8));
        String eml = "From: desk@example.org\r\nTo: analysts@example.org\r\nSubject: Weekly note on Iran\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"XX\"\r\n\r\n"
                + "--XX\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + BRIEFING + "\r\n"
                + "--XX\r\nContent-Type: text/plain; name=\"sig.txt\"\r\nContent-Disposition: attachment; filename=\"sig.txt\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + signature + "\r\n--XX--\r\n";
        Extraction x = extractor.extract(write("note.eml", eml), "note.eml", null);
        assertEquals(1, x.documents().size(), x.documents().toString());
        assertTrue(x.documents().get(0).text().contains("Tehran"));
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return f;
    }
}
