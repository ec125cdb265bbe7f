package org.briefings.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.briefings.index.BriefingSchema;
import org.briefings.index.FacetDimension;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The configset in {@code solr/configset/} (for uploading to a cluster by hand with {@code bin/solr
 * zk upconfig}) is exactly what the engine generates and uploads itself: a change to the schema
 * class that is not regenerated fails here. Regenerate with {@code ./mvnw test
 * -Dtest=SolrConfigsetTest -Dsolr.configset.write=true}.
 */
class SolrConfigsetTest {

    private static final Path DIR = SharedData.projectDir().resolve("solr/configset/conf");

    @Test
    void theCommittedConfigsetIsTheGeneratedOne() throws Exception {
        for (Map.Entry<String, String> f : SolrConfigset.files().entrySet()) {
            Path file = DIR.resolve(f.getKey());
            if (Boolean.getBoolean("solr.configset.write")) {
                Files.createDirectories(DIR);
                Files.writeString(file, f.getValue());
            }
            assertEquals(f.getValue(), Files.readString(file), file + " differs from SolrConfigset; regenerate it");
        }
    }

    @Test
    void everyFacetDimensionHasDocValuesAndTheSchemaCarriesItsVersion() {
        String schema = SolrConfigset.schema();
        assertTrue(schema.contains("<schema name=\"" + SolrConfigset.name() + "\""), schema);
        assertTrue(SolrConfigset.name().startsWith("briefings-" + BriefingSchema.VERSION + "."), SolrConfigset.name());
        for (FacetDimension d : FacetDimension.values()) {
            assertTrue(
                    schema.contains("<field name=\"" + d.dim() + "\" type=\"string\" indexed=\"true\" stored=\"false\""
                            + " docValues=\"true\""),
                    d.dim());
        }
        assertTrue(schema.contains("storeOffsetsWithPositions=\"true\""), "offsets for the unified highlighter");
        assertTrue(SolrConfigset.stopwords().contains("\nthe\n"), "EnglishAnalyzer's stop words");
    }
}
