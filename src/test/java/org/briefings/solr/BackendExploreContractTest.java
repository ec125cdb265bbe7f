package org.briefings.solr;

import static org.briefings.testing.TestServer.enc;
import static org.briefings.testing.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefings.testing.SharedData;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.briefings.tools.SampleCorpusWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The analyst tools on both backends ({@link SolrBackends}, the cluster shared with {@link
 * BackendContractTest}): the corpus's ship-to-ship briefing is uploaded again to each as a PDF, a
 * DOCX and an e-mail, and the SolrCloud-backed engine must group, show, collapse and hide the copies,
 * list a briefing's copies, build entity pages and suggest spellings with the same JSON as the
 * embedded one; its similar briefings leave out the briefing and its copies; its statistics give
 * the collection's size.
 */
@Slow
@ExtendWith(SolrBackends.Resolver.class)
class BackendExploreContractTest {

    private static final String ORIGINAL = "kp-ship-to-ship-transfers.txt";

    static TestServer embedded;
    static TestServer solr;
    static String originalId;
    static final Set<String> group = new TreeSet<>();

    @BeforeAll
    static void start(SolrBackends backends) throws Exception {
        embedded = backends.embedded;
        solr = backends.solr;
        String text =
                Files.readString(SharedData.projectDir().resolve("corpus").resolve(ORIGINAL), StandardCharsets.UTF_8);
        String title = text.lines().findFirst().orElseThrow();
        String body = text.substring(text.indexOf('\n') + 1);
        Map<String, byte[]> wrapped = SampleCorpusWriter.wrappers("stst", title, LocalDate.of(2020, 9, 14), body);
        for (TestServer s : List.of(embedded, solr)) {
            for (Map.Entry<String, byte[]> w : wrapped.entrySet()) {
                HttpResponse<String> r = s.send(s.request("/api/documents?name=ship-to-ship-copy." + w.getKey())
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(w.getValue())));
                assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
                group.add(json(r).get("id").asText());
            }
        }
        for (JsonNode h : embedded.getJson("/api/search?size=200&q=" + enc("\"ship-to-ship\""))
                .get("hits")) {
            if (h.get("sourcePath").asText().equals(ORIGINAL)) {
                originalId = h.get("id").asText();
            }
        }
        assertNotNull(originalId, "the corpus's ship-to-ship briefing");
        group.add(originalId);
        awaitGrouped(embedded);
        awaitGrouped(solr);
    }

    /** Waits (60 s at most) until the four are one group: the folder watch may index an upload again. */
    private static void awaitGrouped(TestServer s) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            long grouped = 0;
            for (JsonNode h : s.getJson("/api/search?size=200&q=" + enc("\"ship-to-ship\""))
                    .get("hits")) {
                if (group.contains(h.get("id").asText()) && h.get("copies").asInt() == 3) {
                    grouped++;
                }
            }
            if (grouped == 4) {
                return;
            }
            Thread.sleep(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"show", "collapse", "hide"})
    void copiesAreGroupedShownCollapsedAndHiddenAlike(String copies) throws Exception {
        // everything dated: the other contract test uploads undated briefings to one backend only
        for (String q : List.of("\"ship-to-ship\"", "north korea", "sanctions OR ship", "*:*")) {
            for (String sort : List.of("newest", "relevance")) {
                String path = "/api/search?size=200&from=1900&copies=" + copies + "&sort=" + sort + "&q=" + enc(q);
                JsonNode a = embedded.getJson(path);
                JsonNode b = solr.getJson(path);
                String what = path + "\nembedded: " + a + "\nsolr: " + b;
                assertEquals(a.get("total"), b.get("total"), "total of " + what);
                if (sort.equals("newest")) {
                    assertEquals(copyView(a), copyView(b), "hits with their groups, in order: " + what);
                } else {
                    assertEquals(
                            new TreeSet<>(copyView(a)), new TreeSet<>(copyView(b)), "hits with their groups: " + what);
                }
            }
        }
        JsonNode shown = solr.getJson("/api/search?size=200&copies=" + copies + "&q=" + enc("\"ship-to-ship\""));
        long ofGroup = 0;
        for (JsonNode h : shown.get("hits")) {
            if (group.contains(h.get("id").asText())) {
                ofGroup++;
                assertEquals(3, h.get("copies").asInt(), h.toString());
            }
        }
        assertEquals(copies.equals("show") ? 4 : 1, ofGroup, "the group's hits when copies are " + copies);
    }

    /** Each hit as id, its group and its number of copies. */
    private static List<String> copyView(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("hits")
                .forEach(h -> out.add(h.get("id").asText() + " "
                        + h.get("copyGroup").asText() + " " + h.get("copies").asInt()));
        return out;
    }

    @Test
    void collapsedCursorPagesShowTheSameGroupsInTheSameOrder() throws Exception {
        List<String> a = collapsedPages(embedded);
        assertEquals(a, collapsedPages(solr));
        assertEquals(new HashSet<>(a).size(), a.size(), "a group shows once: " + a);
    }

    private static List<String> collapsedPages(TestServer s) throws Exception {
        List<String> groups = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            JsonNode r = s.getJson("/api/search?size=3&copies=collapse&sort=newest&from=1900"
                    + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            r.get("hits").forEach(h -> groups.add(h.get("copyGroup").asText()));
            cursor = r.hasNonNull("nextCursor") ? r.get("nextCursor").asText() : null;
            if (cursor == null) {
                return groups;
            }
        }
        throw new AssertionError("more than 100 pages");
    }

    @Test
    void aBriefingListsTheSameCopies() throws Exception {
        for (String id : group) {
            JsonNode a = embedded.getJson("/api/documents/" + id + "/copies");
            JsonNode b = solr.getJson("/api/documents/" + id + "/copies");
            assertEquals(3, b.get("copies").size(), b.toString());
            assertEquals(
                    a.get("copies").get(0).get("id"), b.get("copies").get(0).get("id"), "the first member first");
            assertEquals(idSet(a.get("copies")), idSet(b.get("copies")));
        }
    }

    private static Set<String> idSet(JsonNode list) {
        Set<String> out = new TreeSet<>();
        list.forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void similarBriefingsLeaveOutTheBriefingAndItsCopiesAndPreferTheSameCountry() throws Exception {
        JsonNode a = embedded.getJson("/api/documents/" + originalId + "/similar?size=5")
                .get("similar");
        JsonNode b =
                solr.getJson("/api/documents/" + originalId + "/similar?size=5").get("similar");
        System.out.println("similar, embedded: " + idSet(a) + "\nsimilar, solr:     " + idSet(b));
        assertEquals(5, b.size(), b.toString());
        for (JsonNode h : b) {
            assertFalse(group.contains(h.get("id").asText()), "no copy among similar briefings: " + h);
            assertTrue(h.get("score").asDouble() > 0, h.toString());
            assertEquals(fieldNames(a.get(0)), fieldNames(h), "the same JSON");
        }
        assertTrue(b.get(0).get("about").toString().contains("\"KP\""), "the most similar is about North Korea: " + b);
        Set<String> shared = idSet(a);
        shared.retainAll(idSet(b));
        assertTrue(shared.size() >= 3, "mostly the same five: " + idSet(a) + " and " + idSet(b));
    }

    private static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void entityPagesAreTheSame() throws Exception {
        JsonNode kp = embedded.getJson("/api/entities/about/KP");
        List<String> paths = new ArrayList<>(List.of(
                "/api/entities/about/KP",
                "/api/entities/country/" + enc("North Korea").replace("+", "%20"),
                "/api/entities/about/IR?latest=3&limit=2",
                "/api/entities/about/AQ"));
        for (JsonNode co : kp.get("coMentioned")) {
            if (!co.get("values").isEmpty() && !co.get("dim").asText().matches("about|country")) {
                String value = co.get("values").get(0).get("value").asText();
                paths.add("/api/entities/" + co.get("dim").asText() + "/"
                        + enc(value).replace("+", "%20"));
            }
        }
        assertTrue(paths.size() >= 6, "a person and an organisation named with North Korea: " + kp);
        for (String path : paths) {
            HttpResponse<String> a = embedded.get(path);
            HttpResponse<String> b = solr.get(path);
            assertEquals(a.statusCode(), b.statusCode(), path + ": " + b.body());
            assertEquals(json(a), json(b), path);
        }
        assertEquals(404, solr.get("/api/entities/about/AQ").statusCode(), "no briefing is about Antarctica");
        for (String bad : List.of("/api/entities/language/en", "/api/entities/about/Atlantis")) {
            HttpResponse<String> a = embedded.get(bad);
            HttpResponse<String> b = solr.get(bad);
            assertEquals(400, a.statusCode(), a.body());
            assertEquals(400, b.statusCode(), b.body());
            assertEquals(json(a).get("error"), json(b).get("error"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pyongyng", "nucleer programme", "sanctions ageinst pyongyang", "zzqxv"})
    void aSearchThatFindsNothingSuggestsTheSameSpelling(String query) throws Exception {
        JsonNode a = embedded.getJson("/api/search?q=" + enc(query));
        JsonNode b = solr.getJson("/api/search?q=" + enc(query));
        assertEquals(a.get("total"), b.get("total"), a + "\n" + b);
        assertEquals(a.get("suggestion"), b.get("suggestion"), a + "\n" + b);
        if (!query.equals("zzqxv") && a.get("total").asLong() == 0) {
            assertNotNull(b.get("suggestion"), "a suggestion for " + query + ": " + b);
        }
    }

    @Test
    void theStatisticsGiveTheCollectionsSizeOnDisk() throws Exception {
        JsonNode stats = solr.getJson("/api/stats");
        assertTrue(stats.get("indexSizeBytes").asLong() > 10_000, stats.toString());
        assertEquals(solr.getJson("/api/search?size=0").get("total"), stats.get("briefings"), stats.toString());
    }

    @Test
    void theStatisticsSayHowEachBackendWeighsTheFields() throws Exception {
        JsonNode onSolr = solr.getJson("/api/stats").get("fieldWeighting");
        JsonNode embeddedStats = embedded.getJson("/api/stats").get("fieldWeighting");
        assertEquals("bm25f", embeddedStats.get("method").asText(), embeddedStats.toString());
        assertEquals("per-field sum", onSolr.get("method").asText(), onSolr.toString());
        assertTrue(onSolr.get("detail").asText().contains("no BM25F"), onSolr.toString());
    }
}
