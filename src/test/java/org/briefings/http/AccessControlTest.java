package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens, exposure, path traversal and security headers, against the real server. */
class AccessControlTest {

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults().withTokens("w-secret", "r-secret"), false);
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private HttpResponse<String> upload(String name, String token) throws Exception {
        HttpRequest.Builder b = s.request("/api/documents?name=" + TestServer.enc(name))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "Token test " + name + "\n\nBolivia's lithium auction drew three bidders."));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return s.send(b);
    }

    @Test
    void writingNeedsTheWriteToken() throws Exception {
        assertEquals(401, upload("a.txt", null).statusCode());
        assertEquals(401, upload("a.txt", "wrong").statusCode());
        assertEquals(401, upload("a.txt", "r-secret").statusCode(), "the read token does not allow writing");
        assertEquals(201, upload("a.txt", "w-secret").statusCode());
        assertEquals(
                401,
                s.send(s.request("/api/documents/" + "a".repeat(64)).DELETE()).statusCode());
    }

    @Test
    void readingNeedsAReadTokenWhenOneIsConfiguredButHealthDoesNot() throws Exception {
        assertEquals(401, s.get("/api/search?q=lithium").statusCode());
        HttpResponse<String> withToken = s.send(s.request("/api/search?q=lithium")
                .header("Authorization", "Bearer r-secret")
                .GET());
        assertEquals(200, withToken.statusCode());
        assertEquals(200, s.get("/api/health").statusCode());
        assertEquals(401, s.get("/metrics").statusCode());
    }

    @Test
    void aBatchSearchPostsItsListButOnlyReadsSoTheReadTokenIsEnough() throws Exception {
        for (String token : new String[] {null, "wrong", "r-secret", "w-secret"}) {
            HttpRequest.Builder b = s.request("/api/batch-search")
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("lithium\nsanctions"));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = s.send(b);
            int expected = token == null || token.equals("wrong") ? 401 : 200;
            assertEquals(expected, r.statusCode(), token + ": " + r.body());
        }
    }

    @Test
    void uploadNamesCannotEscapeTheCorpusAndIdsAreValidated() throws Exception {
        HttpResponse<String> r = upload("../../../../tmp/evil.txt", "w-secret");
        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = TestServer.json(r);
        Path stored = s.corpus.resolve(body.get("path").asText()).normalize();
        assertTrue(stored.startsWith(s.corpus), stored.toString());
        assertTrue(Files.exists(stored));
        assertFalse(body.get("path").asText().contains(".."), body.get("path").asText());
        for (String id : new String[] {"..%2F..%2Fetc%2Fpasswd", "%2e%2e", "abc"}) {
            HttpResponse<String> g = s.send(s.request("/api/documents/" + id + "/original")
                    .header("Authorization", "Bearer r-secret")
                    .GET());
            assertEquals(404, g.statusCode(), id);
        }
    }

    @Test
    void deletingNeedsTheWriteTokenAndMultipartNamesCannotEscapeEither() throws Exception {
        String id =
                TestServer.json(upload("to-delete.txt", "w-secret")).get("id").asText();
        assertEquals(401, s.send(s.request("/api/documents/" + id).DELETE()).statusCode());
        assertEquals(
                401,
                s.send(s.request("/api/documents/" + id)
                                .header("Authorization", "Bearer r-secret")
                                .DELETE())
                        .statusCode());
        assertEquals(
                401,
                s.send(s.request("/api/documents/" + id)
                                .header("Authorization", "Bearer w-secret2")
                                .DELETE())
                        .statusCode());
        assertEquals(
                200,
                s.send(s.request("/api/documents/" + id)
                                .header("Authorization", "Bearer r-secret")
                                .GET())
                        .statusCode(),
                "a refused delete deleted nothing");
        for (String name :
                new String[] {"../../../escape.txt", "..\\..\\win.txt", "/etc/cron.d/evil.txt", ".hidden.txt"}) {
            String boundary = "b0undary";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\nMultipart traversal " + name
                    + " about Nepal's hydropower exports.\r\n--"
                    + boundary + "--\r\n";
            HttpResponse<String> r = s.send(s.request("/api/documents")
                    .header("Authorization", "Bearer w-secret")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
            assertEquals(201, r.statusCode(), name + ": " + r.body());
            String path = TestServer.json(r).get("path").asText();
            Path stored = s.corpus.resolve(path).normalize();
            assertTrue(
                    stored.startsWith(s.corpus.resolve("uploads")) && Files.exists(stored),
                    name + " stored at " + stored);
            assertFalse(stored.getFileName().toString().startsWith("."), "not hidden from the corpus scan: " + stored);
        }
    }

    @Test
    void answersCarrySecurityHeaders() throws Exception {
        HttpResponse<String> api = s.get("/api/health");
        assertEquals(
                "nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> page = s.get("/");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
    }

    @Test
    void theServerRefusesToExposeWritesBeyondLoopbackWithoutAToken() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> BriefingServer.checkExposure(ServerConfig.defaults().withHostPort("0.0.0.0", 0)));
        assertTrue(e.getMessage().contains("write token"));
        assertDoesNotThrow(() -> BriefingServer.checkExposure(
                ServerConfig.defaults().withHostPort("0.0.0.0", 0).withTokens("t", null)));
        assertDoesNotThrow(
                () -> BriefingServer.checkExposure(ServerConfig.defaults().withHostPort("127.0.0.1", 0)));
    }
}
