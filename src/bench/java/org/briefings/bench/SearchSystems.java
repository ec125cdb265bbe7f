package org.briefings.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.LuceneIndex;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.SearchResponse;

/**
 * The three things the search benchmark times on the same briefings, each answering a {@link
 * QueryMix.BenchQuery} and returning its total hits (capped at the engine's exact-count bound, so
 * totals can be compared):
 * <ul>
 *   <li>{@link Engine}: {@link BriefingSearcher#search}, i.e. what a user gets: parsing, filters,
 *       every facet counted (DrillSideways under selections), a page of 10 with the stored record
 *       read back, highlighted snippets;</li>
 *   <li>{@link Lucene}: the same query text parsed by Lucene's own {@link MultiFieldQueryParser}
 *       over title and body with the same boosts, selections as filter clauses, top 10 by score,
 *       their titles read: Lucene's floor for finding the same hits;</li>
 *   <li>{@link LuceneFacets}: as {@link Lucene} plus every facet counted with plain sorted-set
 *       doc-values facets (DrillSideways under selections): what faceting alone adds.</li>
 *   <li>{@link LuceneSnippets}: as {@link LuceneFacets} plus the page's snippets, two passages of
 *       each hit's body from Lucene's own {@link UnifiedHighlighter} as a Lucene user would build it
 *       (offsets in the postings, bodies read from the stored fields, its default scorer): the same
 *       work a user's page asks of the engine, done with Lucene alone.</li>
 * </ul>
 */
final class SearchSystems {

    static final int PAGE = 10;

    interface SearchSystem extends Closeable {
        String name();

        long run(QueryMix.BenchQuery q) throws IOException;
    }

    private SearchSystems() {}

    static long cap(long total) {
        return Math.min(total, BriefingSearcher.EXACT_TOTAL_BOUND);
    }

    /** The engine's searcher over its index, as the CLI and HTTP server use it. */
    static final class Engine implements SearchSystem {
        private final LuceneIndex index;
        private final BriefingSearcher searcher;

        Engine(Path dir) throws IOException {
            this.index = LuceneIndex.open(dir);
            this.searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
        }

        @Override
        public String name() {
            return "engine";
        }

        @Override
        public long run(QueryMix.BenchQuery q) throws IOException {
            SearchResponse r = searcher.search(q.request());
            return cap(r.total());
        }

        @Override
        public void close() throws IOException {
            index.close();
        }
    }

    /** Bare Lucene over the baseline index. */
    static class Lucene implements SearchSystem {
        final DirectoryReader reader;
        final IndexSearcher searcher;

        Lucene(Path dir) throws IOException {
            this.reader = DirectoryReader.open(FSDirectory.open(dir));
            this.searcher = new IndexSearcher(reader);
        }

        @Override
        public String name() {
            return "lucene";
        }

        /** The query text and date range, without selections. */
        static Query base(QueryMix.BenchQuery q) {
            Query text = text(q);
            if (q.shape().from() == null) {
                return text;
            }
            return new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(
                            LongPoint.newRangeQuery(
                                    BareLucene.PUBLISHED,
                                    q.shape().from().toEpochDay(),
                                    q.shape().to().toEpochDay()),
                            BooleanClause.Occur.FILTER)
                    .build();
        }

        /** The query text, parsed. */
        static Query text(QueryMix.BenchQuery q) {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(
                    new String[] {BareLucene.TITLE, BareLucene.BODY},
                    BareLucene.analyzer(),
                    Map.of(BareLucene.TITLE, 3.0f, BareLucene.BODY, 1.0f));
            parser.setDefaultOperator(QueryParser.AND_OPERATOR);
            try {
                return parser.parse(q.shape().q());
            } catch (ParseException e) {
                throw new IllegalArgumentException(e);
            }
        }

        static Query yearFilter() {
            int y = QueryMix.SELECTED_YEAR;
            return LongPoint.newRangeQuery(
                    BareLucene.PUBLISHED,
                    java.time.LocalDate.of(y, 1, 1).toEpochDay(),
                    java.time.LocalDate.of(y, 12, 31).toEpochDay());
        }

