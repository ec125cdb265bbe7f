package org.briefings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * The counts of one dimension ({@link DimensionCounts}) and the drill sideways built on them
 * ({@link LeanDrillSideways}) answer exactly as Lucene's counting of every dimension does, over an
 * index of several segments whose values differ (some values in one segment only, a dimension
 * absent from a segment), with ties in the counts; and the per-reader ordinal ranges ({@link
 * FacetRanges}) are found again on a new reader, where a new value counts.
 */
class DimensionCountsTest {

    private static final String[] DIMS = {"about", "country", "person", "year"};
    private static final FacetsConfig CONFIG = config();

    private static FacetsConfig config() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("about", true);
        c.setMultiValued("country", true);
        c.setMultiValued("person", true);
        return c;
    }

    /** Random briefings in several segments: segment s draws its values from a range that shifts with s. */
    private static void addSegments(IndexWriter writer, Random random, int segments, int base) throws IOException {
        for (int s = 0; s < segments; s++) {
            for (int d = 0; d < 60; d++) {
                Document doc = new Document();
                doc.add(new StringField("kind", random.nextBoolean() ? "a" : "b", Field.Store.NO));
                for (int k = random.nextInt(3); k > 0; k--) {
                    doc.add(new SortedSetDocValuesFacetField("about", "c" + (base + s + random.nextInt(6))));
                }
                for (int k = random.nextInt(3); k > 0; k--) {
                    doc.add(new SortedSetDocValuesFacetField("country", "c" + (base + s * 2 + random.nextInt(8))));
                }
                if (s != 1) { // no person at all in the second segment
                    for (int k = random.nextInt(4); k > 0; k--) {
                        doc.add(new SortedSetDocValuesFacetField("person", "p" + random.nextInt(40)));
                    }
                }
                doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(2000 + base + random.nextInt(5))));
                writer.addDocument(CONFIG.build(doc));
            }
            writer.commit();
        }
    }

    private static IndexWriter writer(Directory dir) throws IOException {
        return new IndexWriter(
                dir, new IndexWriterConfig(new WhitespaceAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE));
    }

    @Test
    void oneDimensionsCountsAreLucenesForThatDimension() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = writer(dir)) {
            addSegments(writer, new Random(7), 4, 0);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(4, reader.leaves().size());
                IndexSearcher searcher = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
                FacetRanges.OfReader ranges = new FacetRanges().of(state);
                for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("kind", "a")))) {
                    FacetsCollector hits = searcher.search(q, new FacetsCollectorManager());
                    Facets lucene = new SortedSetDocValuesFacetCounts(state, hits);
                    for (String dim : DIMS) {
                        assertSameAnswers(lucene, new DimensionCounts(dim, state, ranges, hits), dim);
                    }
                }
                // nothing matched: no result, as Lucene
                FacetsCollector none =
                        searcher.search(new TermQuery(new Term("kind", "zzz")), new FacetsCollectorManager());
                assertNull(new DimensionCounts("country", state, ranges, none).getTopChildren(5, "country"));
                assertNull(new SortedSetDocValuesFacetCounts(state, none).getTopChildren(5, "country"));
            }
        }
    }

    private static void assertSameAnswers(Facets lucene, Facets ours, String dim) throws IOException {
        for (int n : new int[] {1, 3, 5, 1000}) {
            assertEquals(text(lucene.getTopChildren(n, dim)), text(ours.getTopChildren(n, dim)), dim + " top " + n);
        }
        assertEquals(text(lucene.getAllChildren(dim)), text(ours.getAllChildren(dim)), dim + " all");
        for (String v : List.of("c0", "c3", "c7", "c9", "p5", "p39", "2001", "2003", "nosuch")) {
            assertEquals(lucene.getSpecificValue(dim, v), ours.getSpecificValue(dim, v), dim + "=" + v);
        }
    }

    /** A result as text: its dimension, total, number of children and each label with its count, in order. */
    private static String text(FacetResult r) {
        return r == null ? "null" : r.toString();
    }

    @Test
    void drillSidewaysWithOneDimensionCountsAnswersAsLucenes() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = writer(dir)) {
            addSegments(writer, new Random(11), 3, 0);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
                FacetRanges ranges = new FacetRanges();
                List<DrillDownQuery> queries = new ArrayList<>();
                DrillDownQuery one = new DrillDownQuery(CONFIG, new TermQuery(new Term("kind", "b")));
                one.add("country", "c3");
                queries.add(one);
                DrillDownQuery two = new DrillDownQuery(CONFIG, new MatchAllDocsQuery());
                two.add("country", "c2");
                two.add("country", "c5");
                two.add("year", "2002");
                queries.add(two);
                for (DrillDownQuery q : queries) {
                    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(10, Integer.MAX_VALUE);
                    var lucene = new DrillSideways(searcher, CONFIG, state).search(q, top);
                    var ours = new LeanDrillSideways(searcher, CONFIG, state, ranges.of(state)).search(q, top);
                    assertEquals(lucene.collectorResult.totalHits, ours.collectorResult.totalHits);
                    for (String dim : DIMS) {
                        assertSameAnswers(lucene.facets, ours.facets, dim);
                    }
                }
            }
        }
    }

    @Test
    void theRangesAreKeptPerReaderAndFoundAgainOnANewOne() throws IOException {
        try (Directory dir = new ByteBuffersDirectory();
                IndexWriter writer = writer(dir)) {
            addSegments(writer, new Random(3), 2, 0);
            FacetRanges ranges = new FacetRanges();
            try (DirectoryReader first = DirectoryReader.open(dir)) {
                SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(first, CONFIG);
                assertSame(ranges.of(state), ranges.of(state), "kept for the same reader");
                addSegments(writer, new Random(4), 1, 50); // values c50.. and years 2050.. only in the new segment
                try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
                    SortedSetDocValuesReaderState next = new DefaultSortedSetDocValuesReaderState(second, CONFIG);
                    FacetRanges.OfReader found = ranges.of(next);
                    assertNotSame(ranges.of(state), found, "found again for a new reader");
                    IndexSearcher searcher = new IndexSearcher(second);
                    FacetsCollector hits = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
                    Facets lucene = new SortedSetDocValuesFacetCounts(next, hits);
                    for (String dim : DIMS) {
                        assertSameAnswers(lucene, new DimensionCounts(dim, next, found, hits), dim);
                    }
                    // the new segment's 60 briefings, each of a year from 2050, all counted
                    assertEquals(60, sum(new DimensionCounts("year", next, found, hits).getTopChildren(100, "year")));
                }
            }
        }
    }

    /** The sum of the counts of the years from 2050. */
    private static int sum(FacetResult r) {
        int s = 0;
        for (var lv : r.labelValues) {
            if (Integer.parseInt(lv.label) >= 2050) {
                s += lv.value.intValue();
            }
        }
        return s;
    }
}
