package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefings.testing.SharedData;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-token server: the token as {@code access_token} opens downloads (which a browser cannot
 * give a header) and nothing else; the API description and its viewer are public and under the
 * page's CSP; /api/openapi.yaml is docs/openapi.yaml itself.
 */
class AccessTokenParameterTest {

    @TempDir
    static Path dir;

    static TestServer s;
    static String id;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults().withTokens("w-secret", "r-secret"), false);
        HttpResponse<String> r = s.send(s.request("/api/documents?name=lithium.txt")
                .header("Authorization", "Bearer w-secret")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "Lithium auction\n\nBolivia's lithium auction drew bidders.")));
        assertEquals(201, r.statusCode(), r.body());
        id = TestServer.json(r).get("briefings").get(0).get("id").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    @Test
    void downloadsTakeTheTokenAsAQueryParameter() throws Exception {
        assertEquals(401, s.get("/api/export?q=lithium").statusCode());
        assertEquals(401, s.get("/api/export?q=lithium&access_token=wrong").statusCode());
        HttpResponse<String> export = s.get("/api/export?q=lithium&access_token=r-secret");
        assertEquals(200, export.statusCode(), export.body());
        assertEquals(2, export.body().lines().count(), "a header and the one briefing");
        assertEquals(
                200,
                s.get("/api/documents/" + id + "/original?access_token=r-secret")
                        .statusCode());
        assertEquals(401, s.get("/api/documents/" + id + "/original").statusCode());
    }

    @Test
    void otherEndpointsDoNotTakeTheTokenInTheUrl() throws Exception {
        assertEquals(401, s.get("/api/search?q=lithium&access_token=r-secret").statusCode());
        assertEquals(
                401, s.get("/api/documents/" + id + "?access_token=r-secret").statusCode());
        HttpResponse<String> withHeader = s.send(s.request("/api/search?q=lithium")
                .header("Authorization", "Bearer r-secret")
                .GET());
        assertEquals(200, withHeader.statusCode());
    }

    @Test
    void theApiDescriptionAndItsViewerArePublicAndUnderThePagesPolicy() throws Exception {
        HttpResponse<String> docs = s.get("/api/docs");
        assertEquals(200, docs.statusCode());
        assertTrue(docs.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(
                AccessGuard.PAGE_CSP,
                docs.headers().firstValue("Content-Security-Policy").orElse(""));
        assertFalse(docs.body().contains("<script>"), "no inline script");
        for (String file : new String[] {"init.js", "swagger-ui-bundle.js", "swagger-ui.css"}) {
            assertTrue(docs.body().contains("/api/docs/" + file), file);
            HttpResponse<String> f = s.get("/api/docs/" + file);
            assertEquals(200, f.statusCode(), file);
            assertTrue(f.body().length() > 100, file);
        }
        assertEquals(404, s.get("/api/docs/../../etc/passwd").statusCode());
        assertEquals(404, s.get("/api/docs/index.html").statusCode(), "only the listed files");
        HttpResponse<String> yaml = s.get("/api/openapi.yaml");
        assertEquals(200, yaml.statusCode());
        assertEquals(Files.readString(SharedData.projectDir().resolve("docs/openapi.yaml")), yaml.body());
    }

    @Test
    void aWrongTokenIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> r = s.send(
                s.request("/api/schema").header("Authorization", "Bearer nope").GET());
        assertEquals(401, r.statusCode());
        JsonNode body = TestServer.json(r);
        assertEquals("the token is not valid", body.get("message").asText());
    }
}