        @Override
        public long run(QueryMix.BenchQuery q) throws IOException {
            Query query = base(q);
            if (q.selection() != QueryMix.Selection.NONE) {
                BooleanQuery.Builder b = new BooleanQuery.Builder()
                        .add(query, BooleanClause.Occur.MUST)
                        .add(
                                new TermQuery(new Term(BareLucene.COUNTRY, QueryMix.SELECTED_COUNTRY)),
                                BooleanClause.Occur.FILTER);
                if (q.selection() == QueryMix.Selection.TWO) {
                    b.add(yearFilter(), BooleanClause.Occur.FILTER);
                }
                query = b.build();
            }
            TopDocs top =
                    searcher.search(query, new TopScoreDocCollectorManager(PAGE, BriefingSearcher.EXACT_TOTAL_BOUND));
            readTitles(top);
            return cap(top.totalHits.value());
        }

        void readTitles(TopDocs top) throws IOException {
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                stored.document(sd.doc, Set.of(BareLucene.TITLE));
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** Bare Lucene with plain sorted-set doc-values facets. */
    static class LuceneFacets extends Lucene {
        private final SortedSetDocValuesReaderState state;

        LuceneFacets(Path dir) throws IOException {
            super(dir);
            this.state = new DefaultSortedSetDocValuesReaderState(reader, BareLucene.facets());
        }

        @Override
        public String name() {
            return "lucene+facets";
        }

        @Override
        public long run(QueryMix.BenchQuery q) throws IOException {
            TopDocs top = searchWithFacets(q);
            readTitles(top);
            showPage(q, top);
            return cap(top.totalHits.value());
        }

        /** What else the page of hits asks for; here nothing. */
        void showPage(QueryMix.BenchQuery q, TopDocs top) throws IOException {}

        /** The page of hits, with every facet counted and its values read as the engine lists them. */
        TopDocs searchWithFacets(QueryMix.BenchQuery q) throws IOException {
            Query base = base(q);
            TopDocs top;
            Facets facets;
            if (q.selection() == QueryMix.Selection.NONE) {
                FacetsCollectorManager.FacetsResult r =
                        FacetsCollectorManager.search(searcher, base, PAGE, new FacetsCollectorManager());
                top = r.topDocs();
                facets = new SortedSetDocValuesFacetCounts(state, r.facetsCollector());
            } else {
                DrillDownQuery drill = new DrillDownQuery(BareLucene.facets(), base);
                drill.add("country", QueryMix.SELECTED_COUNTRY);
                if (q.selection() == QueryMix.Selection.TWO) {
                    drill.add("year", String.valueOf(QueryMix.SELECTED_YEAR));
                }
                DrillSideways.DrillSidewaysResult r =
                        new DrillSideways(searcher, BareLucene.facets(), state).search(drill, PAGE);
                top = r.hits;
                facets = r.facets;
            }
            for (String dim : BareLucene.DIMS) {
                if (dim.equals("month")) {
                    facets.getAllChildren(dim);
                } else {
                    facets.getTopChildren(dim.equals("year") ? 1000 : 20, dim);
                }
            }
            return top;
        }
    }

    /** Lucene with the same facets and the page's highlighted snippets. */
    static final class LuceneSnippets extends LuceneFacets {
        private final UnifiedHighlighter highlighter;

        LuceneSnippets(Path dir) throws IOException {
            super(dir);
            this.highlighter = UnifiedHighlighter.builder(searcher, BareLucene.analyzer())
                    .withMaxLength(MAX_HIGHLIGHTED)
                    .build();
        }

        /** As the engine's longest highlighted body. */
        private static final int MAX_HIGHLIGHTED = 200_000;

        @Override
        public String name() {
            return "lucene+facets+snippets";
        }

        /** Two highlighted passages of each hit's body. */
        @Override
        void showPage(QueryMix.BenchQuery q, TopDocs top) throws IOException {
            if (top.scoreDocs.length > 0) {
                // the query text alone, as the engine marks it: the date range marks no word
                highlighter.highlight(BareLucene.BODY, text(q), top, 2);
            }
        }
    }
}
