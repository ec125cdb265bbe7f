package org.briefings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * A search with selections answered in passes ({@link SidewaysSearch}) gives what Lucene's drill
 * sideways gives: the same hits in the same order with the same scores and total, and the same
 * counts in every dimension, selected or not, for term, AND, OR and phrase queries with one or two
 * selected dimensions and several values of one; over several segments.
 */
class SidewaysSearchTest {

    private static final String[] WORDS = {"oil", "sanctions", "nuclear", "weapons", "trade", "climate", "change"};
    private static final String[] DIMS = {"country", "person", "year"};
    private static final FacetsConfig CONFIG = config();
    private static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING));

    private static FacetsConfig config() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("country", true);
        c.setMultiValued("person", true);
        return c;
    }

    private static Directory index() throws IOException {
        Directory dir = new ByteBuffersDirectory();
        Random random = new Random(5);
        try (IndexWriter w = new IndexWriter(
                dir, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int i = 0; i < 900; i++) {
                Document doc = new Document();
                StringBuilder body = new StringBuilder();
                for (int k = 3 + random.nextInt(20); k > 0; k--) {
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                doc.add(new TextField("body", body.toString(), Field.Store.NO));
                doc.add(new SortedDocValuesField(
                        "id", new BytesRef(String.format("b%05d", random.nextInt(1_000_000)))));
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    doc.add(new SortedSetDocValuesFacetField("country", "c" + random.nextInt(9)));
                }
                for (int k = random.nextInt(3); k > 0; k--) {
                    doc.add(new SortedSetDocValuesFacetField("person", "p" + random.nextInt(30)));
                }
                doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(2015 + random.nextInt(6))));
                w.addDocument(CONFIG.build(doc));
                if (i % 300 == 299) {
                    w.commit();
                }
            }
        }
        return dir;
    }

    private static List<Query> queries() {
        List<Query> out = new ArrayList<>();
        out.add(new TermQuery(new Term("body", "oil")));
        out.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "nuclear")), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("body", "weapons")), BooleanClause.Occur.MUST)
                .build());
        out.add(new BooleanQuery.Builder()
                .add(new TermQuery(new Term("body", "trade")), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("body", "sanctions")), BooleanClause.Occur.SHOULD)
                .build());
        out.add(new PhraseQuery("body", "climate", "change"));
        out.add(new MatchAllDocsQuery());
        return out;
    }

    private static List<String[][]> selections() {
        return List.of(
                new String[][] {{"country", "c3"}},
                new String[][] {{"country", "c1", "c4"}},
                new String[][] {{"country", "c2"}, {"year", "2017"}},
                new String[][] {{"person", "p7", "p8"}, {"year", "2016", "2019"}});
    }

    @Test
    void passesAnswerAsDrillSideways() throws IOException {
        try (Directory dir = index();
                DirectoryReader reader = DirectoryReader.open(dir)) {
            assertEquals(3, reader.leaves().size());
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
            FacetRanges.OfReader ranges = new FacetRanges().of(state);
            for (Query base : queries()) {
                for (String[][] selection : selections()) {
                    DrillDownQuery drill = new DrillDownQuery(CONFIG, base);
                    String[] dims = new String[selection.length];
                    for (int i = 0; i < selection.length; i++) {
                        dims[i] = selection[i][0];
                        for (int v = 1; v < selection[i].length; v++) {
                            drill.add(selection[i][0], selection[i][v]);
                        }
                    }
                    assertTrue(SidewaysSearch.applies(drill, dims, state, CONFIG));
                    String what = base + " " + String.join(",", dims);
                    var lucene = new DrillSideways(searcher, CONFIG, state).search(drill, hits());
                    var ours = SidewaysSearch.search(searcher, drill, dims, state, ranges, hits());
                    assertSameHits(lucene.collectorResult, ours.top(), what);
                    assertSameCounts(lucene.facets, ours.facets(), what);
                }
            }
        }
    }

    @Test
    void aDimensionWithoutValuesInTheIndexIsLeftToDrillSideways() throws IOException {
        try (Directory dir = index();
                DirectoryReader reader = DirectoryReader.open(dir)) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
            DrillDownQuery drill = new DrillDownQuery(CONFIG, new MatchAllDocsQuery());
            drill.add("language", "en");
            assertFalse(SidewaysSearch.applies(drill, new String[] {"language"}, state, CONFIG));
        }
    }

    private static TopFieldCollectorManager hits() {
        return new TopFieldCollectorManager(SORT, 25, (FieldDoc) null, 10_000);
    }

    private static void assertSameHits(TopDocs expected, TopDocs actual, String what) {
        assertEquals(expected.totalHits, actual.totalHits, what);
        assertEquals(expected.scoreDocs.length, actual.scoreDocs.length, what);
        for (int i = 0; i < expected.scoreDocs.length; i++) {
            ScoreDoc e = expected.scoreDocs[i];
            ScoreDoc a = actual.scoreDocs[i];
            assertEquals(e.doc, a.doc, what + " hit " + i);
            // with a sort, the score is the first sort value
            assertEquals(((FieldDoc) e).fields[0], ((FieldDoc) a).fields[0], what + " score " + i);
        }
    }

    private static void assertSameCounts(Facets expected, Facets actual, String what) throws IOException {
        for (String dim : DIMS) {
            assertEquals(
                    String.valueOf(expected.getTopChildren(5, dim)),
                    String.valueOf(actual.getTopChildren(5, dim)),
                    what + " " + dim);
            assertEquals(
                    String.valueOf(expected.getAllChildren(dim)),
                    String.valueOf(actual.getAllChildren(dim)),
                    what + " " + dim);
            for (String v : List.of("c3", "c8", "p7", "2017", "nosuch")) {
                assertEquals(expected.getSpecificValue(dim, v), actual.getSpecificValue(dim, v), what + " " + dim + v);
            }
        }
    }
}
