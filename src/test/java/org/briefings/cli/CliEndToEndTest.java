package org.briefings.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefings.Json;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user runs it, by calling {@link Main#run} on a temporary copy of the
 * sample corpus: index, search with filters, stats, re-index (everything unchanged), delete a
 * file and re-index. The sample corpus is indexed once for the class and only read after that;
 * the test that deletes a file works on a copy of its own.
 */
class CliEndToEndTest {

    @TempDir
    static Path dir;

    /** The sample corpus, indexed once in {@link #indexTheSampleCorpus}; no test changes it. */
    static Workspace sample;

    /** What that first {@code index} printed. */
    static Run firstIndexing;

    record Run(int code, String out, String err) {}

    /** A corpus folder and its index folder, which every command here is given. */
    record Workspace(Path corpus, Path index, int files) {

        /** Copies the named files of the sample corpus (all of them when none is named) into {@code into}. */
        static Workspace copyOfSample(Path into, String... only) throws IOException {
            Path corpus = into.resolve("corpus");
            Path source = SharedData.projectDir().resolve("corpus");
            int files = 0;
            try (Stream<Path> s = Files.walk(source)) {
                for (Path f : s.toList()) {
                    Path t = corpus.resolve(source.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(t);
                    } else if (only.length == 0
                            || List.of(only).contains(f.getFileName().toString())) {
                        Files.copy(f, t, StandardCopyOption.COPY_ATTRIBUTES);
                        files++;
                    }
                }
            }
            return new Workspace(corpus, into.resolve("index"), files);
        }

        Run cli(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            String[] all = Stream.concat(
                            Stream.of(args), Stream.of("--corpus", corpus.toString(), "--index", index.toString()))
                    .toArray(String[]::new);
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
            return new Run(code, out.toString(), err.toString());
        }
    }

    static int count(String output, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + label + "\\s+(\\d+)").matcher(output);
        assertTrue(m.find(), "no '" + label + "' line in:\n" + output);
        return Integer.parseInt(m.group(1));
    }

    @BeforeAll
    static void indexTheSampleCorpus() throws IOException {
        sample = Workspace.copyOfSample(dir.resolve("sample"));
        firstIndexing = sample.cli("index");
    }

    @Test
    void indexingTheSampleCorpusIndexesEveryFile() {
        Run r = firstIndexing;
        assertEquals(0, r.code(), r.err());
        assertEquals(sample.files(), count(r.out(), "indexed"));
        assertEquals(0, count(r.out(), "failed"));
        assertTrue(r.out().contains("40 briefings in the index"), r.out());
    }

    @Test
    void aCommandBesideARunningServerSaysTheIndexIsInUseAndWhatToDo() throws Exception {
        try (var held = org.briefings.index.LuceneIndex.open(
                sample.index().toAbsolutePath().normalize())) {
            Run r = sample.cli("search", "sanctions");
            assertEquals(2, r.code(), r.out());
            assertTrue(r.err().contains("is in use by a running briefings server or command"), r.err());
            assertTrue(r.err().contains("/api/search"), r.err());
        }
        assertEquals(0, sample.cli("search", "sanctions").code(), "usable again once the other has closed it");
    }

    @Test
    void exportAndBatchRefuseTheOtherCommandsOutputFormat() throws Exception {
        Run export = sample.cli("export", "sanctions", "--format", "json");
        assertEquals(2, export.code(), export.out());
        assertTrue(export.err().contains("format:json"), export.err());
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "sanctions\n");
        Run batch = sample.cli("batch", names.toString(), "--format", "jsonl");
        assertEquals(2, batch.code(), batch.out());
        assertTrue(batch.err().contains("format:jsonl"), batch.err());
    }

    @Test
    void searchingSanctionsInNorthKoreaFindsTheNorthKoreaBriefings() throws Exception {
        Run r = sample.cli("search", "sanctions", "--country", "KP", "--json", "-n", "50");
        assertEquals(0, r.code(), r.err());
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertTrue(json.get("total").asInt() >= 6, r.out());
        assertFalse(json.get("hits").isEmpty(), r.out());
        for (JsonNode hit : json.get("hits")) {
            assertTrue(
                    hit.get("mentioned").toString().contains("\"KP\""),
                    hit.get("title").asText());
            assertTrue(
                    hit.get("snippet").asText().toLowerCase(Locale.ROOT).contains("<mark>sanction"),
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

        Run text = sample.cli("search", "sanctions", "--country", "North Korea");
        assertEquals(0, text.code());
        assertTrue(text.out().startsWith(json.get("total").asInt() + " briefings"), text.out());
        assertTrue(text.out().contains("about:"));
    }

    @Test
    void publicationDatesComeFromTheDocumentsNotTheIngestTime() throws Exception {
        // docs/sample-corpus.md lists each briefing's publication date: four are from 2019
        JsonNode y2019 =
                Json.MAPPER.readTree(sample.cli("search", "--from", "2019", "--to", "2019", "--json", "-n", "20")
                        .out());
        assertEquals(4, y2019.get("total").asInt(), y2019.toString());
        JsonNode newest = Json.MAPPER.readTree(
                sample.cli("search", "--sort", "newest", "--json", "-n", "1").out());
        assertEquals(
                "2025-04-14",
                newest.get("hits").get(0).get("published").get("date").asText());
        JsonNode liaison = Json.MAPPER
                .readTree(sample.cli("search", "title:liaison", "--json").out())
                .get("hits")
                .get(0);
        assertEquals("2020-06-17", liaison.get("published").get("date").asText(), "year taken from the byline");
        assertEquals("dateline", liaison.get("published").get("source").asText());
        JsonNode months = Json.MAPPER.readTree(sample.cli("search", "--from", "2023-06", "--to", "2023-06", "--json")
                .out());
        assertTrue(months.get("hits").size() >= 2, months.toString());
        months.get("hits")
                .forEach(h -> assertTrue(h.get("published").get("date").asText().startsWith("2023-06")));
        JsonNode events = Json.MAPPER.readTree(sample.cli("search", "event:[2018 TO 2018] AND title:liaison", "--json")
                .out());
        assertEquals(1, events.get("total").asInt(), "the liaison briefing talks about 2018 though published in 2020");
        JsonNode published2018 =
                Json.MAPPER.readTree(sample.cli("search", "published:[2018 TO 2018] AND title:liaison", "--json")
                        .out());
        assertEquals(0, published2018.get("total").asInt());
    }

    @Test
    void undatedBriefingsAreListedByTheUndatedSwitchAndCountedButMatchNoDates(@TempDir Path own) throws Exception {
        Workspace w = Workspace.copyOfSample(own, "korea-liaison-office-demolition.md");
        Files.writeString(
                w.corpus().resolve("desk-note.txt"),
                "Desk note\n\nNothing in this note says when it was written about the liaison office.");
        assertEquals(0, w.cli("index").code());
        Run undated = w.cli("search", "liaison", "--undated");
        assertEquals(0, undated.code(), undated.err());
        assertTrue(undated.out().startsWith("1 briefings"), undated.out());
        assertTrue(undated.out().contains("Desk note  [undated]"), undated.out());
        Run all = w.cli("search", "liaison");
        assertTrue(all.out().contains("undated:  1"), all.out());
        JsonNode json =
                Json.MAPPER.readTree(w.cli("search", "liaison", "--json").out());
        assertEquals(2, json.get("total").asInt());
        assertEquals(1, json.get("undated").asInt());
        JsonNode dated = Json.MAPPER.readTree(
                w.cli("search", "liaison", "--from", "1900", "--json").out());
        assertEquals(1, dated.get("total").asInt());
        assertEquals(
                "2020-06-17",
                dated.get("hits").get(0).get("published").get("date").asText());
    }

    @Test
    void aQueryErrorIsReportedWithItsPosition() {
        Run r = sample.cli("search", "sanctions AND (");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("column"), r.err());
        Run badCountry = sample.cli("search", "oil", "--about", "Atlantis");
        assertEquals(2, badCountry.code());
        assertTrue(badCountry.err().contains("Atlantis"));
    }

    @Test
    void statsShowTheCountAndTheTopFacetValues() {
        Run r = sample.cli("stats");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("briefings:   40"), r.out());
        assertTrue(r.out().matches("(?s).*about:\\s+[A-Z]{2} \\(\\d+\\).*KP \\(\\d+\\).*"), r.out());
        assertTrue(r.out().contains("format:"));
    }

    @Test
    void reIndexingReportsEveryFileUnchanged() {
        Run r = sample.cli("index");
        assertEquals(0, r.code());
        assertEquals(0, count(r.out(), "indexed"));
        assertEquals(sample.files(), count(r.out(), "unchanged"));
    }

    @Test
    void deletingAFileAndReIndexingRemovesItsBriefing(@TempDir Path own) throws Exception {
        Workspace w =
                Workspace.copyOfSample(own, "korea-liaison-office-demolition.md", "kp-ship-to-ship-transfers.txt");
        assertEquals(2, w.files());
        Run first = w.cli("index");
        assertEquals(2, count(first.out(), "indexed"), first.out() + first.err());
        assertEquals(
                1,
                Json.MAPPER
                        .readTree(w.cli("search", "title:liaison", "--json").out())
                        .get("total")
                        .asInt());
        Files.delete(w.corpus().resolve("korea-liaison-office-demolition.md"));
        Run r = w.cli("index");
        assertEquals(1, count(r.out(), "deleted"));
        assertEquals(1, count(r.out(), "unchanged"));
        assertEquals(
                0,
                Json.MAPPER
                        .readTree(w.cli("search", "title:liaison", "--json").out())
                        .get("total")
                        .asInt());
    }

    @Test
    void everySubcommandHasUsefulHelp() {
        for (String cmd : List.of("index", "search", "stats", "serve", "eval")) {
            StringWriter out = new StringWriter();
            int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), cmd, "--help");
            assertEquals(0, code);
            assertTrue(out.toString().contains("--corpus") || cmd.equals("eval"), cmd + ": " + out);
            assertTrue(out.toString().contains("Usage: briefings " + cmd), out.toString());
        }
    }

    @Test
    void searchRanksByMeaningWithSemanticAndModeHybridAsTheApiDoes() throws Exception {
        Workspace w = Workspace.copyOfSample(
                dir.resolve("hybrid"),
                "japan-boj-ends-negative-rates.html",
                "turkey-lira-rate-hikes.pdf",
                "kp-ship-to-ship-transfers.txt");
        assertEquals(0, w.cli("index", "--semantic").code());
        String question = "nippon abolishes subzero borrowing penalty for lenders"; // none of its words indexed
        assertTrue(w.cli("search", question).out().startsWith("0 briefings"));
        Run hybrid = w.cli("search", "--semantic", "--mode", "hybrid", question);
        assertEquals(0, hybrid.code(), hybrid.err());
        assertTrue(hybrid.out().contains("ranked by your words and their meaning"), hybrid.out());
        assertTrue(hybrid.out().contains(" 1. Bank of Japan"), hybrid.out());
        Run off = w.cli("search", "--mode", "hybrid", question);
        assertEquals(2, off.code());
        assertTrue(off.err().contains("--semantic"), off.err());
    }
}
