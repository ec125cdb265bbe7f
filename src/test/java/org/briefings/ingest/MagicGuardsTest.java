package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The guarded magic table against Tika's own: the same type for every file, and the cheap table
 * actually used for ordinary text (else the guards would be a cost with no gain).
 */
class MagicGuardsTest {

    static MagicGuards guards;
    static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();

    @BeforeAll
    static void load() {
        guards = MagicGuards.load();
    }

    private static byte[] prefix(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PlainTextReader.PREFIX_BYTES);
        }
    }

    private static Metadata named(String name) {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        return m;
    }

    private static MediaType tika(byte[] prefix, String name) throws IOException {
        return TIKA.detect(new ByteArrayInputStream(prefix), named(name));
    }

    /**
     * Asserts the same type under the file's own name and as .txt and .md; returns how many took
     * the cheap table and, in {@code textOpening[0]}, how many the cheapest.
     */
    private static int assertSameTypes(List<Path> files, int[] textOpening) throws IOException {
        int cheap = 0;
        for (Path f : files) {
            byte[] prefix = prefix(f);
            for (String name : List.of(f.getFileName().toString(), "briefing.txt", "briefing.md")) {
                assertEquals(tika(prefix, name), guards.detect(prefix, named(name)), f + " as " + name);
            }
            if (!guards.mayMatchRemoved(prefix)) {
                cheap++;
            }
            if (guards.usesTextOpeningTable(prefix)) {
                textOpening[0]++;
            }
        }
        return cheap;
    }

    @Test
    void theCostlyMagicsAreGuardedAndTheCheapTableIsUsedForProse() throws IOException {
        assertTrue(guards.removedMagics() >= 10, "magics removed from the cheap table: " + guards.removedMagics());
        byte[] prose = "The General Assembly met today. Delegates spoke of peace, of trade and of the climate.\n"
                .repeat(200)
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(guards.mayMatchRemoved(prose), "plain prose needs no full magic table");
        assertTrue(guards.hasTextOpeningTable());
        assertTrue(guards.usesTextOpeningTable(prose), "prose opens as text");
        assertEquals(MediaType.TEXT_PLAIN, guards.detect(prose, named("speech.txt")));
    }

    @Test
    void textThatLooksLikeAnotherFormatGetsTikasAnswer() throws IOException {
        String filler = "Some words of an ordinary sentence.\n".repeat(20);
        List<String> texts = List.of(
                filler + "\n%AI5_FileFormat 3\n",
                "Return-Path: <a@example.org>\nReceived: from mail\nFrom: a@example.org\nSubject: x\n\nbody\n",
                "X-Mailer: test\nMessage-ID: <1@example.org>\nFrom: a\n\nbody",
                "User-agent: *\nDisallow: /private\nAllow: /\n",
                filler + "<html><head><title>t</title></head><body>b</body></html>",
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>b</body></html>",
                filler + "<!DOCTYPE html>\n<h1>Title</h1>",
                "digraph g { a -> b; }",
                "function result = f(x)\n  result = x;\nend\n",
                "From: someone\nDate: today\nMIME-Version: 1.0\nContent-Type: text/plain\n\nbody",
                // formats that open with a letter, as text does: their patterns stay in every table
                "GIF89a and then some words of text that follow the signature.",
                "BEGIN:VCARD\nVERSION:3.0\nFN:A Person\nEND:VCARD\n",
                "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
                "MIME-Version: 1.0\nContent-Type: text/plain\n\nbody",
                "Newsgroups: alt.test\nPath: a!b\nFrom: a@example.org\n\nbody",
                "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n",
                "ID3 is how an MP3 file opens, and this text opens the same way.",
                "PK is how a zip opens, but this text has no control bytes.",
                "Relay-Version: version B 2.10 2/13/83; site a\nPosting-Version: x\n\nbody");
        for (String t : texts) {
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            for (String name : List.of("note.txt", "note.md", "note")) {
                assertEquals(tika(b, name), guards.detect(b, named(name)), name + ": " + t.strip());
            }
        }
        // UTF-16 with a media name inside: the NUL bytes send it to the full table
        byte[] utf16 = ("header Windows Media Video " + filler).getBytes(StandardCharsets.UTF_16LE);
        assertTrue(guards.mayMatchRemoved(utf16));
        assertEquals(tika(utf16, "clip.txt"), guards.detect(utf16, named("clip.txt")));
    }

    @Test
    void wordsAreOnlyDerivedFromPatternsThatNeedThem() throws Exception {
        String illustratorRegex = "[\\r\\n]%AI5_FileFormat [1-4][\\r\\n]";
        MagicWords.Word illustrator = word("regex", "0:8192", illustratorRegex);
        assertEquals("%AI5_FileFormat ", illustrator.text(), "literal chars outside classes, up to the class");
        assertEquals(
                8192 + illustratorRegex.length(), illustrator.to(), "the last start plus the region Tika gives it");
        MagicWords.Word header = word("stringignorecase", "0:1024", "\\nReceived:");
        assertEquals("received:", header.text(), "the escaped line break is left out, the colon kept");
        assertTrue(header.ignoreCase());
        assertEquals(1024 + "\\nReceived:".length(), header.to(), "the last start plus the written length");
        // a group, an alternative, a mask, a hex value or an optional last letter never yields a whole word
        assertNull(word("regex", "0", "(?i)<html"));
        assertNull(word("regex", "0", "abc|def"));
        assertNull(wordWithMask("string", "0", "ABCDEF", "0xFFFFFF"));
        assertNull(word("string", "0", "0x414243"));
        assertEquals("colo", word("regex", "0", "colou?r").text());
        assertEquals("abc", word("regex", "0", "[\\]xyz]abc").text(), "class members are not words");
        assertNull(word("regex", "0", "[\\]xyzw]"));
        // an escape and what may belong to it are skipped
        assertEquals("Hello", word("string", "0", "\\x41BHello").text(), "B may be a hex digit");
        assertEquals("Exif", word("string", "6", "\\0\\0Exif").text());
        assertEquals("\u0000", word("unicodeLE", "0:8192", "wmv2").text());
    }

    private static MagicWords.Word word(String type, String offset, String value) throws Exception {
        return wordWithMask(type, offset, value, null);
    }

    private static MagicWords.Word wordWithMask(String type, String offset, String value, String mask)
            throws Exception {
        Element e = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .newDocument()
                .createElement("match");
        e.setAttribute("type", type);
        e.setAttribute("offset", offset);
        e.setAttribute("value", value);
        if (mask != null) {
            e.setAttribute("mask", mask);
        }
        return MagicWords.word(e);
    }

    @Test
    void everySpeechGetsTikasTypeMostFromTheCheapTable() throws IOException {
        List<Path> files = SharedData.regularFiles(SharedData.folderOrSkip("ungdc/TXT"));
        int[] textOpening = new int[1];
        int cheap = assertSameTypes(files, textOpening);
        assertTrue(cheap > files.size() * 0.9, cheap + " of " + files.size() + " speeches from the cheap table");
        assertTrue(
                textOpening[0] > files.size() * 0.9,
                textOpening[0] + " of " + files.size() + " speeches from the table for text openings");
    }

    @Test
    void everyTestDocumentGetsTikasType() throws IOException {
        List<Path> files = SharedData.regularFiles(SharedData.folderOrSkip("tika-test-documents"));
        assertTrue(files.size() > 100, "test documents: " + files.size());
        int[] textOpening = new int[1];
        assertSameTypes(files, textOpening);
        assertTrue(textOpening[0] > 0, "some test documents open as text");
    }
}
