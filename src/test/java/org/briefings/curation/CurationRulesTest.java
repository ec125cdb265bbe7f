package org.briefings.curation;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.index.FacetDimension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules themselves: checking, resolving, applying to one briefing, and their file. */
class CurationRulesTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private static CurationRules add(CurationRules rules, String action, String dim, String a, String b) {
        CurationRequest req = action.equals("reject")
                ? new CurationRequest(action, dim, null, null, a, null)
                : new CurationRequest(action, dim, a, b, null, null);
        return rules.with(
                req.toRule(v -> v.equals("Egypt") || v.equals("EG") ? Optional.of("EG") : Optional.empty(), NOW));
    }

    private static InvalidRuleException refused(CurationRules rules, String action, String dim, String a, String b) {
        return assertThrows(InvalidRuleException.class, () -> add(rules, action, dim, a, b));
    }

    private static EntityMention mention(String name, int count, int start) {
        return new EntityMention(name, count, List.of(new Span(Span.BODY, start, start + name.length(), name)));
    }

    private static Briefing briefing(
            List<EntityMention> people, List<EntityMention> orgs, List<CountryMention> countries) {
        return new Briefing(
                "id",
                "a.txt",
                null,
                "text/plain",
                "txt",
                "t",
                "s",
                "body",
                "en",
                null,
                countries,
                people,
                orgs,
                List.of(),
                Map.of(),
                4,
                Instant.EPOCH);
    }

    @Test
    void aMergeJoinsTheMentionsOfOneBriefingUnderTheCanonicalName() {
        CurationRules rules = add(CurationRules.EMPTY, "merge", "person", "Abiy", "Abiy Ahmed");
        Briefing tagged = briefing(
                List.of(mention("Abiy Ahmed", 2, 10), mention("Kim", 1, 40), mention("Abiy", 3, 80)),
                List.of(),
                List.of());
        Briefing curated = rules.apply(tagged);
        assertEquals(
                List.of("Abiy Ahmed", "Kim"),
                curated.people().stream().map(EntityMention::name).toList());
        EntityMention abiy = curated.people().get(0);
        assertEquals(5, abiy.count(), "counts are added");
        assertEquals(List.of(10, 80), abiy.spans().stream().map(Span::start).toList(), "evidence is joined");
        assertSame(tagged, CurationRules.EMPTY.apply(tagged), "no rule, the same briefing");
        Briefing untouched = briefing(List.of(mention("Kim", 1, 0)), List.of(), List.of());
        assertSame(untouched, rules.apply(untouched), "a briefing no rule touches is not copied");
    }

    @Test
    void rejectsRemoveTheValueAndFollowMerges() {
        CountryMention eg = new CountryMention("EG", "Egypt", 1, 0.5, true, List.of());
        CountryMention et = new CountryMention("ET", "Ethiopia", 2, 0.9, true, List.of());
        CurationRules rules = add(CurationRules.EMPTY, "merge", "org", "Social", "Renaissance");
        rules = add(rules, "reject", "org", "Renaissance", null);
        rules = add(rules, "reject", "country", "Egypt", null);
        Briefing curated = rules.apply(briefing(
                List.of(mention("Renaissance", 1, 0)),
                List.of(mention("Social", 1, 5), mention("UN", 1, 9)),
                List.of(eg, et)));
        assertEquals(
                List.of("UN"),
                curated.organisations().stream().map(EntityMention::name).toList());
        assertEquals(
                List.of("Renaissance"),
                curated.people().stream().map(EntityMention::name).toList(),
                "only in its own dimension");
        assertEquals(List.of(et), curated.countries());
        assertEquals(Optional.empty(), rules.resolve(FacetDimension.ORG, "Social"));
    }

    @Test
    void badRulesAreRefusedWithTheirReason() {
        CurationRules rules = add(CurationRules.EMPTY, "merge", "person", "A", "B");
        rules = add(rules, "merge", "person", "B", "C");
        assertTrue(refused(rules, "merge", "person", "C", "A").getMessage().contains("cycle: C -> A -> B -> C"));
        assertTrue(refused(rules, "merge", "person", "X", "X").getMessage().contains("into itself"));
        assertEquals("dim", refused(rules, "merge", "year", "X", "Y").field());
        assertTrue(refused(rules, "merge", "planet", "X", "Y").getMessage().contains("person, org, country"));
        assertEquals("action", refused(rules, "split", "person", "X", "Y").field());
        assertEquals("from", refused(rules, "merge", "person", "  ", "Y").field());
        assertEquals("to", refused(rules, "rename", "person", "X", null).field());
        assertEquals("action", refused(rules, "merge", "country", "FR", "DE").field(), "countries are only rejected");
        assertEquals(
                "value", refused(rules, "reject", "country", "Narnia", null).field());
        InvalidRuleException twice = refused(rules, "reject", "person", "A", null);
        assertTrue(twice.conflict());
        assertTrue(twice.getMessage().contains("already has rule 1"), twice.getMessage());
        assertFalse(refused(rules, "merge", "person", "X", "X").conflict());
        assertEquals(Optional.of("C"), rules.resolve(FacetDimension.PERSON, "A"));
    }

    @Test
    void changedValuesAreThoseThatResolveDifferently() {
        CurationRules one = add(CurationRules.EMPTY, "merge", "person", "A", "B");
        CurationRules two = add(one, "merge", "person", "B", "C");
        assertEquals(Map.of(FacetDimension.PERSON, Set.of("A", "B")), two.changedFrom(one));
        assertEquals(
                Map.of(FacetDimension.PERSON, Set.of("A", "B")), two.without(2).changedFrom(two));
        assertEquals(Map.of(FacetDimension.PERSON, Set.of("A")), CurationRules.EMPTY.changedFrom(one));
        assertEquals(Map.of(), two.changedFrom(two));
    }

    @Test
    void theStoreWritesDurablyReadsBackAndNeverReusesAnId() throws IOException {
        CurationStore store = new CurationStore(dir);
        assertEquals(List.of(), store.load().rules(), "no file, no rules");
        CurationRules rules =
                add(add(CurationRules.EMPTY, "merge", "person", "A", "B"), "reject", "org", "Social", null);
        store.save(rules);
        store.save(rules.without(2));
        CurationRules back = store.load();
        assertEquals(rules.without(2).rules(), back.rules());
        assertEquals(
                3,
                add(back, "reject", "org", "Order", null).rules().get(1).id(),
                "rule 2 was undone; its id is not reused");
        try (Stream<Path> files = Files.list(dir.resolve(".curation"))) {
            assertEquals(
                    List.of("rules.json"),
                    files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file left");
        }
    }

    @Test
    void aDamagedRulesFileStopsTheEngineRatherThanDroppingTheRules() throws IOException {
        CurationStore store = new CurationStore(dir);
        Files.createDirectories(store.file().getParent());
        Files.writeString(store.file(), "{\"version\":1,\"nextId\":2,\"rules\":[{\"id\":1,\"act");
        IOException e = assertThrows(IOException.class, store::load);
        assertTrue(e.getMessage().contains("rules.json"), e.getMessage());
        Files.writeString(
                store.file(),
                "{\"version\":1,\"nextId\":3,\"rules\":["
                        + "{\"id\":1,\"action\":\"merge\",\"dim\":\"person\",\"from\":\"A\",\"to\":\"B\"},"
                        + "{\"id\":2,\"action\":\"merge\",\"dim\":\"person\",\"from\":\"B\",\"to\":\"A\"}]}");
        assertTrue(assertThrows(IOException.class, store::load).getMessage().contains("rule 2"));
    }
}
