package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/openapi.yaml stays true to the code: same endpoints, same search parameters. */
class OpenApiDocumentTest {

    @TempDir
    Path dir;

    @Test
    void everyRouteAndSearchParameterIsDescribedAndNothingElse() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory())
                .readTree(SharedData.projectDir().resolve("docs/openapi.yaml").toFile());
        Set<String> documented = new HashSet<>();
        doc.get("paths")
                .fields()
                .forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> {
                    if (!m.equals("parameters")) {
                        documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey());
                    }
                }));
        Set<String> served = new HashSet<>();
        try (BriefingEngine engine = EngineBuilder.of(EngineConfig.of(dir.resolve("c"), dir.resolve("i")))
                .open()) {
            BriefingServer server = new BriefingServer(engine, ServerConfig.defaults());
            server.routes().forEach(r -> served.add(r.method() + " " + r.path()));
        }
        assertEquals(served, documented);

        assertEquals(SearchHandler.PARAMS, parameters(doc, "/api/search", "get"));
        // access_token is taken by AccessGuard before the handler reads its parameters
        Set<String> export = new HashSet<>(ExportHandler.PARAMS);
        export.add(AccessGuard.ACCESS_TOKEN);
        assertEquals(export, parameters(doc, "/api/export", "get"));
        assertEquals(BatchSearchHandler.PARAMS, parameters(doc, "/api/batch-search", "post"));
    }

    private static Set<String> parameters(JsonNode doc, String path, String method) {
        Set<String> params = new HashSet<>();
        doc.get("paths")
                .get(path)
                .get(method)
                .get("parameters")
                .forEach(p -> params.add(p.get("name").asText()));
        return params;
    }
}
