package org.briefings.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.briefings.Briefing;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.search.EmbeddedIndex;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation's batches of files ({@link FileWriteBatch}) over a real embedded index: a file
 * is counted only once the index has answered for it, and a batch in which some files cannot be
 * indexed writes every other file and counts each failure with why.
 */
class FileWriteBatchTest {

    /** A person name longer than the index takes as one term (32,766 bytes): the index refuses the file. */
    private static final String IMMENSE = "x".repeat(40_000);

    @TempDir
    Path dir;

    @Test
    void filesAreCountedWhenSentAndAPartlyFailingBatchLosesNothing() throws Exception {
        try (EmbeddedIndex index = EmbeddedIndex.open(dir, new GazetteerCountryCodes(Gazetteer.load()))) {
            FileWriteBatch batch = new FileWriteBatch(index, 4);
            Map<String, String> outcome = new ConcurrentHashMap<>();
            List<Briefing> good = new ArrayList<>();
            List<Briefing> bad = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                boolean refused = i % 2 == 1;
                Briefing b = Briefings.of(
                        "Briefing " + i,
                        "Sanctions on shipping, number " + i + ". More text follows.",
                        "2024-03-0" + (i + 1),
                        List.of("KP"),
                        List.of(),
                        refused ? List.of(IMMENSE) : List.of("Kim Jong Un"));
                (refused ? bad : good).add(b);
                String path = "batch/" + i + ".txt";
                batch.add(
                        new BriefingIndex.FileWrite(
                                path, List.of(b), new BriefingDocuments.FileInfo(b.id(), path, 10, 10)),
                        () -> outcome.put(path, "written"),
                        e -> outcome.put(path, "failed: " + e.getMessage()));
                if (i == 2) {
                    assertTrue(outcome.isEmpty(), "nothing is counted before its batch is sent: " + outcome);
                }
            }
            assertEquals(4, outcome.size(), "the first four files were sent when the batch was full: " + outcome);
            batch.flush();
            assertEquals(6, outcome.size(), "every file is counted once flushed: " + outcome);
            index.refresh();
            for (int i = 0; i < 6; i++) {
                String o = outcome.get("batch/" + i + ".txt");
                if (i % 2 == 1) {
                    assertTrue(o.startsWith("failed: ") && o.length() > "failed: ".length(), o);
                } else {
                    assertEquals("written", o);
                }
            }
            for (Briefing b : good) {
                assertTrue(index.contains(b.id()), "a good file of a failing batch is indexed: " + b.title());
            }
            for (Briefing b : bad) {
                assertFalse(index.contains(b.id()), "a refused file is not indexed: " + b.title());
            }
        }
    }
}
