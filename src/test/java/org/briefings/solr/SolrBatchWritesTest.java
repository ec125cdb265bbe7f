package org.briefings.solr;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reconciliation's batch of files written to a real SolrCloud collection in two requests ({@link
 * SolrWrites#replaceFiles}), on the cluster the contract tests share ({@link SolrBackends}): a file
 * Solr refuses fails alone, with why, and every other file of its batch is indexed; writing a batch
 * again leaves each briefing once; a batch replaces a file's old briefings.
 */
@ExtendWith(SolrBackends.Resolver.class)
class SolrBatchWritesTest {

    /** A person name longer than Lucene takes as one term (32,766 bytes): Solr refuses the document. */
    private static final String IMMENSE = "x".repeat(40_000);

    private static SolrIndex index;

    @BeforeAll
    static void open(SolrBackends backends) throws Exception {
        SolrTarget target = SolrTarget.of(backends.cluster.urlList(), "batches", 2, 1);
        index = SolrIndex.open(target, new GazetteerCountryCodes(Gazetteer.load()));
    }

    @AfterAll
    static void close() throws Exception {
        if (index != null) {
            index.close();
        }
    }

    private static Briefing briefing(String name, boolean refused) {
        return Briefings.of(
                "Batch " + name,
                "Sanctions on shipping, file " + name + ". More text follows.",
                "2024-03-01",
                List.of("KP"),
                List.of(),
                refused ? List.of(IMMENSE) : List.of("Kim Jong Un"));
    }

    private static BriefingIndex.FileWrite write(String path, Briefing b) {
        return new BriefingIndex.FileWrite(path, List.of(b), new BriefingDocuments.FileInfo(b.id(), path, 10, 10));
    }

    @Test
    void aRefusedFileFailsAloneAndEveryOtherFileOfItsBatchIsIndexed() throws Exception {
        List<BriefingIndex.FileWrite> writes = new ArrayList<>();
        List<Briefing> good = new ArrayList<>();
        List<Briefing> bad = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Briefing b = briefing("partly-" + i, i % 2 == 1);
            (i % 2 == 1 ? bad : good).add(b);
            writes.add(write("partly/" + i + ".txt", b));
        }
        Map<String, Exception> failed = index.replaceFiles(writes);
        index.refresh();
        assertEquals(
                List.of("partly/1.txt", "partly/3.txt", "partly/5.txt", "partly/7.txt"),
                List.copyOf(failed.keySet()),
                "each refused file is reported: " + failed);
        failed.values().forEach(e -> assertTrue(e.getMessage().contains("400"), "why it failed: " + e.getMessage()));
        for (Briefing b : good) {
            assertTrue(index.contains(b.id()), "a good file of the failing batch is indexed: " + b.title());
        }
        for (Briefing b : bad) {
            assertFalse(index.contains(b.id()), "a refused file is not indexed: " + b.title());
        }
    }

    @Test
    void writingABatchAgainIndexesEachBriefingOnceAndReplacesOldBriefings() throws Exception {
        List<BriefingIndex.FileWrite> writes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            writes.add(write("again/" + i + ".txt", briefing("again-" + i, false)));
        }
        assertEquals(Map.of(), index.replaceFiles(writes));
        assertEquals(Map.of(), index.replaceFiles(writes));
        index.refresh();
        assertEquals(5, indexedUnder("again/"), "written twice, each briefing once");

        Briefing old = writes.get(0).briefings().get(0);
        Briefing changed = briefing("again-0-changed", false);
        assertEquals(Map.of(), index.replaceFiles(List.of(write("again/0.txt", changed), writes.get(1))));
        index.refresh();
        assertFalse(index.contains(old.id()), "the file's old briefing is replaced");
        assertTrue(index.contains(changed.id()));
        assertEquals(5, indexedUnder("again/"));
    }

    private static long indexedUnder(String prefix) throws Exception {
        return index.indexedFiles().keySet().stream()
                .filter(p -> p.startsWith(prefix))
                .count();
    }
}
