package org.briefings.curation;

import static org.briefings.curation.CuratedCorpus.AU;
import static org.briefings.curation.CuratedCorpus.WFP;
import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefings.Briefing;
import org.briefings.EntityMention;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.ingest.ParserIsolation;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules applied to briefings already indexed, to new ones, undone, and kept across a rebuild of index/. */
class CurationEngineTest {

    @TempDir
    Path dir;

    Path corpus;
    Path index;
    BriefingEngine engine;
    /** The person of a.txt (the canonical name), of c.txt (the same man as tagged there) and of b.txt. */
    String abiy;

    String variant;
    String sisi;

    @BeforeEach
    void open() throws Exception {
        corpus = dir.resolve("corpus");
        index = dir.resolve("index");
        CuratedCorpus.write(corpus);
        engine = openEngine(index);
        engine.reconcile();
        abiy = onlyPerson("a.txt");
        variant = onlyPerson("c.txt");
        sisi = onlyPerson("b.txt");
        assertEquals(3, Stream.of(abiy, variant, sisi).distinct().count(), "three different person values");
    }

    private String onlyPerson(String path) throws Exception {
        List<String> people = names(byPath(path).people());
        assertEquals(1, people.size(), path + " names one person: " + people);
        return people.get(0);
    }

    @AfterEach
    void close() throws Exception {
        if (engine != null) {
            engine.close();
        }
    }

    private BriefingEngine openEngine(Path indexDir) throws Exception {
        return EngineBuilder.of(EngineConfig.of(corpus, indexDir).withIsolation(ParserIsolation.inProcess()))
                .open();
    }

    private Map<String, Long> facet(String dim) throws Exception {
        SearchResponse r =
                engine.search(SearchRequest.builder().size(0).facetLimit(100).build());
        Map<String, Long> out = new LinkedHashMap<>();
        r.facets().stream()
                .filter(f -> f.dim().equals(dim))
                .flatMap(f -> f.values().stream())
                .forEach(v -> out.put(v.value(), (long) v.count()));
        return out;
    }

    private Briefing byPath(String path) throws Exception {
        SearchResponse r = engine.search(SearchRequest.builder().size(10).build());
        String id = r.hits().stream()
                .filter(h -> h.sourcePath().equals(path))
                .findFirst()
                .orElseThrow()
                .id();
        return engine.get(id).orElseThrow();
    }

    private static List<String> names(List<EntityMention> mentions) {
        return mentions.stream().map(EntityMention::name).toList();
    }

    @Test
    void theCorpusIsTaggedAsTheseTestsExpect() throws Exception {
        assertEquals(Map.of(abiy, 1L, variant, 1L, sisi, 1L), facet("person"));
        assertEquals(Map.of(AU, 2L, WFP, 1L), facet("org"));
        assertEquals(Map.of("ET", 3L, "EG", 1L), facet("country"));
        assertTrue(abiy.startsWith("Abiy"), abiy);
    }

    @Test
    void aMergeChangesTheFacetsOfIndexedBriefingsAtOnceAndUndoRestoresThem() throws Exception {
        Briefing before = byPath("c.txt");
        Curator.Applied merged =
                engine.curation().add(new CurationRequest("merge", "person", variant, abiy, null, "maria"));

        assertEquals(1, merged.briefingsChanged());
        assertEquals(1, merged.rule().briefings());
        assertEquals("maria", merged.rule().by());
        assertEquals(Map.of(abiy, 2L, sisi, 1L), facet("person"));
        assertEquals(
                2,
                engine.search(SearchRequest.builder().filter("person", abiy).build())
                        .total());
        Briefing after = byPath("c.txt");
        assertEquals(List.of(abiy), names(after.people()));
        assertEquals(
                before.people().get(0).spans(),
                after.people().get(0).spans(),
                "the evidence stays with the merged name");

        Curator.Applied undone = engine.curation().undo(merged.rule().id()).orElseThrow();
        assertEquals(1, undone.briefingsChanged());
        assertEquals(Map.of(abiy, 1L, variant, 1L, sisi, 1L), facet("person"));
        assertEquals(before, byPath("c.txt"), "undo gives back exactly what the tagger found");
        assertTrue(engine.curation().list().isEmpty());
        assertTrue(engine.curation().undo(merged.rule().id()).isEmpty(), "an undone rule is gone");
    }

