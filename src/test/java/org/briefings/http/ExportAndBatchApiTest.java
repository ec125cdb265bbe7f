package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.briefings.Json;
import org.briefings.bulk.ExportWriter;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/export} and {@code /api/batch-search} over HTTP against the sample corpus plus a
 * briefing whose title is built to break CSV: an export has exactly the search's total rows and
 * reads as strict RFC 4180; a batch has one row per query and each total is that query's own
 * search total.
 */
class ExportAndBatchApiTest {

    @TempDir
    static Path dir;

    static TestServer s;

    static final String NASTY_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\"), a \"quoted\" title";

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults(), true);
        HttpResponse<String> r = s.send(s.request("/api/documents?name=nasty.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(NASTY_TITLE
                        + "\n\nZanzibar spice exports, said the minister, rose again; "
                        + "traders in Dar es Salaam expect more.\n")));
        assertEquals(201, r.statusCode(), r.body());
        HttpResponse<String> json = s.send(s.request("/api/documents?name=" + JSON_BRIEFING)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"Tea exports from Kenya\", \"body\":"
                        + " \"Tea exports from Kenya rose again, traders in Mombasa said.\"}\n")));
        assertEquals(201, json.statusCode(), json.body());
    }

    /** A briefing that is itself a JSON file: its own format, json, is also batch search's answer format. */
    static final String JSON_BRIEFING = "exports.json";

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    static long total(String params) throws Exception {
        return s.getJson("/api/search?size=0&" + params).get("total").asLong();
    }

    @Test
    void anExportHasExactlyTheSearchsTotalRowsAndReadsAsStrictCsv() throws Exception {
        for (String params : List.of("q=sanctions", "q=*:*", "", "about=KP&sort=newest", "q=oil&from=2018")) {
            HttpResponse<String> r = s.get("/api/export?format=csv&" + params);
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
            assertTrue(
                    r.headers()
                            .firstValue("Content-Disposition")
                            .orElse("")
                            .matches("attachment; filename=\"briefings-[a-z0-9-]+\\.csv\""),
                    r.headers().toString());
            List<CSVRecord> rows = csv(r.body());
            assertEquals(total(params), rows.size(), params);
            assertEquals(
                    ExportWriter.COLUMNS,
                    rows.isEmpty()
                            ? ExportWriter.COLUMNS
                            : rows.getFirst().getParser().getHeaderNames());
        }
        assertEquals(
                s.engine.briefingCount(), csv(s.get("/api/export?q=*:*").body()).size(), "csv is the default");
    }

    @Test
    void cellsWithCommasQuotesAndFormulasAreQuotedAndDefused() throws Exception {
        List<CSVRecord> rows = csv(s.get("/api/export?format=csv&q=zanzibar").body());
        assertEquals(1, rows.size());
        CSVRecord row = rows.getFirst();
        assertEquals("'" + NASTY_TITLE, row.get("title"), "the formula gets an apostrophe, the rest is intact");
        assertTrue(row.get("link").matches("http://127\\.0\\.0\\.1:\\d+/\\?doc=[0-9a-f]{64}"), row.get("link"));
        assertTrue(row.get("mentioned").contains("TZ"), row.toString());
        assertEquals("txt", row.get("format"));
    }

    @Test
    void jsonLinesAreSearchHitsWithALink() throws Exception {
        HttpResponse<String> r = s.get("/api/export?format=jsonl&q=sanctions");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains(".jsonl"));
        String[] lines = r.body().split("\n");
        assertEquals(total("q=sanctions"), lines.length);
        JsonNode hit = s.getJson("/api/search?q=sanctions&size=1").get("hits").get(0);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        assertEquals(hit.get("id"), first.get("id"), "same order as the search");
        for (String field :
                List.of("title", "published", "about", "mentioned", "people", "organisations", "sourcePath")) {
            assertEquals(hit.get(field), first.get(field), field);
        }
        assertTrue(first.get("link").asText().endsWith("/?doc=" + hit.get("id").asText()));
    }

    @Test
    void theBriefingsOwnFormatStillFilters() throws Exception {
        List<CSVRecord> rows = csv(s.get("/api/export?format=pdf&format=csv").body());
        assertEquals(total("format=pdf"), rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("format").equals("pdf")));
    }

    @Test
    void aBadExportIsAJson400NotADownload() throws Exception {
        for (String bad :
                List.of("q=title:(", "sort=sideways", "country=Atlantis", "size=5", "format=csv&format=jsonl")) {
            HttpResponse<String> r = s.get("/api/export?" + bad.replace("(", "%28"));
            assertEquals(400, r.statusCode(), bad + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Disposition").isEmpty(), bad);
            assertNotNull(TestServer.json(r).get("message"), bad);
        }
    }

    @Test
    void anExportTakesTheCopiesSettingOfTheSearchOnScreen() throws Exception {
        for (String copies : List.of("show", "collapse", "hide")) {
            HttpResponse<String> r = s.get("/api/export?format=csv&q=*:*&copies=" + copies);
            assertEquals(200, r.statusCode(), copies + ": " + r.body());
            assertEquals(total("q=*:*&copies=" + copies), csv(r.body()).size(), copies);
        }
        assertEquals(
                csv(s.get("/api/export?format=csv&q=*:*").body()).size(),
                csv(s.get("/api/export?format=csv&q=*:*&copies=collapse").body())
                        .size(),
                "folding copies shortens a page of hits, not the list of every match");
        HttpResponse<String> bad = s.get("/api/export?copies=fold");
        assertEquals(400, bad.statusCode());
        assertEquals("copies", TestServer.json(bad).get("parameter").asText());
    }

    @Test
    void anotherEndpointsAnswerFormatIsA400ThatSaysHowToFilterInstead() throws Exception {
        HttpResponse<String> export = s.get("/api/export?format=json&q=sanctions");
        assertEquals(400, export.statusCode(), export.body());
        JsonNode e = TestServer.json(export);
        assertEquals("format", e.get("parameter").asText());
        assertTrue(e.get("message").asText().contains("format:json"), e.toString());
        HttpResponse<String> batch = batch("format=jsonl", "text/plain", "sanctions");
        assertEquals(400, batch.statusCode(), batch.body());
        assertEquals("format", TestServer.json(batch).get("parameter").asText());
    }

    @Test
    void outputNamesTheAnswersFormatSoFormatCanFilterOnJsonBriefings() throws Exception {
        assertEquals(1, total("format=json"), "the uploaded file is a json briefing");
        HttpResponse<String> jsonl = s.get("/api/export?output=jsonl&format=json");
        assertEquals(200, jsonl.statusCode(), jsonl.body());
        String[] lines = jsonl.body().split("\n");
        assertEquals(1, lines.length, jsonl.body());
        assertTrue(lines[0].contains(JSON_BRIEFING), lines[0]);
        List<CSVRecord> rows =
                csv(s.get("/api/export?output=csv&format=json&format=txt").body());
        assertEquals(total("format=json&format=txt"), rows.size(), "format values OR as in a search");
        assertEquals(400, s.get("/api/export?format=json").statusCode(), "without output, json is batch's format");

        HttpResponse<String> filtered = batch("output=json&format=json", "text/plain", "*:*");
        assertEquals(200, filtered.statusCode(), filtered.body());
        assertEquals(
                1, TestServer.json(filtered).get("results").get(0).get("total").asLong());
        HttpResponse<String> answer = batch("format=json", "text/plain", "*:*");
        assertEquals(
                total("q=*:*"),
                TestServer.json(answer).get("results").get(0).get("total").asLong(),
                "format=json alone chooses the answer");

        HttpResponse<String> bad = s.get("/api/export?output=json");
        assertEquals(400, bad.statusCode());
        assertEquals("output", TestServer.json(bad).get("parameter").asText());
    }

    @Test
    void aParameterAtFaultIsNamedInTheError() throws Exception {
        for (String[] c : List.of(
                new String[] {"/api/search?size=500", "size"},
                new String[] {"/api/search?size=ten", "size"},
                new String[] {"/api/search?q=a&q=b", "q"},
                new String[] {"/api/search?colour=red", "colour"},
                new String[] {"/api/facets?dim=shoe", "dim"},
                new String[] {"/api/export?format=csv&format=jsonl", "format"})) {
            HttpResponse<String> r = s.get(c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertEquals(c[1], TestServer.json(r).path("parameter").asText(), c[0] + ": " + r.body());
        }
    }

    // ------------------------------------------------------------------ batch

    private HttpResponse<String> batch(String params, String contentType, String body) throws Exception {
        return s.send(s.request("/api/batch-search" + (params.isEmpty() ? "" : "?" + params))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** 500 names: every person, organisation and country of the sample corpus, topped up with names nobody has. */
    private static List<String> fiveHundredNames() throws Exception {
        Set<String> names = new LinkedHashSet<>();
        for (String dim : List.of("person", "org", "about", "country")) {
            for (JsonNode f : s.getJson("/api/facets?dim=" + dim).get("facets")) {
                for (JsonNode v : f.get("values")) {
                    names.add(v.get("label").asText());
                }
            }
        }
        List<String> out = new ArrayList<>(names);
        for (int i = 0; out.size() < 500; i++) {
            out.add(i % 2 == 0 ? "Nobody Surname" + i : "sanctions");
        }
        return out.subList(0, 500);
    }

    @Test
    void aBatchOfFiveHundredNamesHasOneRowPerNameWithThatNamesOwnSearchTotal() throws Exception {
        List<String> names = fiveHundredNames();
        HttpResponse<String> r = batch("top=2", "text/plain", String.join("\n", names));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = TestServer.json(r);
        JsonNode results = answer.get("results");
        assertEquals(500, results.size());
        assertEquals(500, answer.get("queries").asInt());
        int found = 0;
        for (int i = 0; i < 500; i++) {
            JsonNode row = results.get(i);
            assertEquals(i + 1, row.get("line").asInt());
            assertEquals(names.get(i), row.get("query").asText());
            HttpResponse<String> own = s.get("/api/search?size=2&q=" + TestServer.enc(names.get(i)));
            if (own.statusCode() == 400) {
                assertNotNull(row.get("error"), names.get(i));
                continue;
            }
            JsonNode search = TestServer.json(own);
            assertEquals(search.get("total").asLong(), row.get("total").asLong(), names.get(i));
            if (search.get("total").asLong() > 0) {
                found++;
                assertEquals(
                        search.get("hits").get(0).get("id"),
                        row.get("top").get(0).get("id"),
                        names.get(i));
            }
            assertTrue(row.get("link")
                    .asText()
                    .contains("/?q=" + TestServer.enc(names.get(i)).replace("+", "%20")));
        }
        assertTrue(found > 100, "most names are found: " + found);
    }

    @Test
    void aBatchHidesCopiesWhenAskedAndItsLinksSayHide() throws Exception {
        for (String copies : List.of("show", "hide")) {
            HttpResponse<String> r = batch("copies=" + copies, "text/plain", "*:*\nsanctions");
            assertEquals(200, r.statusCode(), r.body());
            JsonNode results = TestServer.json(r).get("results");
            assertEquals(
                    total("q=*:*&copies=" + copies), results.get(0).get("total").asLong(), copies);
            assertEquals(
                    total("q=sanctions&copies=" + copies),
                    results.get(1).get("total").asLong(),
                    copies);
            assertEquals(
                    copies.equals("hide"), results.get(0).get("link").asText().contains("copies=hide"));
        }
    }

    @Test
    void filtersApplyToEveryQueryOfABatch() throws Exception {
        JsonNode rows = TestServer.json(batch("about=KP&from=2018", "application/json", "[\"sanctions\", \"kim\"]"))
                .get("results");
        assertEquals(
                total("q=sanctions&about=KP&from=2018"),
                rows.get(0).get("total").asLong());
        assertEquals(total("q=kim&about=KP&from=2018"), rows.get(1).get("total").asLong());
        assertTrue(
                rows.get(0).get("link").asText().contains("about=KP"),
                rows.get(0).toString());
    }

    @Test
    void aBadLineIsReportedByItsNumberAndTheOthersStillRun() throws Exception {
        JsonNode answer = TestServer.json(batch("", "text/plain", "sanctions\n\ntitle:(oops\nunknownfield:x\niran\n"));
        JsonNode rows = answer.get("results");
        assertEquals(4, rows.size());
        assertEquals(2, answer.get("failed").asInt());
        assertEquals(3, rows.get(1).get("line").asInt());
        assertTrue(
                rows.get(1).get("error").asText().contains("syntax"),
                rows.get(1).toString());
        assertNull(rows.get(1).get("total"));
        assertEquals(4, rows.get(2).get("line").asInt());
        assertTrue(
                rows.get(2).get("error").asText().contains("unknownfield"),
                rows.get(2).toString());
        assertEquals(total("q=iran"), rows.get(3).get("total").asLong());
    }

    @Test
    void csvInAndOut() throws Exception {
        HttpResponse<String> r = s.send(s.request("/api/batch-search?header=true")
                .header("Content-Type", "text/csv")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("name,comment\n\"sanctions, oil\",x\n\"bad\n")));
        assertEquals(200, r.statusCode(), r.body());
        List<CSVRecord> rows = csv(r.body());
        assertEquals(2, rows.size());
        assertEquals("sanctions, oil", rows.get(0).get("query"));
        assertEquals(
                String.valueOf(total("q=" + TestServer.enc("sanctions, oil"))),
                rows.get(0).get("total"));
        assertEquals("3", rows.get(1).get("line"));
        assertFalse(rows.get(1).get("error").isEmpty());
        assertEquals(200, batch("format=csv", "text/plain", "iran").statusCode());
    }

    @Test
    void moreThanTenThousandQueriesAreA413ThatSaysSo() throws Exception {
        HttpResponse<String> r = batch("", "text/plain", "iran\n".repeat(10_001));
        assertEquals(413, r.statusCode());
        assertTrue(TestServer.json(r).get("message").asText().contains("at most 10000"), r.body());
        assertEquals(400, batch("", "text/plain", "\n\n").statusCode());
        assertEquals(400, batch("country=Atlantis", "text/plain", "iran").statusCode());
        assertEquals(
                400, batch("", "application/json", "{\"not\": \"an array\"}").statusCode());
        assertEquals(400, batch("q=iran", "text/plain", "iran").statusCode(), "queries come in the body");
    }
}
