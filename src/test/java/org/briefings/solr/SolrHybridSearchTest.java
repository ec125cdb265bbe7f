package org.briefings.solr;

import static org.briefings.testing.Answers.facet;
import static org.briefings.testing.Answers.ids;
import static org.briefings.testing.Answers.sourceOf;
import static org.briefings.testing.TestServer.enc;
import static org.briefings.testing.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.briefings.http.ServerConfig;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hybrid search on SolrCloud ({@code serve --solr ... --semantic}) with the real sentence model:
 * two engines over the sample corpus, both started with semantic search, one on the embedded index
 * and one on a collection of 2 shards on the cluster the contract tests share ({@link
 * SolrBackends}, so no second cluster is started). The vectors are written into the collection's
 * documents in the background, found with {@code {!knn}} and fused by the engine's own {@code
 * Fusion}; the two backends must agree.
 */
@Slow
@ExtendWith(SolrBackends.Resolver.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrHybridSearchTest {

    private static final Duration EMBEDDING = Duration.ofMinutes(5);
    /** Prose describing the Bank of Japan briefing in other words (as SemanticSearchTest types it). */
    private static final String PROSE = "japan central bank stops charging interest on deposits";
    /** None of these words (stemmed) is in the sample corpus; there are enough of them to fuse. */
    private static final String MEANING_ONLY = "nippon abolishes subzero borrowing penalty for lenders";

    static TestServer embedded;
    static TestServer solr;

    @BeforeAll
    static void start(SolrBackends backends) throws Exception {
        embedded = new TestServer(
                backends.dir.resolve("hybrid-embedded"),
                ServerConfig.defaults(),
                true,
                c -> c.withIsolation(ParserIsolation.inProcess()),
                null,
                true);
        SolrTarget target = SolrTarget.of(backends.cluster.urlList(), "hybrid", 2, 1);
        solr = new TestServer(
                backends.dir.resolve("hybrid-solr"),
                ServerConfig.defaults(),
                true,
                c -> c.withIsolation(ParserIsolation.inProcess()),
                codes -> SolrIndex.open(target, codes),
                true);
        assertTrue(embedded.engine.awaitVectors(EMBEDDING), "the embedded engine embedded the sample corpus");
        assertTrue(solr.engine.awaitVectors(EMBEDDING), "the Solr engine embedded the sample corpus");
    }

    @AfterAll
    static void stop() throws Exception {
        if (solr != null) {
            solr.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }

    @Test
    @Order(1)
    void statsAndSchemaOfferHybridOnSolrAndEveryBriefingHasItsVectorsInTheCollection() throws Exception {
        JsonNode stats = solr.getJson("/api/stats");
        JsonNode semantic = stats.get("semantic");
        assertEquals("on", semantic.get("status").asText(), semantic.toString());
        assertEquals("[\"keyword\",\"hybrid\"]", semantic.get("modes").toString());
        assertEquals(0, semantic.get("pending").asInt());
        assertEquals(stats.get("briefings").asInt(), semantic.get("ready").asInt(), semantic.toString());
        assertEquals(
                embedded.getJson("/api/stats").get("semantic").get("passages"),
                semantic.get("passages"),
                "the same passages as the embedded index's vector store");
        assertTrue(semantic.get("store").asText().contains("collection hybrid"), semantic.toString());
        assertEquals(
                "[\"keyword\",\"hybrid\"]",
                solr.getJson("/api/schema").get("modes").toString());
    }

    @Test
    @Order(2)
    void meaningFindsABriefingNoneOfWhoseWordsWereTyped() throws Exception {
        assertEquals(
                0,
                solr.getJson("/api/search?q=" + enc(MEANING_ONLY)).get("total").asInt());
        JsonNode hybrid = solr.getJson("/api/search?mode=hybrid&q=" + enc(MEANING_ONLY));
        assertEquals("hybrid", hybrid.get("mode").asText());
        assertTrue(hybrid.get("total").asInt() >= 1, hybrid.toString());
        assertTrue(sourceOf(hybrid, 0).contains("japan-boj-ends-negative-rates"), sourceOf(hybrid, 0));
    }

    @Test
    @Order(2)
    void anExactPhraseIsNeverOutrankedByMeaning() throws Exception {
        for (String q : List.of("\"negative rates\"", "\"grain deal\"", "title:sanctions", "negative rates")) {
            JsonNode keyword = solr.getJson("/api/search?size=50&q=" + enc(q));
            JsonNode hybrid = solr.getJson("/api/search?size=50&mode=hybrid&q=" + enc(q));
            assertEquals("keyword", hybrid.get("mode").asText(), q + " is ranked by its words");
            assertEquals(ids(keyword), ids(hybrid), q);
            assertEquals(keyword.get("total"), hybrid.get("total"), q);
        }
        JsonNode phrase = solr.getJson("/api/search?mode=hybrid&q=" + enc("\"negative rates\""));
        assertTrue(sourceOf(phrase, 0).contains("japan-boj"), phrase.toString());
        // prose whose words match one briefing: fused, and that briefing stays first
        JsonNode prose = solr.getJson("/api/search?mode=hybrid&q=" + enc(PROSE));
        assertEquals("hybrid", prose.get("mode").asText());
        assertTrue(sourceOf(prose, 0).contains("japan-boj"), prose.toString());
    }

    @Test
    @Order(2)
    void hybridHitsAreTheKeywordHitsPlusTheNearestAndFiltersAndFacetsApplyAsOnTheEmbeddedIndex() throws Exception {
        JsonNode keyword = solr.getJson("/api/search?size=200&q=" + enc(PROSE));
        JsonNode hybrid = solr.getJson("/api/search?size=200&mode=hybrid&q=" + enc(PROSE));
        assertTrue(ids(hybrid).containsAll(ids(keyword)), "every keyword hit stays a hit");
        assertEquals(ids(hybrid).size(), hybrid.get("total").asInt(), "the total counts the same set");
        JsonNode jp = solr.getJson("/api/search?size=200&mode=hybrid&about=JP&q=" + enc(PROSE));
        assertTrue(jp.get("total").asInt() >= 1
                && jp.get("total").asInt() < hybrid.get("total").asInt());
        for (JsonNode h : jp.get("hits")) {
            assertTrue(h.get("about").toString().contains("\"JP\""), h.toString());
        }
        assertEquals(
                facet(hybrid, "about").toString().replace("\"selected\":true", "\"selected\":false"),
                facet(jp, "about").toString().replace("\"selected\":true", "\"selected\":false"),
                "a selected value's facet keeps the other values' counts");
    }

    /**
     * The same hit sets, totals, facet counts and timelines on both backends for fused questions, and
     * the same order where meaning alone ranks (no keyword hit). Where keywords match, the order can
     * differ exactly as keyword search's does: Solr scores a word as a sum over title, summary and
     * body, not as one BM25F field (docs/ranking.md), and the fused order follows the keyword ranks.
     */
    @Test
    @Order(3)
    void theSolrBackendGivesTheEmbeddedBackendsHybridHits() throws Exception {
        List<String> questions = List.of(
                PROSE,
                MEANING_ONLY,
                "what did the central bank in tokyo decide about its interest rate policy",
                "which countries are helping the north korean regime evade sanctions at sea",
                "how is the african military government turning away from american troops",
                "why did the turkish currency lose so much of its value last year");
        for (String q : questions) {
            for (String filter : List.of("", "&from=2019", "&country=KP")) {
                String path = "/api/search?size=100&facetLimit=100&mode=hybrid&q=" + enc(q) + filter;
                JsonNode a = embedded.getJson(path);
                JsonNode b = solr.getJson(path);
                String what = path + "\nembedded: " + ids(a) + "\nsolr: " + ids(b);
                assertEquals(a.get("mode"), b.get("mode"), what);
                assertEquals(a.get("total"), b.get("total"), what);
                assertEquals(new TreeSet<>(ids(a)), new TreeSet<>(ids(b)), what);
                assertEquals(facets(a), facets(b), "facets of " + what);
                assertEquals(a.get("timeline"), b.get("timeline"), "timeline of " + what);
            }
        }
        JsonNode a = embedded.getJson("/api/search?size=100&mode=hybrid&q=" + enc(MEANING_ONLY));
        JsonNode b = solr.getJson("/api/search?size=100&mode=hybrid&q=" + enc(MEANING_ONLY));
        assertTrue(ids(a).size() >= 2, a.toString());
        assertEquals(ids(a), ids(b), "ranked by meaning alone, the order is the same");
    }

    @Test
    @Order(4)
    void anUploadIsFoundByKeywordAtOnceAndByMeaningOnceItsVectorsAreWrittenWithNothingElseLost() throws Exception {
        String text = "Moldova gas supply\n\nChisinau said the Moldovan state energy company would buy gas"
                + " from Romanian suppliers after transit through Ukraine ended, to keep homes heated in winter.";
        HttpResponse<String> r = solr.send(solr.request("/api/documents?name=" + enc("moldova-gas.txt"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(201, r.statusCode(), r.body());
        String id = json(r).get("id").asText();
        JsonNode before = solr.getJson("/api/search?q=chisinau");
        assertEquals(1, before.get("total").asInt(), "searchable by keyword at once");
        JsonNode document = solr.getJson("/api/documents/" + id);

        assertTrue(solr.engine.awaitVectors(EMBEDDING));
        assertEquals("ready", solr.engine.vectorState(id));
        String meaning = "how will the former soviet republic next to romania heat its houses";
        assertTrue(
                ids(solr.getJson("/api/search?mode=hybrid&q=" + enc(meaning))).contains(id), "found by meaning");
        // the vectors came by a re-add of the whole document: every field is still there
        assertEquals(document, solr.getJson("/api/documents/" + id));
        JsonNode after = solr.getJson("/api/search?q=chisinau");
        assertEquals(ids(before), ids(after));
        assertEquals(facets(before), facets(after));
        assertEquals(
                1,
                solr.getJson("/api/search?q=" + enc("\"moldovan state energy company\""))
                        .get("total")
                        .asInt());

        assertEquals(
                200, solr.send(solr.request("/api/documents/" + id).DELETE()).statusCode());
        assertFalse(
                ids(solr.getJson("/api/search?mode=hybrid&q=" + enc(meaning))).contains(id), "gone with it");
        JsonNode stats = solr.getJson("/api/stats");
        assertEquals(
                stats.get("briefings").asInt(),
                stats.get("semantic").get("ready").asInt());
    }

    @Test
    @Order(5)
    void aCurationRewriteKeepsTheVectors() throws Exception {
        JsonNode hit = solr.getJson("/api/search?q=" + enc("\"negative rates\""))
                .get("hits")
                .get(0);
        String id = hit.get("id").asText();
        assertTrue(solr.engine.hasVectors(id));
        String org = hit.get("organisations").get(0).asText();
        HttpResponse<String> made = solr.send(solr.request("/api/curation")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"action\":\"reject\",\"dim\":\"org\",\"value\":\"" + org + "\"}")));
        assertEquals(201, made.statusCode(), made.body());
        assertTrue(json(made).get("briefingsChanged").asInt() >= 1, made.body());
        assertTrue(solr.engine.hasVectors(id), "rewritten from its stored record with its vectors");
        assertTrue(sourceOf(solr.getJson("/api/search?mode=hybrid&q=" + enc(MEANING_ONLY)), 0)
                .contains("japan-boj"));
        String rule = json(made).at("/rule/id").asText();
        assertEquals(
                200, solr.send(solr.request("/api/curation/" + rule).DELETE()).statusCode());
        assertTrue(solr.engine.hasVectors(id));
    }

    private static Map<String, Map<String, Long>> facets(JsonNode r) {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        for (JsonNode f : r.get("facets")) {
            Map<String, Long> values = new TreeMap<>();
            f.get("values")
                    .forEach(v ->
                            values.put(v.get("value").asText(), v.get("count").asLong()));
            out.put(f.get("dim").asText(), values);
        }
        return out;
    }
}
