package org.briefings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.briefings.Briefing;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vector index beside the briefings' index: compared with it by id, it finds what a delete or a
 * replaced file left orphaned and what lacks vectors, and another model's vectors are dropped.
 * Vectors here are written by hand (the model is exercised by {@code http.SemanticSearchTest}).
 */
class VectorStoreTest {

    @TempDir
    Path dir;

    private static Briefing briefing(String title) {
        return Briefings.of(title, title + " body text.", "2024-01-01", List.of(), List.of(), List.of());
    }

    private static float[] unit(int axis) {
        float[] v = new float[4];
        v[axis] = 1f;
        return v;
    }

    private static BriefingDocuments.FileInfo file(String path) {
        return new BriefingDocuments.FileInfo(org.briefings.ingest.ContentHash.of(path), path, 1, 1);
    }

    @Test
    void deletedAndReplacedBriefingsLoseTheirVectorsAndNewOnesAreFoundMissing() throws Exception {
        Briefing a = briefing("alpha");
        Briefing b = briefing("bravo");
        Briefing c = briefing("charlie");
        try (LuceneIndex index = LuceneIndex.open(dir.resolve("index"));
                VectorStore store = VectorStore.open(dir.resolve("index/vectors"), "model-1")) {
            index.replaceFile("a.txt", List.of(a), file("a.txt"));
            index.replaceFile("b.txt", List.of(b), file("b.txt"));
            index.refresh();
            store.put(a.id(), List.of(unit(0), unit(1)));
            store.put(b.id(), List.of(unit(2)));
            store.refresh();
            assertEquals(2, store.briefings());
            assertEquals(3, store.passages());
            assertEquals(List.of(), missing(index, store));

            // b's file is replaced by other contents (c), a is deleted
            index.replaceFile("b.txt", List.of(c), file("b.txt"));
            index.delete(a.id());
            index.refresh();
            IndexSearcher main = index.acquire();
            try {
                assertEquals(2, store.deleteAbsent(main), "a and b are gone");
            } finally {
                index.release(main);
            }
            store.refresh();
            assertFalse(store.has(a.id()));
            assertFalse(store.has(b.id()));
            assertEquals(List.of(c.id()), missing(index, store));

            store.put(c.id(), List.of(unit(3)));
            store.refresh();
            assertEquals(List.of(), missing(index, store));
            List<VectorStore.Near> near = store.nearest(unit(3), 10, 0.5, null);
            assertEquals(c.id(), near.getFirst().id());
            assertTrue(store.nearest(unit(3), 10, 0.5, List.of(a.id())).isEmpty(), "only allowed ids");
        }
    }

    @Test
    void vectorsWrittenByAnotherModelAreDropped() throws Exception {
        Briefing a = briefing("alpha");
        try (VectorStore store = VectorStore.open(dir.resolve("vectors"), "model-1")) {
            store.put(a.id(), List.of(unit(0)));
            store.commit();
        }
        try (VectorStore same = VectorStore.open(dir.resolve("vectors"), "model-1")) {
            assertTrue(same.has(a.id()));
        }
        try (VectorStore other = VectorStore.open(dir.resolve("vectors"), "model-2")) {
            other.refresh();
            assertEquals(0, other.briefings());
        }
    }

    private static List<String> missing(LuceneIndex index, VectorStore store) throws Exception {
        List<String> out = new ArrayList<>();
        IndexSearcher main = index.acquire();
        try {
            store.forEachMissing(main, out::add);
        } finally {
            index.release(main);
        }
        return out;
    }
}
