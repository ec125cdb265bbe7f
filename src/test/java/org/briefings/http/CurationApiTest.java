package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefings.curation.CuratedCorpus;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/curation} on the real server: rules made, listed and undone, and what they do to searches. */
class CurationApiTest {

    @TempDir
    static Path dir;

    static TestServer s;
    static TestServer guarded;

    @BeforeAll
    static void start() throws Exception {
        CuratedCorpus.write(dir.resolve("open/corpus"));
        s = new TestServer(dir.resolve("open"), ServerConfig.defaults(), false);
        CuratedCorpus.write(dir.resolve("guarded/corpus"));
        guarded = new TestServer(dir.resolve("guarded"), ServerConfig.defaults().withTokens("w-secret", null), false);
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
        guarded.close();
    }

    private static HttpResponse<String> post(TestServer server, String json, String token) throws Exception {
        HttpRequest.Builder r = server.request("/api/curation")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return server.send(r);
    }

    private static HttpResponse<String> delete(TestServer server, String id, String token) throws Exception {
        HttpRequest.Builder r = server.request("/api/curation/" + id).DELETE();
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return server.send(r);
    }

    private static Map<String, Integer> facet(String dim) throws Exception {
        JsonNode r = s.getJson("/api/search?size=0&facetLimit=100");
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode f : r.get("facets")) {
            if (f.get("dim").asText().equals(dim)) {
                f.get("values")
                        .forEach(v ->
                                out.put(v.get("value").asText(), v.get("count").asInt()));
            }
        }
        return out;
    }

    @Test
    void aRejectByApiChangesTheFacetCountsBeforeTheAnswerAndUndoBringsThemBack() throws Exception {
        assertEquals(2, facet("org").get(CuratedCorpus.AU));
        HttpResponse<String> made =
                post(s, "{\"action\":\"reject\",\"dim\":\"org\",\"value\":\"" + CuratedCorpus.AU + "\"}", null);
        assertEquals(201, made.statusCode(), made.body());
        JsonNode body = TestServer.json(made);
        assertEquals(2, body.get("briefingsChanged").asInt());
        assertEquals("reject", body.at("/rule/action").asText());
        assertEquals(2, body.at("/rule/briefings").asInt());
        int id = body.at("/rule/id").asInt();
        assertFalse(facet("org").containsKey(CuratedCorpus.AU), "the very next search shows it");

        JsonNode listed = s.getJson("/api/curation");
        assertEquals(id, listed.at("/rules/0/id").asInt());
        assertEquals(CuratedCorpus.AU, listed.at("/rules/0/value").asText());
        assertTrue(listed.at("/rules/0/createdAt").isTextual());

        HttpResponse<String> again =
                post(s, "{\"action\":\"reject\",\"dim\":\"org\",\"value\":\"" + CuratedCorpus.AU + "\"}", null);
        assertEquals(409, again.statusCode(), "one rule per value");
        assertTrue(again.body().contains("undo it first"), again.body());

        HttpResponse<String> undone = delete(s, String.valueOf(id), null);
        assertEquals(200, undone.statusCode(), undone.body());
        assertEquals(2, TestServer.json(undone).get("briefingsChanged").asInt());
        assertEquals(2, facet("org").get(CuratedCorpus.AU));
        assertEquals(0, s.getJson("/api/curation").get("rules").size());
    }

    @Test
    void aMergeByApiMakesOneFacetValue() throws Exception {
        Map<String, Integer> people = facet("person");
        String abiy = people.keySet().stream()
                .filter(p -> p.startsWith("Abiy"))
                .findFirst()
                .orElseThrow();
        String other = people.keySet().stream()
                .filter(p -> !p.equals(abiy) && !p.contains("Sisi"))
                .findFirst()
                .orElseThrow();
        HttpResponse<String> made = post(
                s,
                "{\"action\":\"merge\",\"dim\":\"person\",\"from\":\"" + other + "\",\"to\":\"" + abiy
                        + "\",\"by\":\"maria\"}",
                null);
        assertEquals(201, made.statusCode(), made.body());
        try {
            assertEquals(2, facet("person").get(abiy));
            assertFalse(facet("person").containsKey(other));
            assertEquals(
                    2,
                    s.getJson("/api/search?person=" + TestServer.enc(abiy))
                            .get("total")
                            .asInt());
        } finally {
            delete(s, TestServer.json(made).at("/rule/id").asText(), null);
        }
    }

    @Test
    void badRulesAre400sThatSayWhy() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"action\":\"merge\",\"dim\":\"planet\",\"from\":\"a\",\"to\":\"b\"}", "unknown dim 'planet'");
        cases.put("{\"action\":\"split\",\"dim\":\"person\",\"from\":\"a\",\"to\":\"b\"}", "unknown action 'split'");
        cases.put("{\"action\":\"merge\",\"dim\":\"person\",\"from\":\"\",\"to\":\"b\"}", "'from' is required");
        cases.put("{\"action\":\"reject\",\"dim\":\"org\"}", "'value' is required");
        cases.put("{\"action\":\"merge\",\"dim\":\"person\",\"from\":\"a\",\"to\":\"a\"}", "into itself");
        cases.put("{\"action\":\"reject\",\"dim\":\"country\",\"value\":\"Narnia\"}", "is not a country");
        cases.put("not json", "must be a JSON object");
        cases.put("", "must be a JSON object");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = post(s, c.getKey(), null);
            assertEquals(400, r.statusCode(), c.getKey() + " -> " + r.body());
            assertTrue(r.body().contains(c.getValue()), c.getKey() + " -> " + r.body());
        }
        HttpResponse<String> first =
                post(s, "{\"action\":\"merge\",\"dim\":\"person\",\"from\":\"P\",\"to\":\"Q\"}", null);
        assertEquals(201, first.statusCode());
        HttpResponse<String> cycle =
                post(s, "{\"action\":\"merge\",\"dim\":\"person\",\"from\":\"Q\",\"to\":\"P\"}", null);
        assertEquals(400, cycle.statusCode());
        assertTrue(cycle.body().contains("cycle"), cycle.body());
        assertEquals(
                200,
                delete(s, TestServer.json(first).at("/rule/id").asText(), null).statusCode());
    }

    @Test
    void unknownRulesAre404s() throws Exception {
        assertEquals(404, delete(s, "9999", null).statusCode());
        assertEquals(404, delete(s, "abc", null).statusCode());
    }

    @Test
    void writesNeedTheWriteTokenWhenOneIsSet() throws Exception {
        String rule = "{\"action\":\"reject\",\"dim\":\"org\",\"value\":\"" + CuratedCorpus.WFP + "\"}";
        assertEquals(401, post(guarded, rule, null).statusCode());
        assertEquals(401, post(guarded, rule, "wrong").statusCode());
        assertEquals(401, delete(guarded, "1", null).statusCode());
        assertEquals(200, guarded.get("/api/curation").statusCode(), "reading needs no token here");
        HttpResponse<String> made = post(guarded, rule, "w-secret");
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(
                200,
                delete(guarded, TestServer.json(made).at("/rule/id").asText(), "w-secret")
                        .statusCode());
    }

    @Test
    void theSchemaSaysWhatCanBeCuratedOnEachFacet() throws Exception {
        JsonNode dims = s.getJson("/api/schema").get("dimensions");
        Map<String, String> actions = new LinkedHashMap<>();
        dims.forEach(d -> actions.put(d.get("name").asText(), d.get("curation").toString()));
        assertEquals("[\"merge\",\"rename\",\"reject\"]", actions.get("person"));
        assertEquals("[\"merge\",\"rename\",\"reject\"]", actions.get("org"));
        assertEquals("[\"reject\"]", actions.get("country"));
        assertEquals("[\"reject\"]", actions.get("about"));
        assertEquals("[]", actions.get("language"));
    }
}
