package org.briefings.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.briefings.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefings export} and {@code briefings batch} as a user runs them, on a few sample briefings. */
class BulkCliTest {

    @TempDir
    static Path dir;

    static CliEndToEndTest.Workspace w;

    @BeforeAll
    static void index() throws Exception {
        w = CliEndToEndTest.Workspace.copyOfSample(
                dir.resolve("w"),
                "kp-ship-to-ship-transfers.txt",
                "2019-02-27-north-korea-hanoi-summit-sanctions.txt",
                "venezuela-oil-licence-barbados.txt",
                "opec-plus-cut-october-2022.md",
                "nigeria-naira-unification.txt");
        assertEquals(0, w.cli("index").code());
    }

    private static long searchTotal(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "search";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--json";
        CliEndToEndTest.Run r = w.cli(all);
        assertEquals(0, r.code(), r.err());
        return Json.MAPPER.readTree(r.out()).get("total").asLong();
    }

    @Test
    void searchExportAndBatchHideCopiesAsTheApiDoes() throws Exception {
        CliEndToEndTest.Workspace c = CliEndToEndTest.Workspace.copyOfSample(
                dir.resolve("copies"), "kp-ship-to-ship-transfers.txt", "nigeria-naira-unification.txt");
        Path original = c.corpus().resolve("kp-ship-to-ship-transfers.txt");
        Files.writeString(
                c.corpus().resolve("kp-ship-to-ship-transfers-forwarded.txt"),
                Files.readString(original) + "\n\nForwarded by the Seoul desk.\n");
        assertEquals(0, c.cli("index").code());
        long all = Json.MAPPER
                .readTree(c.cli("search", "*:*", "--json").out())
                .get("total")
                .asLong();
        CliEndToEndTest.Run hidden = c.cli("search", "*:*", "--copies", "hide", "--json");
        assertEquals(0, hidden.code(), hidden.err());
        long kept = Json.MAPPER.readTree(hidden.out()).get("total").asLong();
        assertEquals(3, all);
        assertEquals(2, kept, "the forwarded copy is left out");

        CliEndToEndTest.Run export = c.cli("export", "*:*", "--copies", "hide", "--format", "csv");
        assertEquals(0, export.code(), export.err());
        assertEquals(
                kept,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new StringReader(export.out()))
                        .getRecords()
                        .size());
        Path names = dir.resolve("copies-names.txt");
        Files.writeString(names, "*:*\n");
        CliEndToEndTest.Run batch = c.cli("batch", names.toString(), "--copies", "hide", "--format", "json");
        assertEquals(0, batch.code(), batch.err());
        assertEquals(
                kept,
                Json.MAPPER
                        .readTree(batch.out())
                        .get("results")
                        .get(0)
                        .get("total")
                        .asLong());
        assertEquals(2, c.cli("search", "x", "--copies", "fold").code(), "a bad value is an error");
    }

    @Test
    void exportWritesOneCsvRowPerMatch() throws Exception {
        CliEndToEndTest.Run r = w.cli("export", "sanctions", "--about", "KP", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(r.out()))
                .getRecords();
        assertEquals(searchTotal("sanctions", "--about", "KP"), rows.size());
        assertFalse(rows.isEmpty());
        assertTrue(rows.getFirst().get("link").startsWith("http://127.0.0.1:8080/?doc="));
        assertTrue(r.err().contains("exported " + rows.size()), r.err());

        CliEndToEndTest.Run all =
                w.cli("export", "*:*", "--format", "jsonl", "--base-url", "https://briefings.example");
        assertEquals(0, all.code(), all.err());
        List<String> lines = all.out().lines().toList();
        assertEquals(w.files(), lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.getFirst());
        assertTrue(first.get("link").asText().startsWith("https://briefings.example/?doc="));

        Path out = dir.resolve("out.csv");
        assertEquals(0, w.cli("export", "--output", out.toString()).code());
        assertEquals(w.files() + 1, Files.readAllLines(out).size());
        assertEquals(2, w.cli("export", "title:(").code(), "a bad query is an error, not an empty file");
    }

    @Test
    void exportTakesTheFlagFiltersAsSearchDoes() throws Exception {
        CliEndToEndTest.Run r = w.cli("export", "--undated", "--format", "jsonl");
        assertEquals(0, r.code(), r.err());
        assertEquals(searchTotal("--undated"), r.out().lines().count());
    }

    @Test
    void batchAnswersEveryLineAndReportsBadOnesByNumber() throws Exception {
        Path names = dir.resolve("names.txt");
        Files.writeString(names, "sanctions\nopec\n\ntitle:(\nnaira\n");
        CliEndToEndTest.Run r = w.cli("batch", names.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode results = Json.MAPPER.readTree(r.out()).get("results");
        assertEquals(4, results.size());
        assertEquals(searchTotal("opec"), results.get(1).get("total").asLong());
        assertEquals(4, results.get(2).get("line").asInt());
        assertTrue(results.get(2).has("error"));
        assertTrue(r.err().contains("4 queries, 1 could not run"), r.err());

        CliEndToEndTest.Run csv = w.cli("batch", names.toString(), "--format", "csv", "--about", "KP");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("line,query,total"), csv.out());
        assertEquals(5, csv.out().lines().count());
    }
}
