package org.briefings.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefings.Json;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it, by calling {@link Main#run} on a temporary copy of the
 * sample corpus: index, search with filters, stats, re-index (everything unchanged), delete a
 * file and re-index.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CliEndToEndTest {

    @TempDir
    static Path dir;

    static Path corpus;
    static Path index;
    static int files;

    record Run(int code, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(
                        Stream.of(args), Stream.of("--corpus", corpus.toString(), "--index", index.toString()))
                .toArray(String[]::new);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    static int count(String output, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + label + "\\s+(\\d+)").matcher(output);
        assertTrue(m.find(), "no '" + label + "' line in:\n" + output);
        return Integer.parseInt(m.group(1));
    }

    @BeforeAll
    static void copyCorpus() throws Exception {
        corpus = dir.resolve("corpus");
        index = dir.resolve("index");
        Path sample = SharedData.projectDir().resolve("corpus");
        try (Stream<Path> s = Files.walk(sample)) {
            for (Path f : s.toList()) {
                Path t = corpus.resolve(sample.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, StandardCopyOption.COPY_ATTRIBUTES);
                    files++;
                }
            }
        }
    }

    @Test
    @Order(1)
    void indexingTheSampleCorpusIndexesEveryFile() {
        Run r = cli("index");
        assertEquals(0, r.code(), r.err());
        assertEquals(files, count(r.out(), "indexed"));
        assertEquals(0, count(r.out(), "failed"));
        assertTrue(r.out().contains("40 briefings in the index"), r.out());
    }

    @Test
    @Order(2)
    void searchingSanctionsInNorthKoreaFindsTheNorthKoreaBriefings() throws Exception {
        Run r = cli("search", "sanctions", "--country", "KP", "--json", "-n", "50");
        assertEquals(0, r.code(), r.err());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertTrue(json.get("total").asInt() >= 6, r.out());
        for (JsonNode hit : json.get("hits")) {
            assertTrue(
                    hit.get("mentioned").toString().contains("\"KP\""),
                    hit.get("title").asText());
            assertTrue(
                    hit.get("snippet").asText().toLowerCase().contains("<mark>sanction"),
                    hit.get("snippet").asText());
        }
        JsonNode top = json.get("hits").get(0);
        assertTrue(top.get("about").toString().contains("\"KP\""), "top hit is about North Korea: " + top);
        JsonNode about = null;
        for (JsonNode f : json.get("facets")) {
            if (f.get("dim").asText().equals("about")) {
                about = f;
            }
        }
        assertNotNull(about);
        assertEquals("KP", about.get("values").get(0).get("value").asText(), "North Korea leads the about facet");

        Run text = cli("search", "sanctions", "--country", "North Korea");
        assertEquals(0, text.code());
        assertTrue(text.out().startsWith(json.get("total").asInt() + " briefings"), text.out());
        assertTrue(text.out().contains("about:"));
    }

    @Test
    @Order(3)
    void publicationDatesComeFromTheDocumentsNotTheIngestTime() throws Exception {
        // docs/sample-corpus.md lists each briefing's publication date: four are from 2019
        JsonNode y2019 = Json.MAPPER.readTree(cli("search", "--from", "2019", "--to", "2019", "--json", "-n", "20")
                .out());
        assertEquals(4, y2019.get("total").asInt(), y2019.toString());
        JsonNode newest = Json.MAPPER.readTree(
                cli("search", "--sort", "newest", "--json", "-n", "1").out());
        assertEquals(
                "2025-04-14",
                newest.get("hits").get(0).get("published").get("date").asText());
        JsonNode liaison = Json.MAPPER
                .readTree(cli("search", "title:liaison", "--json").out())
                .get("hits")
                .get(0);
        assertEquals("2020-06-17", liaison.get("published").get("date").asText(), "year taken from the byline");
        assertEquals("dateline", liaison.get("published").get("source").asText());
        JsonNode months = Json.MAPPER.readTree(
                cli("search", "--from", "2023-06", "--to", "2023-06", "--json").out());
        months.get("hits")
                .forEach(h -> assertTrue(h.get("published").get("date").asText().startsWith("2023-06")));
        assertTrue(months.get("total").asInt() >= 2);
        JsonNode events = Json.MAPPER.readTree(cli("search", "event:[2018 TO 2018] AND title:liaison", "--json")
                .out());
        assertEquals(1, events.get("total").asInt(), "the liaison briefing talks about 2018 though published in 2020");
        JsonNode published2018 =
                Json.MAPPER.readTree(cli("search", "published:[2018 TO 2018] AND title:liaison", "--json")
                        .out());
        assertEquals(0, published2018.get("total").asInt());
    }

    @Test
    @Order(3)
    void aQueryErrorIsReportedWithItsPosition() {
        Run r = cli("search", "sanctions AND (");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("column"), r.err());
        Run badCountry = cli("search", "oil", "--about", "Atlantis");
        assertEquals(2, badCountry.code());
        assertTrue(badCountry.err().contains("Atlantis"));
    }

    @Test
    @Order(4)
    void statsShowTheCountAndTheTopFacetValues() {
        Run r = cli("stats");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("briefings:   40"), r.out());
        assertTrue(r.out().matches("(?s).*about:\\s+[A-Z]{2} \\(\\d+\\).*KP \\(\\d+\\).*"), r.out());
        assertTrue(r.out().contains("format:"));
    }

    @Test
    @Order(5)
    void reIndexingReportsEveryFileUnchanged() {
        Run r = cli("index");
        assertEquals(0, r.code());
        assertEquals(0, count(r.out(), "indexed"));
        assertEquals(files, count(r.out(), "unchanged"));
    }

    @Test
    @Order(6)
    void deletingAFileAndReIndexingRemovesItsBriefing() throws Exception {
        Path victim = corpus.resolve("korea-liaison-office-demolition.md");
        assertTrue(Files.exists(victim));
        assertEquals(
                1,
                Json.MAPPER
                        .readTree(cli("search", "title:liaison", "--json").out())
                        .get("total")
                        .asInt());
        Files.delete(victim);
        Run r = cli("index");
        assertEquals(1, count(r.out(), "deleted"));
        assertEquals(files - 1, count(r.out(), "unchanged"));
        assertEquals(
                0,
                Json.MAPPER
                        .readTree(cli("search", "title:liaison", "--json").out())
                        .get("total")
                        .asInt());
    }

    @Test
    @Order(7)
    void everySubcommandHasUsefulHelp() {
        for (String cmd : List.of("index", "search", "stats", "serve", "eval")) {
            StringWriter out = new StringWriter();
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), cmd, "--help");
            assertEquals(0, code);
            assertTrue(out.toString().contains("--corpus") || cmd.equals("eval"), cmd + ": " + out);
            assertTrue(out.toString().contains("Usage: briefings " + cmd), out.toString());
        }
    }
}
