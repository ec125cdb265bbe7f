package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.briefings.Json;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plain text skips Tika's composite parsers and goes straight to the parser they would pick
 * (issue 16): the text, metadata, language and warnings must be exactly what Tika's default route
 * gives, for every kind of text file and for the UN speeches.
 */
class PlainTextShortcutTest {

    static Extractor shortcut;
    static Extractor defaultRoute;

    /** Tika's metadata map has no stable order, and its parse time differs from run to run. */
    static final ObjectMapper SORTED = Json.MAPPER.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        LanguageGuesser languages = new LanguageGuesser();
        shortcut = new Extractor(ExtractionLimits.defaults(), languages, true, false);
        defaultRoute = new Extractor(ExtractionLimits.defaults(), languages, false, false);
    }

    @AfterAll
    static void tearDown() {
        shortcut.close();
        defaultRoute.close();
    }

    @Test
    void plainTextGoesToTheParserTikaWouldPick() {
        OcrParsing tika = new OcrParsing(ExtractionLimits.defaults().ocr());
        assertInstanceOf(TextAndCSVParser.class, Extractor.parserFor(tika.parser(), MediaType.TEXT_PLAIN));
    }

    @Test
    void everyKindOfTextFileComesOutTheSameAsThroughTikasDefaultRoute() throws Exception {
        String text = "Ministers met in Genève on 3 March 2024.\n\nThe talks on Iran’s programme resumed; "
                + "Nigeria and the EU sent observers. Prices: 12 € and 3 £.\n";
        List<Path> files = new ArrayList<>();
        files.add(write("utf8.txt", text.getBytes(StandardCharsets.UTF_8)));
        files.add(
                write("latin1.txt", text.replace("’", "'").replace("€", "EUR").getBytes(StandardCharsets.ISO_8859_1)));
        files.add(write("utf16.txt", ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE)));
        files.add(write(
                "notes.md", ("# Talks in Geneva\n\n" + text + "\n- one\n- two\n").getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                "table.csv", "country,year,amount\nIran,2024,12\nNigeria,2023,7\n".getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                "page.html",
                ("<html><head><title>Talks</title></head><body><p>" + text + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                "mail.txt",
                ("From: a@example.org\nTo: b@example.org\nSubject: Talks\n"
                                + "MIME-Version: 1.0\nContent-Type: text/plain\n\n" + text)
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(write("noextension", text.getBytes(StandardCharsets.UTF_8)));
        for (Path f : files) {
            assertSame(f);
        }
    }

    @Test
    void theUnSpeechesComeOutTheSame() throws Exception {
        Path speeches = SharedData.folderOrSkip("ungdc/TXT");
        List<Path> files;
        try (Stream<Path> s = Files.walk(speeches)) {
            files = s.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(60)
                    .toList();
        }
        assertFalse(files.isEmpty(), "no speeches under " + speeches);
        for (Path f : files) {
            assertSame(f);
        }
    }

    private void assertSame(Path file) throws Exception {
        String name = file.getFileName().toString();
        assertEquals(outcome(defaultRoute, file, name), outcome(shortcut, file, name), name);
    }

    private static String outcome(Extractor extractor, Path file, String name) throws Exception {
        try {
            return SORTED.writeValueAsString(extractor.extract(file, name, null))
                    .replaceAll("\"X-TIKA:parse_time_millis\":\\[\"[0-9]+\"\\],?", "");
        } catch (IngestException e) {
            return "failed: " + e.reason() + " " + e.getMessage();
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }
}
