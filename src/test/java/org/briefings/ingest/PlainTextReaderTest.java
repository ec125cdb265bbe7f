package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefings.ExtractedText;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plain-text reader (issue 16) must answer exactly as Tika's route does for every file it
 * takes, and take no file it cannot read alike: the same briefings, text, type, language,
 * metadata (but for the keys that name the reader and its timing) and warnings, on crafted edge
 * cases and on every UN speech. Files it must decline are checked to reach Tika.
 */
class PlainTextReaderTest {

    static final LanguageGuesser LANGUAGES = new LanguageGuesser();
    static Extractor tika;
    static PlainTextReader reader;

    /** Keys that say who read the file and how long it took, not what it holds. */
    private static final List<String> WHO_AND_WHEN =
            List.of("X-TIKA:encodingDetector", "X-TIKA:content_handler", "X-TIKA:parse_time_millis");

    private static final ObjectMapper SORTED = PlainTextShortcutTest.SORTED;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        tika = new Extractor(ExtractionLimits.defaults(), LANGUAGES, true, false);
        reader = new PlainTextReader(ExtractionLimits.defaults(), () -> LANGUAGES);
    }

    @AfterAll
    static void tearDown() {
        tika.close();
    }

    @Test
    void edgeCasesOfUtf8TextComeOutAsTikaGivesThem() throws Exception {
        String prose = "Ministers met in Genève on 3 March 2024. The talks on Iran’s programme resumed;"
                + " Nigeria and the EU sent observers (costs: 12 € and 3 £, 🌍).\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("utf8.txt", prose.getBytes(StandardCharsets.UTF_8));
        files.put(
                "ascii.txt",
                "Plain words about France and Germany meeting in Paris.\n".getBytes(StandardCharsets.UTF_8));
        files.put("bom.txt", ("\uFEFF" + prose).getBytes(StandardCharsets.UTF_8));
        files.put(
                "crlf.txt",
                ("Line one about Chile.\r\n\r\n\r\n\r\nLine two   \r\nthree\rfour\n").getBytes(StandardCharsets.UTF_8));
        files.put(
                "controls.txt",
                ("Text with a bell \u0007, a form feed \f, a vertical tab \u000B, an escape \u001B and U+FFFF \uFFFF"
                                + " and a no-break\u00A0space about Peru.\n")
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "control-first.txt",
                ("\u0007A bell first, then words about Peru and Chile, then a form feed last\f")
                        .getBytes(StandardCharsets.UTF_8));
        files.put("notes.md", ("# Talks in Geneva\n\n" + prose + "\n- one\n- two\n").getBytes(StandardCharsets.UTF_8));
        files.put("plain.markdown", "Plain words about Kenya and its neighbours.\n".getBytes(StandardCharsets.UTF_8));
        files.put("upper.TXT", prose.getBytes(StandardCharsets.UTF_8));
        files.put("notes.text", prose.repeat(3).getBytes(StandardCharsets.UTF_8));
        // spans many read buffers (without the emoji: Tika garbles one that straddles its own buffers)
        files.put("long.txt", prose.replace(", 🌍", "").repeat(4000).getBytes(StandardCharsets.UTF_8));
        files.put("blank.txt", " \n\t\n  \n".getBytes(StandardCharsets.UTF_8));
        files.put("short.txt", "ok".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = write(f.getKey(), f.getValue());
            assertNotNull(readerOutcome(file), f.getKey() + " should be read without Tika");
            assertEquals(tikaOutcome(file), readerOutcome(file), f.getKey());
        }
    }

    @Test
    void filesTheReaderCannotReadAlikeGoToTika() throws Exception {
        String prose = "Ministers met in Genève on 3 March 2024 to talk about Iran and Nigeria.\n";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("latin1.txt", prose.getBytes(StandardCharsets.ISO_8859_1));
        files.put("utf16.txt", ("\uFEFF" + prose).getBytes(StandardCharsets.UTF_16BE));
        files.put("utf16le.txt", prose.getBytes(StandardCharsets.UTF_16LE));
        files.put(
                "page.txt",
                ("<html><head><title>Talks</title></head><body><p>" + prose + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
        files.put(
                "mail.txt",
                ("From: a@example.org\nTo: b@example.org\nSubject: Talks\nMIME-Version: 1.0\n"
                                + "Content-Type: text/plain\n\n" + prose)
                        .getBytes(StandardCharsets.UTF_8));
        files.put("table.csv", "country,year\nIran,2024\n".getBytes(StandardCharsets.UTF_8));
        files.put("page.html", ("<html><body><p>" + prose + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
        files.put("noextension", prose.getBytes(StandardCharsets.UTF_8));
        byte[] lateLatin1 = (prose.repeat(2000) + "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        files.put("late-latin1.txt", lateLatin1); // invalid UTF-8 only far beyond the first read
        byte[] lateNul = (prose.repeat(2000) + "x").getBytes(StandardCharsets.UTF_8);
        lateNul[lateNul.length - 1] = 0;
        files.put("late-nul.txt", lateNul);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path file = write(f.getKey(), f.getValue());
            assertNull(reader.read(file, f.getKey(), null, Files.size(file)), f.getKey() + " should be left to Tika");
        }
        // and an extractor with the reader on gives Tika's answer for them
        try (Extractor withReader = new Extractor(ExtractionLimits.defaults(), LANGUAGES, true, true)) {
            for (String name : files.keySet()) {
                Path file = dir.resolve(name);
                assertEquals(tikaOutcome(file), outcome(withReader, file), name);
            }
        }
    }

    @Test
    void aTextOverTheLimitIsCutAtTheLimitAndSaysSo() throws Exception {
        ExtractionLimits small = new ExtractionLimits(1000, 5, 10_000_000, Duration.ofSeconds(5));
        PlainTextReader cutting = new PlainTextReader(small, () -> LANGUAGES);
        Path file = write("long.txt", "Talks about Chile resumed. ".repeat(500).getBytes(StandardCharsets.UTF_8));
        Extraction x = cutting.read(file, "long.txt", null, Files.size(file));
        ExtractedText doc = x.documents().get(0);
        assertEquals(
                "Talks about Chile resumed. ".repeat(500).substring(0, 1000).strip(), doc.text());
        assertEquals(List.of(Warning.textCut(1000)), x.warnings());
        // Tika also keeps about the limit (a dozen characters fewer), and warns and marks it alike
        try (Extractor tikaSmall = new Extractor(small, LANGUAGES, true, false)) {
            Extraction t = tikaSmall.extract(file, "long.txt", null);
            assertEquals(x.warnings(), t.warnings());
            String mark = "X-TIKA:EXCEPTION:write_limit_reached";
            assertEquals(t.documents().get(0).meta(mark), doc.meta(mark));
            assertEquals("true", doc.meta(mark));
            int tikaLength = t.documents().get(0).text().length();
            assertTrue(tikaLength <= doc.text().length() && tikaLength > 950, "Tika kept " + tikaLength);
        }
    }

    @Test
    void charactersBeyondTheBasicPlaneSurviveEveryBufferBoundary() throws Exception {
        // odd offsets put the surrogate pairs across every buffer the reader fills
        String text = ("x" + "🌍𠀀 Talks about Chile. ").repeat(20_000);
        Path file = write("emoji.txt", text.getBytes(StandardCharsets.UTF_8));
        Extraction x = reader.read(file, "emoji.txt", null, Files.size(file));
        assertEquals(text.strip(), x.documents().get(0).text());
        assertFalse(x.documents().get(0).text().contains("\uFFFD"));
    }

    @Test
    void theFileIdIsTheHashOfItsBytes() throws Exception {
        Path file = write("bom.txt", "\uFEFFTalks about Chile resumed in Santiago.\n".getBytes(StandardCharsets.UTF_8));
        Extraction x = reader.read(file, "a/b/bom.txt", null, Files.size(file));
        assertEquals(ContentHash.of(file), x.fileId());
        assertEquals(ContentHash.of(file), x.documents().get(0).id());
        assertEquals("a/b/bom.txt", x.documents().get(0).sourcePath());
        Extraction given = reader.read(file, "bom.txt", "a".repeat(64), Files.size(file));
        assertEquals("a".repeat(64), given.fileId());
    }

    @Test
    void aFileThatVanishesIsAnIoError() {
        Path gone = dir.resolve("gone.txt");
        IngestException e = assertThrows(IngestException.class, () -> reader.read(gone, "gone.txt", null, 10));
        assertEquals(IngestException.Reason.IO_ERROR, e.reason());
    }

    @Test
    void everyUnSpeechComesOutAsTikaGivesIt() throws Exception {
        Path speeches = SharedData.folderOrSkip("ungdc/TXT");
        List<Path> files;
        try (Stream<Path> s = Files.walk(speeches)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() > 2000, "expected the 2,903 speeches under " + speeches + ", found " + files.size());
        for (Path f : files) {
            String read = readerOutcome(f);
            assertNotNull(read, f + " should be read without Tika");
            assertEquals(tikaOutcome(f), read, f.toString());
        }
    }

    private String tikaOutcome(Path file) throws Exception {
        return outcome(tika, file);
    }

    private static String outcome(Extractor extractor, Path file) throws Exception {
        String name = file.getFileName().toString();
        try {
            return normalised(extractor.extract(file, name, null));
        } catch (IngestException e) {
            return "failed: " + e.reason() + " " + e.getMessage();
        }
    }

    private static String readerOutcome(Path file) throws Exception {
        String name = file.getFileName().toString();
        try {
            Extraction x = reader.read(file, name, null, Files.size(file));
            return x == null ? null : normalised(x);
        } catch (IngestException e) {
            return "failed: " + e.reason() + " " + e.getMessage();
        }
    }

    /** The extraction as sorted JSON, without the keys that name the reader and its timing. */
    private static String normalised(Extraction x) throws Exception {
        List<ExtractedText> docs = x.documents().stream()
                .map(d -> {
                    Map<String, List<String>> m = new LinkedHashMap<>(d.metadata());
                    WHO_AND_WHEN.forEach(m::remove);
                    return new ExtractedText(
                            d.id(),
                            d.sourcePath(),
                            d.containerId(),
                            d.mediaType(),
                            d.title(),
                            d.text(),
                            d.language(),
                            m,
                            d.sizeBytes());
                })
                .toList();
        return SORTED.writeValueAsString(new Extraction(x.fileId(), docs, x.warnings()));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }
}
