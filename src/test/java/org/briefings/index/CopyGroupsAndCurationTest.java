package org.briefings.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.Briefing;
import org.briefings.EntityMention;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy grouping and the analyst's curation both rewrite indexed documents from their stored
 * records. Each must keep what the other did: a briefing regrouped as a copy keeps the curated
 * names, and a briefing rewritten by a curation rule stays in its copy group.
 */
class CopyGroupsAndCurationTest {

    @TempDir
    Path dir;

    private static final String TEXT =
            "The envoy met the council on the northern border crossing and agreed that trucks of"
                    + " grain and fuel would pass every morning under the observation of both armies, that the"
                    + " prisoners taken in the spring would be exchanged before the harvest, and that a joint"
                    + " commission would meet each month in the border town to settle the complaints of farmers.";

    /** Rejects one tagged person: the taggers' "Harvest" is not a person. */
    private static final FacetCuration REJECT_HARVEST = new FacetCuration() {
        @Override
        public Briefing apply(Briefing tagged) {
            List<EntityMention> people = tagged.people().stream()
                    .filter(p -> !p.name().equals("Harvest"))
                    .toList();
            return people.size() == tagged.people().size()
                    ? tagged
                    : tagged.withEntities(tagged.countries(), people, tagged.organisations());
        }

        @Override
        public Map<FacetDimension, Set<String>> sources() {
            return Map.of(FacetDimension.PERSON, Set.of("Harvest"));
        }
    };

    private static BriefingDocuments.FileInfo file(String path, Briefing b) {
        return new BriefingDocuments.FileInfo(b.id(), path, 10, 20);
    }

    private static Set<String> people(LuceneIndex index, String id) throws Exception {
        return index.get(id).orElseThrow().people().stream()
                .map(EntityMention::name)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aCopyRegroupedAfterCurationKeepsTheCuratedNamesAndCurationKeepsTheGroup() throws Exception {
        Briefing first = Briefings.of(
                "Border talks", TEXT, "2021-03-01", List.of("ET"), List.of(), List.of("Harvest", "Abiy Ahmed"));
        Briefing copy = Briefings.of(
                "Border talks (forwarded)", TEXT, "2021-03-05", List.of("ET"), List.of(), List.of("Harvest"));
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.replaceFile("a.txt", List.of(first), file("a.txt", first));
            index.refresh();
            index.curate(REJECT_HARVEST, REJECT_HARVEST.sources(), false);
            assertEquals(Set.of("Abiy Ahmed"), people(index, first.id()));

            // the copy arrives after the rule: indexed curated, then regrouped from its stored record
            index.replaceFile("b.txt", List.of(copy), file("b.txt", copy));
            index.refresh();
            assertTrue(index.groupCopies() >= 1, "the forwarded text joins the first one's group");
            index.refresh();
            assertEquals(List.of(first.id()), ids(index.copiesOf(copy.id())));
            assertEquals(Set.of(), people(index, copy.id()), "regrouping must not bring back a rejected name");
            assertEquals(
                    2,
                    index.countTagged(FacetDimension.PERSON, "Harvest"),
                    "the tagged value is still kept, so the rule can be undone");

            // undoing the rule rewrites both briefings: they stay one copy group
            index.curate(FacetCuration.NONE, REJECT_HARVEST.sources(), true);
            index.refresh();
            assertEquals(Set.of("Harvest"), people(index, copy.id()));
            assertEquals(List.of(first.id()), ids(index.copiesOf(copy.id())), "curation keeps the copy group");
            assertEquals(List.of(copy.id()), ids(index.copiesOf(first.id())));
        }
    }

    @Test
    void copiesAreListedFirstMemberFirstThenByIdWhateverTheIndexingOrder() throws Exception {
        List<Briefing> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            copies.add(Briefings.of(
                    "Border talks, copy " + i, TEXT, "2021-03-0" + (i + 1), List.of("ET"), List.of(), List.of()));
        }
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            // indexed in reverse id order, one file each, so index order and id order disagree
            List<Briefing> byIdDescending = copies.stream()
                    .sorted(java.util.Comparator.comparing(Briefing::id).reversed())
                    .toList();
            for (Briefing b : byIdDescending) {
                index.replaceFile(b.id() + ".txt", List.of(b), file(b.id() + ".txt", b));
                index.refresh();
                index.groupCopies();
                index.refresh();
            }
            String first = ids(index.copiesOf(byIdDescending.get(1).id())).get(0);
            for (Briefing b : copies) {
                List<String> listed = ids(index.copiesOf(b.id()));
                assertEquals(4, listed.size(), "every other member: " + listed);
                List<String> rest = new java.util.ArrayList<>(listed);
                if (!b.id().equals(first)) {
                    assertEquals(first, rest.remove(0), "the group's first member first");
                }
                assertEquals(rest.stream().sorted().toList(), rest, "then by id");
            }
        }
    }

    private static List<String> ids(List<Briefing> briefings) {
        return briefings.stream().map(Briefing::id).toList();
    }

    @Test
    void openingWithUnchangedRulesLeavesPendingCopiesToTheNextGroupingPass() throws Exception {
        Briefing first = Briefings.of("Border talks", TEXT, "2021-03-01", List.of("ET"), List.of(), List.of());
        Briefing copy =
                Briefings.of("Border talks (forwarded)", TEXT, "2021-03-05", List.of("ET"), List.of(), List.of());
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            index.replaceFile("a.txt", List.of(first), file("a.txt", first));
            index.replaceFile("b.txt", List.of(copy), file("b.txt", copy));
            index.refresh();
            // what opening the engine does: nothing to rewrite, so no grouping under the write lock
            assertEquals(0, index.curate(FacetCuration.NONE, Map.of(), true));
            assertEquals(List.of(), ids(index.copiesOf(copy.id())), "still ungrouped after the open");
            assertTrue(index.groupCopies() >= 1, "the pending copy is grouped by the next pass");
            index.refresh();
            assertEquals(List.of(first.id()), ids(index.copiesOf(copy.id())));
        }
    }
}
