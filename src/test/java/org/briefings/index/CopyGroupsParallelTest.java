package org.briefings.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.briefings.Briefing;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grouping pass over many new briefings looks for their candidates on several threads and joins
 * the groups on one ({@link CopyGroups}): the groups must be those one thread finds, and right.
 */
class CopyGroupsParallelTest {

    @TempDir
    Path dir;

    /** Originals; every third has a forwarded copy and every fifth an edited revision too. */
    private static final int ORIGINALS = 200;

    private static final List<String> VOCABULARY = vocabulary();

    private static List<String> vocabulary() {
        List<String> words = new ArrayList<>();
        String[] stems = {
            "grain",
            "border",
            "council",
            "envoy",
            "harvest",
            "treaty",
            "river",
            "fuel",
            "convoy",
            "pledge",
            "ministry",
            "census",
            "tariff",
            "drought",
            "patrol",
            "ceasefire",
            "ledger",
            "quarry"
        };
        for (String s : stems) {
            for (String end : new String[] {"", "s", "ed", "ing", "er", "al", "ist", "ward"}) {
                words.add(s + end);
            }
        }
        return words;
    }

    /** A text of 150 words drawn at random: two such texts share almost no 5-word shingle. */
    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            b.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString().strip();
    }

    /** The briefings, each copy right after its original; ids of the expected groups' members by original. */
    private static List<Briefing> briefings(Map<String, List<String>> expected) {
        Random random = new Random(20261204);
        List<Briefing> out = new ArrayList<>();
        for (int i = 0; i < ORIGINALS; i++) {
            String body = text(random);
            String day = String.format("2020-%02d-%02d", 1 + i % 12, 1 + i % 27);
            Briefing original = Briefings.of("Report " + i, body, day, List.of("ET"), List.of(), List.of());
            out.add(original);
            List<String> group = new ArrayList<>(List.of(original.id()));
            if (i % 3 == 0) {
                Briefing forwarded = Briefings.of(
                        "Fwd: Report " + i, body, day.replace("2020", "2021"), List.of("ET"), List.of(), List.of());
                out.add(forwarded);
                group.add(forwarded.id());
            }
            if (i % 5 == 0) {
                // a revision: the last sentence rewritten, the rest as it was
                String revised = body.substring(0, body.lastIndexOf(". ") + 2)
                        + text(random).substring(0, 60);
                Briefing revision = Briefings.of(
                        "Report " + i + " (rev.)",
                        revised,
                        day.replace("2020", "2022"),
                        List.of("ET"),
                        List.of(),
                        List.of());
                out.add(revision);
                group.add(revision.id());
            }
            expected.put(original.id(), group);
        }
        return out;
    }

    /** Every briefing's group (its first member's id), after one pass over all of them as pending. */
    private Map<String, String> groups(Path at, int threads, List<Briefing> briefings) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (LuceneIndex index = LuceneIndex.open(at, threads)) {
            for (Briefing b : briefings) {
                index.replaceFile(
                        b.sourcePath(), List.of(b), new BriefingDocuments.FileInfo(b.id(), b.sourcePath(), 10, 20));
            }
            index.refresh();
            index.groupCopies();
            index.refresh();
            for (Briefing b : briefings) {
                List<Briefing> others = index.copiesOf(b.id());
                out.put(b.id(), others.isEmpty() ? b.id() : first(b, others));
            }
        }
        return out;
    }

    /** The group's first member: the first of the others, unless this briefing is it. */
    private static String first(Briefing self, List<Briefing> others) {
        Briefing earliest = others.get(0);
        return earliest.published().date().isBefore(self.published().date()) ? earliest.id() : self.id();
    }

    @Test
    void aPassOnSeveralThreadsGroupsAsOneThreadDoesAndRight() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        List<Briefing> briefings = briefings(expected);
        assertTrue(
                briefings.size() >= 4 * CopyGroups.PER_THREAD,
                "enough pending briefings for four threads, so the test takes the parallel path");

        Map<String, String> one = groups(dir.resolve("one"), 1, briefings);
        Map<String, String> four = groups(dir.resolve("four"), 4, briefings);

        assertEquals(one, four, "the same group for every briefing on one thread and on four");
        expected.forEach((original, members) -> {
            for (String m : members) {
                assertEquals(original, four.get(m), "a copy or revision is grouped under its original");
            }
        });
        long grouped = expected.values().stream().filter(m -> m.size() > 1).count();
        long distinctGroups = four.values().stream().distinct().count();
        assertEquals(ORIGINALS, distinctGroups, "one group per original, no two originals joined");
        assertTrue(grouped > 50, "the data has copies to group: " + grouped);
    }
}
