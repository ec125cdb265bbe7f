package org.briefings.http;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Semantic search through the API of a real server started as {@code serve --semantic} over the
 * sample corpus, with the real sentence model (the one test class that loads it): vectors in their
 * own index kept in step with uploads, deletes and restarts, and {@code mode=hybrid}'s hit set,
 * filters, facets and its rule that an exact phrase is never outranked by meaning.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SemanticSearchTest {

    private static final Duration EMBEDDING = Duration.ofMinutes(5);
    /** Prose an analyst might type, describing the Bank of Japan briefing in other words. */
    private static final String PROSE = "japan central bank stops charging interest on deposits";

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = semanticServer(true);
        assertTrue(s.engine.awaitVectors(EMBEDDING), "the sample corpus is embedded");
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static TestServer semanticServer(boolean withSampleCorpus) throws Exception {
        return new TestServer(
                dir,
                ServerConfig.defaults(),
                withSampleCorpus,
                c -> c.withIsolation(ParserIsolation.inProcess()),
                null,
                true);
    }

    @Test
    @Order(1)
    void statsAndSchemaSayThatSemanticSearchIsOnAndEveryVectorIsReady() throws Exception {
        JsonNode stats = s.getJson("/api/stats");
        JsonNode semantic = stats.get("semantic");
        assertEquals("on", semantic.get("status").asText(), semantic.toString());
        assertEquals(0, semantic.get("pending").asInt());
        assertEquals(stats.get("briefings").asInt(), semantic.get("ready").asInt(), semantic.toString());
        assertTrue(semantic.get("passages").asInt() >= semantic.get("ready").asInt());
        assertTrue(Files.isDirectory(dir.resolve("index").resolve("vectors")), "vectors live beside the index");
        assertEquals(
                "[\"keyword\",\"hybrid\"]",
                s.getJson("/api/schema").get("modes").toString());
    }

    @Test
    @Order(2)
    void hybridHitsAreTheKeywordHitsPlusTheNearestByMeaningWithFacetsCountedOverThem() throws Exception {
        JsonNode keyword = s.getJson("/api/search?size=200&q=" + enc(PROSE));
        JsonNode hybrid = s.getJson("/api/search?size=200&mode=hybrid&q=" + enc(PROSE));
        assertEquals("keyword", keyword.get("mode").asText());
        assertEquals("hybrid", hybrid.get("mode").asText());
        Set<String> keywordIds = new HashSet<>(ids(keyword));
        List<String> hybridIds = ids(hybrid);
        assertTrue(hybridIds.containsAll(keywordIds), "every keyword hit stays a hit");
        assertEquals(hybridIds.size(), hybrid.get("total").asInt(), "the total counts the same set");
        assertTrue(
                sourceOf(hybrid, 0).contains("japan-boj-ends-negative-rates"),
                "the briefing meant comes first: " + sourceOf(hybrid, 0));
        // facet counts are over the same hit set: count the about-countries of the hits themselves
        Map<String, Integer> counted = new HashMap<>();
        for (JsonNode h : hybrid.get("hits")) {
            for (JsonNode c : h.get("about")) {
                counted.merge(c.get("code").asText(), 1, Integer::sum);
            }
        }
        for (JsonNode v : facet(hybrid, "about")) {
            assertEquals(
                    counted.getOrDefault(v.get("value").asText(), 0),
                    v.get("count").asInt(),
                    v.toString());
        }
    }

    @Test
    @Order(3)
    void meaningFindsABriefingNoneOfWhoseWordsWereTyped() throws Exception {
        // none of these words (stemmed) is in the sample corpus, and there are enough of them to fuse
        String q = "nippon abolishes subzero borrowing penalty for lenders";
        assertEquals(0, s.getJson("/api/search?q=" + enc(q)).get("total").asInt());
        JsonNode hybrid = s.getJson("/api/search?mode=hybrid&q=" + enc(q));
        assertTrue(hybrid.get("total").asInt() >= 1, hybrid.toString());
        assertTrue(sourceOf(hybrid, 0).contains("japan-boj-ends-negative-rates"), sourceOf(hybrid, 0));
    }

    @Test
    @Order(3)
    void filtersRestrictBothSidesOfAHybridSearch() throws Exception {
        JsonNode all = s.getJson("/api/search?size=200&mode=hybrid&q=" + enc(PROSE));
        JsonNode jp = s.getJson("/api/search?size=200&mode=hybrid&about=JP&q=" + enc(PROSE));
        assertTrue(jp.get("total").asInt() >= 1);
        assertTrue(jp.get("total").asInt() < all.get("total").asInt());
        for (JsonNode h : jp.get("hits")) {
            assertTrue(h.get("about").toString().contains("\"JP\""), h.toString());
        }
        // the filtered answer's about facet keeps the other values' counts (DrillSideways), as keyword does
        JsonNode jpFacet = facet(jp, "about");
        JsonNode allFacet = facet(all, "about");
        assertEquals(
                allFacet.toString().replace("\"selected\":true", "\"selected\":false"),
                jpFacet.toString().replace("\"selected\":true", "\"selected\":false"));
    }

    @Test
    @Order(4)
    void anExactPhraseIsNeverOutrankedByMeaning() throws Exception {
        // syntax, and prose too short to describe anything (under Fusion.DEFAULT.minWords()), rank by words
        for (String q : List.of("\"negative rates\"", "\"grain deal\"", "title:sanctions", "negative rates")) {
            JsonNode keyword = s.getJson("/api/search?size=50&q=" + enc(q));
            JsonNode hybrid = s.getJson("/api/search?size=50&mode=hybrid&q=" + enc(q));
            assertEquals("keyword", hybrid.get("mode").asText(), q + " is ranked by its words");
            assertEquals(ids(keyword), ids(hybrid), q);
            assertEquals(keyword.get("total"), hybrid.get("total"), q);
        }
        // the phrase's briefing ranks first even though others are as near in meaning
        JsonNode phrase = s.getJson("/api/search?mode=hybrid&q=" + enc("\"negative rates\""));
        assertTrue(sourceOf(phrase, 0).contains("japan-boj"), phrase.toString());
    }

    @Test
    @Order(5)
    void anUploadIsAnsweredAtOnceAndItsVectorFollowsAndADeleteTakesItAway() throws Exception {
        String text = "Moldova gas supply\n\nChisinau said the Moldovan state energy company would buy gas"
                + " from Romanian suppliers after transit through Ukraine ended, to keep homes heated in winter.";
        HttpResponse<String> r = s.send(s.request("/api/documents?name=" + enc("moldova-gas.txt"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(201, r.statusCode(), r.body());
        String id = json(r).get("id").asText();
        assertEquals(1, s.getJson("/api/search?q=chisinau").get("total").asInt(), "searchable by keyword at once");
        assertTrue(s.engine.awaitVectors(EMBEDDING));
        assertEquals("ready", s.engine.vectorState(id));
        JsonNode hybrid = s.getJson("/api/search?mode=hybrid&q="
                + enc("how will the former soviet republic next to romania heat its houses"));
        assertTrue(ids(hybrid).contains(id), "found by meaning: " + ids(hybrid));

        assertEquals(200, s.send(s.request("/api/documents/" + id).DELETE()).statusCode());
        assertTrue(s.engine.awaitVectors(EMBEDDING));
        assertFalse(s.engine.hasVectors(id), "a deleted briefing's vectors are swept");
        JsonNode stats = s.getJson("/api/stats");
        assertEquals(
                stats.get("briefings").asInt(),
                stats.get("semantic").get("ready").asInt());
    }

    @Test
    @Order(6)
    void aRestartWithFilesChangedWhileStoppedLeavesNoVectorMissingOrOrphaned() throws Exception {
        JsonNode before = s.getJson("/api/search?q=" + enc("\"ship-to-ship\""));
        String goneId = null;
        for (JsonNode h : before.get("hits")) {
            if (h.get("sourcePath").asText().equals("kp-ship-to-ship-transfers.txt")) {
                goneId = h.get("id").asText();
            }
        }
        assertTrue(goneId != null && s.engine.hasVectors(goneId), before.toString());
        s.close();
        // while the server is down: a file is deleted and another added
        Path gone = s.corpus.resolve("kp-ship-to-ship-transfers.txt");
        Files.delete(gone);
        Files.writeString(
                s.corpus.resolve("added-while-down.txt"),
                "Fishing fleet\n\nThe Pacific island state said foreign trawlers had emptied its tuna grounds.");
        s = semanticServer(false);
        assertTrue(s.engine.awaitVectors(EMBEDDING));
        JsonNode stats = s.getJson("/api/stats");
        assertEquals(
                stats.get("briefings").asInt(),
                stats.get("semantic").get("ready").asInt(),
                stats.toString());
        JsonNode added = s.getJson("/api/search?q=trawlers");
        assertEquals(1, added.get("total").asInt());
        assertTrue(s.engine.hasVectors(added.get("hits").get(0).get("id").asText()), "missing vectors are made");
        assertFalse(s.engine.hasVectors(goneId), "a deleted file's vectors are swept");
    }
}
