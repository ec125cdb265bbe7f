package org.briefings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The id tie-break orders hits exactly as Lucene's string sort on the same doc values: the same
 * hits in the same order with the same sort values, page after page through cursors, over several
 * segments (ids compared across them), with many ties on the first key, with hits that have no id,
 * and with the segments searched apart and their pages merged.
 */
class IdTieBreakTest {

    private static final String ID = "id";
    private static final String KEY = "key";

    @Test
    void ordersPagesAndCursorsExactlyAsLucenesStringSort() throws Exception {
        try (Directory dir = index(new Random(16), 7, 180)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertTrue(
                        reader.leaves().size() >= 7,
                        "segments: " + reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                compareAll(searcher);
            }
        }
    }

    @Test
    void segmentsSearchedApartMergeAsLucenesStringSortDoes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Directory dir = index(new Random(7), 5, 120);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader, pool) {
                @Override
                protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                    LeafSlice[] one = new LeafSlice[leaves.size()];
                    for (int i = 0; i < one.length; i++) {
                        one[i] = new LeafSlice(List.of(
                                IndexSearcher.LeafReaderContextPartition.createForEntireSegment(leaves.get(i))));
                    }
                    return one;
                }
            };
            assertTrue(searcher.getSlices().length >= 5, "slices: " + searcher.getSlices().length);
            compareAll(searcher);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void compareAll(IndexSearcher searcher) throws Exception {
        List<Query> queries = List.of(
                new MatchAllDocsQuery(),
                new TermQuery(new Term("group", "a")),
                new BooleanQuery.Builder()
                        .add(
                                new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("group", "a"))), 2f),
                                BooleanClause.Occur.SHOULD)
                        .add(new ConstantScoreQuery(new TermQuery(new Term("group", "b"))), BooleanClause.Occur.SHOULD)
                        .build());
        int compared = 0;
        for (Query q : queries) {
            for (boolean byScore : new boolean[] {true, false}) {
                Sort ours = new Sort(first(byScore), IdTieBreak.on(ID));
                Sort lucenes = new Sort(first(byScore), new SortField(ID, SortField.Type.STRING));
                for (int size : new int[] {1, 3, 10, 50}) {
                    compared += pages(searcher, q, ours, lucenes, size);
                }
            }
        }
        assertTrue(compared > 2000, "hits compared: " + compared);
    }

    private static SortField first(boolean byScore) {
        return byScore ? SortField.FIELD_SCORE : new SortField(KEY, SortField.Type.LONG, true);
    }

    /** Pages through every hit with both sorts, each from its own previous page's last hit. */
    private static int pages(IndexSearcher searcher, Query q, Sort ours, Sort lucenes, int size) throws Exception {
        FieldDoc afterOurs = null;
        FieldDoc afterLucenes = null;
        int seen = 0;
        while (true) {
            TopFieldDocs a = searcher.search(q, new TopFieldCollectorManager(ours, size, afterOurs, Integer.MAX_VALUE));
            TopFieldDocs b =
                    searcher.search(q, new TopFieldCollectorManager(lucenes, size, afterLucenes, Integer.MAX_VALUE));
            assertEquals(b.scoreDocs.length, a.scoreDocs.length, q + " page after " + seen);
            for (int i = 0; i < a.scoreDocs.length; i++) {
                FieldDoc x = (FieldDoc) a.scoreDocs[i];
                FieldDoc y = (FieldDoc) b.scoreDocs[i];
                assertEquals(y.doc, x.doc, q + " hit " + (seen + i) + " by " + ours);
                assertEquals(y.fields[0], x.fields[0]);
                assertEquals(y.fields[1], x.fields[1]);
            }
            seen += a.scoreDocs.length;
            if (a.scoreDocs.length < size) {
                return seen;
            }
            afterOurs = cursor((FieldDoc) a.scoreDocs[size - 1]);
            afterLucenes = cursor((FieldDoc) b.scoreDocs[size - 1]);
        }
    }

    /** A cursor as the engine makes one ({@link Cursor}): the sort values only, its document unknown. */
    private static FieldDoc cursor(FieldDoc last) {
        Object id = last.fields[1] == null ? null : BytesRef.deepCopyOf((BytesRef) last.fields[1]);
        return new FieldDoc(Integer.MAX_VALUE, last.score, new Object[] {last.fields[0], id});
    }

    /**
     * {@code segments} segments of {@code perSegment} documents: random ids (one in twenty has none),
     * a key with four values (so most hits tie on it) and two groups.
     */
    private static Directory index(Random random, int segments, int perSegment) throws Exception {
        Directory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int s = 0; s < segments; s++) {
                for (int i = 0; i < perSegment; i++) {
                    Document d = new Document();
                    if (random.nextInt(20) != 0) {
                        byte[] raw = new byte[4];
                        random.nextBytes(raw);
                        d.add(new SortedDocValuesField(
                                ID, new BytesRef(HexFormat.of().formatHex(raw))));
                    }
                    d.add(new NumericDocValuesField(KEY, random.nextInt(4)));
                    d.add(new StringField("group", random.nextBoolean() ? "a" : "b", Field.Store.NO));
                    w.addDocument(d);
                }
                w.commit();
            }
        }
        return dir;
    }

    @Test
    void refusesToBeReversed() {
        assertThrows(IllegalArgumentException.class, () -> new IdTieBreak().newComparator(ID, 10, null, true));
    }
}