    @Test
    void rejectingAnOrganisationOrACountryRemovesItEverywhere() throws Exception {
        Curator.Applied org = engine.curation().add(new CurationRequest("reject", "org", null, null, AU, null));
        assertEquals(2, org.briefingsChanged());
        assertEquals(Map.of(WFP, 1L), facet("org"));
        assertEquals(
                0,
                engine.search(SearchRequest.builder().query("org:union").build())
                        .total());

        Curator.Applied country =
                engine.curation().add(new CurationRequest("reject", "country", null, null, "Egypt", null));
        assertEquals("EG", country.rule().value(), "a country name is stored as its code");
        assertEquals(Map.of("ET", 3L), facet("country"));
        assertFalse(facet("about").containsKey("EG"));

        engine.curation().undo(org.rule().id());
        assertEquals(Map.of(AU, 2L, WFP, 1L), facet("org"));
        assertEquals(Map.of("ET", 3L), facet("country"), "undoing one rule leaves the others");
    }

    @Test
    void aRenameIntoAnotherRenamedValueFollowsTheChainAndEachUndoUnwindsIt() throws Exception {
        engine.curation().add(new CurationRequest("rename", "person", variant, abiy, null, null));
        Curator.Applied second = engine.curation()
                .add(new CurationRequest("rename", "person", abiy, "Abiy Ahmed (Prime Minister)", null, null));
        assertEquals(2, second.briefingsChanged(), "both the tagged and the merged value move");
        assertEquals(Map.of("Abiy Ahmed (Prime Minister)", 2L, sisi, 1L), facet("person"));
        engine.curation().undo(second.rule().id());
        assertEquals(Map.of(abiy, 2L, sisi, 1L), facet("person"));
    }

    @Test
    void newBriefingsAreIndexedWithTheRulesWhetherUploadedOrFoundInTheCorpus() throws Exception {
        engine.curation().add(new CurationRequest("reject", "org", null, null, AU, null));
        engine.curation().add(new CurationRequest("merge", "person", variant, abiy, null, null));
        BriefingEngine.AddResult up = engine.add(
                "d.txt",
                new ByteArrayInputStream(("Summit note\n\nThe African Union welcomed Prime Minister Abiy Ahmed Ali "
                                + "to the summit in Addis Ababa.")
                        .getBytes(StandardCharsets.UTF_8)),
                1 << 20);
        assertEquals(List.of(abiy), names(up.briefings().get(0).people()), "the upload's answer is curated too");
        Files.writeString(
                corpus.resolve("e.txt"),
                "Envoy note\n\nThe African Union envoy met Prime Minister Abiy Ahmed Ali in Addis Ababa.");
        engine.reconcile();
        assertEquals(Map.of(abiy, 4L, sisi, 1L), facet("person"));
        assertEquals(Map.of(WFP, 1L), facet("org"));
    }

    @Test
    void theRulesLiveInTheCorpusSoARebuiltIndexKeepsThem() throws Exception {
        engine.curation().add(new CurationRequest("merge", "person", variant, abiy, null, null));
        engine.curation().add(new CurationRequest("reject", "org", null, null, AU, null));
        engine.close();
        engine = null;
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertTrue(Files.isRegularFile(corpus.resolve(".curation/rules.json")));

        engine = openEngine(index);
        assertEquals(3, engine.reconcile().indexed(), "the rules file is not a briefing");
        assertEquals(Map.of(abiy, 2L, sisi, 1L), facet("person"));
        assertEquals(Map.of(WFP, 1L), facet("org"));
        assertEquals(2, engine.curation().list().size());

        // and the tagged values are still there to come back
        engine.curation().undo(1);
        assertEquals(Map.of(abiy, 1L, variant, 1L, sisi, 1L), facet("person"));
    }

    @Test
    void anIndexBuiltBeforeTheRulesChangedIsBroughtInLineWhenOpened() throws Exception {
        engine.close();
        engine = null;
        // another index over the same corpus makes a rule; the first index never saw it
        try (BriefingEngine other = openEngine(dir.resolve("other-index"))) {
            other.curation().add(new CurationRequest("reject", "person", null, null, sisi, null));
        }
        engine = openEngine(index);
        assertEquals(Map.of(abiy, 1L, variant, 1L), facet("person"));
        // and the other way round: the rule is undone elsewhere, the index gets the value back
        engine.close();
        engine = null;
        try (BriefingEngine other = openEngine(dir.resolve("other-index"))) {
            assertTrue(other.curation().undo(1).isPresent());
        }
        engine = openEngine(index);
        assertEquals(Map.of(abiy, 1L, variant, 1L, sisi, 1L), facet("person"));
    }
}
