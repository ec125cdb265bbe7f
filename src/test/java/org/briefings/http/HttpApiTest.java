package org.briefings.http;

import static org.briefings.testing.TestServer.enc;
import static org.briefings.testing.TestServer.json;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against the real server on a real port, over a copy of the sample corpus. */
class HttpApiTest {

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults().withMaxUploadBytes(200_000), true);
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static Map<String, Long> facet(JsonNode response, String dim) {
        Map<String, Long> out = new HashMap<>();
        for (JsonNode f : response.get("facets")) {
            if (f.get("dim").asText().equals(dim)) {
                f.get("values")
                        .forEach(v ->
                                out.put(v.get("value").asText(), v.get("count").asLong()));
            }
        }
        return out;
    }

    private static List<JsonNode> allHits(String query) throws Exception {
        List<JsonNode> hits = new ArrayList<>();
        s.getJson("/api/search?size=200" + query).get("hits").forEach(hits::add);
        return hits;
    }

    @Test
    void searchAnswersWithHitsFacetsTimelineAndEscapedSnippets() throws Exception {
        JsonNode r = s.getJson("/api/search?q=sanctions&country=KP");
        assertTrue(r.get("total").asLong() >= 5, r.toString());
        assertTrue(r.get("totalExact").asBoolean());
        JsonNode hit = r.get("hits").get(0);
        for (String field : List.of("id", "title", "published", "about", "mentioned", "snippet", "score", "format")) {
            assertTrue(hit.has(field), "hit has " + field);
        }
        assertTrue(
                hit.get("snippet").asText().contains("<mark>"),
                hit.get("snippet").asText());
        assertFalse(hit.get("snippet")
                .asText()
                .replace("<mark>", "")
                .replace("</mark>", "")
                .contains("<"));
        assertTrue(r.get("timeline").size() > 0);
        for (JsonNode h : r.get("hits")) {
            boolean kp = false;
            for (JsonNode c : h.get("mentioned")) {
                kp |= c.get("code").asText().equals("KP");
            }
            assertTrue(kp, "every hit mentions KP");
        }
    }

    @Test
    void facetCountsAgreeWithABruteForceCountOverTheStoredBriefings() throws Exception {
        Map<String, Long> counted = new HashMap<>();
        Map<String, Long> countedAbout = new HashMap<>();
        for (JsonNode h : allHits("")) {
            Set<String> seen = new HashSet<>();
            h.get("mentioned").forEach(c -> seen.add(c.get("code").asText()));
            seen.forEach(c -> counted.merge(c, 1L, Long::sum));
            h.get("about").forEach(c -> countedAbout.merge(c.get("code").asText(), 1L, Long::sum));
        }
        JsonNode facets = s.getJson("/api/facets");
        Map<String, Long> country = facet(facets, "country");
        assertEquals(counted, country);
        assertEquals(countedAbout, facet(facets, "about"));
    }

    @Test
    void choosingAValueKeepsTheCountsOfTheOtherValuesOfThatFacet() throws Exception {
        Map<String, Long> unfiltered = facet(s.getJson("/api/search?q=sanctions&size=0&facetLimit=1000"), "about");
        JsonNode narrowed = s.getJson("/api/search?q=sanctions&about=KP&size=0&facetLimit=1000");
        assertEquals(unfiltered, facet(narrowed, "about"), "drill-sideways counts for the selected facet");
        assertEquals(unfiltered.get("KP"), narrowed.get("total").asLong());
        long kp = unfiltered.get("KP");
        String other = unfiltered.keySet().stream()
                .filter(k -> !k.equals("KP"))
                .findFirst()
                .orElseThrow();
        JsonNode both = s.getJson("/api/search?q=sanctions&about=KP&about=" + other + "&size=0");
        assertTrue(both.get("total").asLong() >= kp, "values within a facet are ORed");
        JsonNode anded = s.getJson("/api/search?q=sanctions&about=KP&format=pdf&size=0");
        assertTrue(anded.get("total").asLong() <= kp, "facets are ANDed");
    }

    @Test
    void dateRangesAtYearMonthAndDayPrecisionMatchThePublicationDates() throws Exception {
        // undated briefings (other tests' uploads) match no date range
        List<JsonNode> all =
                allHits("").stream().filter(h -> !h.get("published").isNull()).toList();
        String someDate = all.get(all.size() / 2).get("published").get("date").asText();
        String day = someDate.length() >= 10 ? someDate.substring(0, 10) : null;
        for (String period :
                new String[] {someDate.substring(0, 4), someDate.length() >= 7 ? someDate.substring(0, 7) : null, day
                }) {
            if (period == null) {
                continue;
            }
            long expected = all.stream()
                    .filter(h -> h.get("published").get("date").asText().startsWith(period))
                    .count();
            JsonNode r = s.getJson("/api/search?size=0&from=" + period + "&to=" + period);
            assertEquals(expected, r.get("total").asLong(), "briefings published in " + period);
            assertTrue(expected > 0);
        }
    }

    @Test
    void newestFirstIsSortedByDate() throws Exception {
        List<String> dates = new ArrayList<>();
        // undated briefings (other tests' uploads) come last, as ""
        s.getJson("/api/search?sort=newest&size=50")
                .get("hits")
                .forEach(h -> dates.add(h.get("published").path("date").asText()));
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
    }

    @Test
    void theCursorPagesThroughEveryHitWithoutRepeatsOrGaps() throws Exception {
        for (String sort : List.of("relevance", "newest", "oldest")) {
            long total = s.getJson("/api/search?q=the&size=0").get("total").asLong();
            Set<String> ids = new HashSet<>();
            String cursor = "";
            int pages = 0;
            while (cursor != null && pages++ < 100) {
                JsonNode r = s.getJson(
                        "/api/search?q=the&size=3&sort=" + sort + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
                r.get("hits").forEach(h -> assertTrue(ids.add(h.get("id").asText()), "repeat in " + sort));
                cursor = r.hasNonNull("nextCursor") ? r.get("nextCursor").asText() : null;
            }
            assertEquals(total, ids.size(), "all hits seen in " + sort);
        }
    }

    @Test
    void anUploadIsSearchableAsSoonAsItIsAnsweredAndTheSameBytesTwiceAreOneBriefing() throws Exception {
        String word = "zqx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String text =
                "Upload check " + word + "\n\nThe finance ministry of Kenya announced a new bond issue " + word + ".";
        HttpResponse<String> r = s.send(s.request("/api/documents?name=kenya-bond.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = json(r);
        String id = body.get("id").asText();
        assertEquals("indexed", body.get("result").asText());
        JsonNode found = s.getJson("/api/search?q=" + word);
        assertEquals(1, found.get("total").asLong(), "searchable at once");
        assertEquals(id, found.get("hits").get(0).get("id").asText());
        assertTrue(Files.exists(s.corpus.resolve(body.get("path").asText())), "the original is in corpus/");

        HttpResponse<String> again = s.send(s.request("/api/documents?name=other-name.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("duplicate", json(again).get("result").asText());
        assertEquals(id, json(again).get("id").asText());
        assertEquals(1, s.getJson("/api/search?q=" + word).get("total").asLong());
    }

    @Test
    void multipartUploadsTakeSeveralFiles() throws Exception {
        String boundary = "b" + UUID.randomUUID();
        String w1 = "mpa" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String w2 = "mpb" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"one.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nFirst note " + w1
                + "\n\nGhana's cocoa board raised farm-gate prices.\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"two.md\"\r\n"
                + "Content-Type: text/markdown\r\n\r\n# Second note " + w2
                + "\n\nChile's copper output fell in March.\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> r = s.send(s.request("/api/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode results = json(r).get("results");
        assertEquals(2, results.size());
        results.forEach(x -> assertEquals(201, x.get("status").asInt(), x.toString()));
        assertEquals(1, s.getJson("/api/search?q=" + w1).get("total").asLong());
        assertEquals(1, s.getJson("/api/search?q=" + w2).get("total").asLong());
    }

    @Test
    void anOversizedUploadIs413AndAGarbageUploadIs422WithNothingKept() throws Exception {
        List<Path> before = listCorpus();
        byte[] big = new byte[300_000];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> tooBig = s.send(s.request("/api/documents?name=big.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        assertEquals(413, tooBig.statusCode(), tooBig.body());
        assertEquals("too_large", json(tooBig).get("error").asText());

        byte[] junk = new byte[5000];
        new java.util.Random(7).nextBytes(junk);
        System.arraycopy("%PDF-1.5\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, 9);
        HttpResponse<String> bad = s.send(s.request("/api/documents?name=broken.pdf")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(junk)));
        assertEquals(422, bad.statusCode(), bad.body());
        assertEquals("not_extractable", json(bad).get("error").asText());
        assertFalse(json(bad).get("message").asText().isBlank());
        assertEquals(before, listCorpus(), "nothing half-written or half-indexed is left");
    }

    @Test
    void aBriefingCanBeReadDownloadedAndDeleted() throws Exception {
        String text = "Delete me\n\nA briefing on Peru's mining protests that an analyst will remove.";
        JsonNode up = json(s.send(s.request("/api/documents?name=peru.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text))));
        String id = up.get("id").asText();
        JsonNode doc = s.getJson("/api/documents/" + id);
        assertEquals("Delete me", doc.get("title").asText());
        assertTrue(doc.get("body").asText().contains("Peru's mining protests"));
        assertTrue(
                doc.get("countries").toString().contains("PE"),
                doc.get("countries").toString());
        assertTrue(doc.get("published").isNull(), "nothing in it says when: undated");
        assertTrue(doc.has("ingestedAt"));

        HttpResponse<String> original = s.get("/api/documents/" + id + "/original");
        assertEquals(200, original.statusCode());
        assertEquals(text, original.body());
        assertTrue(
                original.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(
                "nosniff",
                original.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(original.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));

        HttpResponse<String> deleted = s.send(s.request("/api/documents/" + id).DELETE());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(404, s.get("/api/documents/" + id).statusCode());
        assertFalse(Files.exists(s.corpus.resolve(up.get("path").asText())));
        assertEquals(404, s.send(s.request("/api/documents/" + id).DELETE()).statusCode());
    }

    @Test
    void badRequestsAre400sThatSayWhatIsWrong() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/search?q=" + enc("sanctions AND ("),
                "column",
                "/api/search?contry=KP",
                "contry",
                "/api/search?size=-1",
                "size",
                "/api/search?size=abc",
                "size",
                "/api/search?from=2019-13",
                "2019-13",
                "/api/search?country=Atlantis",
                "Atlantis",
                "/api/search?sort=random",
                "sort",
                "/api/search?cursor=xyz",
                "cursor",
                "/api/search?q=" + enc("colour:red"),
                "colour",
                "/api/search?q=" + enc("*anctions"),
                "q");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = s.get(c.getKey());
            assertEquals(400, r.statusCode(), c.getKey() + " -> " + r.body());
            JsonNode body = json(r);
            assertEquals("bad_request", body.get("error").asText());
            assertTrue(r.body().contains(c.getValue()), c.getKey() + " names " + c.getValue() + ": " + r.body());
        }
        assertEquals(404, s.get("/api/documents/not-an-id").statusCode());
        assertEquals(404, s.get("/api/documents/" + "0".repeat(64)).statusCode());
        assertEquals(404, s.get("/api/nothing-here").statusCode());
        assertEquals(
                405,
                s.send(s.request("/api/search").PUT(HttpRequest.BodyPublishers.noBody()))
                        .statusCode());
    }

    @Test
    void countryNamesAndCodesAreTheSameQuery() throws Exception {
        long byName = s.getJson("/api/search?size=0&q=" + enc("country:\"North Korea\""))
                .get("total")
                .asLong();
        long byCode = s.getJson("/api/search?size=0&q=country:KP").get("total").asLong();
        long byFilter = s.getJson("/api/search?size=0&country=" + enc("North Korea"))
                .get("total")
                .asLong();
        assertTrue(byCode > 0);
        assertEquals(byCode, byName);
        assertEquals(byCode, byFilter);
    }

    @Test
    void theFacetsEndpointFiltersByPrefix() throws Exception {
        JsonNode r = s.getJson("/api/facets?dim=country&prefix=nor");
        JsonNode values = r.get("facets").get(0).get("values");
        assertTrue(values.size() > 0);
        values.forEach(v -> assertTrue(
                v.get("label").asText().toLowerCase().contains("nor")
                        || v.get("value").asText().toLowerCase().startsWith("nor"),
                v.toString()));
        assertEquals(400, s.get("/api/facets?dim=colour").statusCode());
    }

    @Test
    void metricsAreInThePrometheusFormatAndStatsShowTheIndex() throws Exception {
        s.get("/api/search?q=oil");
        HttpResponse<String> m = s.get("/metrics");
        assertEquals(200, m.statusCode());
        assertTrue(m.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = m.body();
        assertTrue(text.contains("# TYPE briefings_http_requests_total counter"), text);
        assertTrue(
                text.matches("(?s).*briefings_http_requests_total\\{endpoint=\"search\",status=\"200\"} \\d+.*"), text);
        assertTrue(text.contains("briefings_http_request_duration_seconds_bucket{endpoint=\"search\",le=\"+Inf\"}"));
        assertTrue(text.matches("(?s).*briefings_ingest_files_total\\{outcome=\"indexed\"} \\d+.*"), text);
        for (String line : text.split("\n")) {
            assertTrue(
                    line.startsWith("#") || line.matches("[a-z_]+(\\{[^}]*})? [0-9.eE+-]+|[a-z_]+(\\{[^}]*})? \\+?Inf"),
                    line);
        }
        s.awaitReconciled();
        JsonNode stats = s.getJson("/api/stats");
        assertTrue(stats.get("briefings").asInt() >= 40);
        assertFalse(stats.get("reconcile").get("running").asBoolean());
        assertTrue(stats.get("indexSizeBytes").asLong() > 0);
        assertEquals("ok", s.getJson("/api/health").get("status").asText());
    }

    @Test
    void aFileDroppedIntoTheCorpusIsPickedUp() throws Exception {
        String word = "drop" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Files.writeString(
                s.corpus.resolve("dropped-" + word + ".txt"),
                "Dropped file " + word + "\n\nMongolia's coal exports to China reached a record in the third quarter.");
        long deadline = System.currentTimeMillis() + 15_000;
        long total = 0;
        while (System.currentTimeMillis() < deadline && total == 0) {
            Thread.sleep(200);
            total = s.getJson("/api/search?size=0&q=" + word).get("total").asLong();
        }
        assertEquals(1, total, "the watched corpus folder is reconciled");
    }

    private static List<Path> listCorpus() throws Exception {
        try (var files = Files.walk(s.corpus)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
