package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefings.index.FacetDimension;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/schema} answers the one declaration of facet dimensions, and search takes a parameter for each. */
class SchemaEndpointTest {

    @TempDir
    Path dir;

    @Test
    void theSchemaListsEveryDimensionInOrderAndEachIsASearchParameter() throws Exception {
        try (TestServer s = new TestServer(dir, ServerConfig.defaults(), false)) {
            JsonNode schema = s.getJson("/api/schema");
            List<String> names = new ArrayList<>();
            for (JsonNode d : schema.get("dimensions")) {
                names.add(d.get("name").asText());
                FacetDimension dim =
                        FacetDimension.byDim(d.get("name").asText()).orElseThrow();
                assertEquals(dim.label(), d.get("label").asText());
                assertEquals(dim.parameter(), d.get("parameter").asText());
                assertEquals(dim.multiValued(), d.get("multiValued").asBoolean());
                assertEquals(dim.hierarchical(), d.get("hierarchical").asBoolean());
                assertTrue(SearchHandler.PARAMS.contains(d.get("parameter").asText()));
                String answer = s.get("/api/search?" + dim.parameter() + "=x").body();
                assertFalse(answer.contains("unknown parameter"), answer);
            }
            assertEquals(FacetDimension.dims(), names);
            assertTrue(s.get("/api/search?colour=x").body().contains("unknown parameter"));
            assertEquals("relevance", schema.get("sortOrders").get(0).asText());
            assertTrue(schema.get("queryFields").toString().contains("published"));
        }
    }
}
