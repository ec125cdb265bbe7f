package org.briefings.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started without {@code --semantic} (the default) embeds nothing and keeps no vector
 * index; a search that asks for {@code mode=hybrid} is a 400 that says how to turn it on, and the
 * page is not offered the mode.
 */
class SemanticSearchOffTest {

    @TempDir
    Path dir;

    @Test
    void hybridIsARefusalThatSaysHowToTurnItOnAndNothingIsEmbedded() throws Exception {
        try (TestServer s = new TestServer(dir, ServerConfig.defaults(), true)) {
            HttpResponse<String> r = s.get("/api/search?mode=hybrid&q=sanctions");
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("--semantic"), r.body());
            assertTrue(r.body().contains("mode=keyword"), r.body());

            HttpResponse<String> bad = s.get("/api/search?mode=semantic&q=sanctions");
            assertEquals(400, bad.statusCode(), bad.body());
            assertTrue(bad.body().contains("keyword or hybrid"), bad.body());

            JsonNode keyword = s.getJson("/api/search?mode=keyword&q=sanctions");
            assertEquals("keyword", keyword.get("mode").asText());
            assertEquals(
                    s.getJson("/api/search?q=sanctions").get("total"), keyword.get("total"), "keyword is the default");

            JsonNode semantic = s.getJson("/api/stats").get("semantic");
            assertEquals("off", semantic.get("status").asText());
            assertTrue(semantic.get("enable").asText().contains("--semantic"));
            assertEquals("[\"keyword\"]", s.getJson("/api/schema").get("modes").toString());
            assertFalse(Files.exists(dir.resolve("index").resolve("vectors")), "no vector index without --semantic");
        }
    }
}
