package org.briefings.search;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.briefings.Briefing;
import org.briefings.index.FacetDimension;
import org.briefings.index.LuceneIndex;
import org.briefings.index.StoredHit;
import org.briefings.index.VectorStore;
import org.briefings.view.BriefingViews;

/**
 * Answers {@link SearchRequest}s over a {@link LuceneIndex}: parses the query, applies
 * filters as a {@link DrillDownQuery}, counts facets as {@link DrillSideways} does ({@link SidewaysSearch}: a selected
 * country's facet keeps the other countries' counts: values within a facet are ORed, facets
 * ANDed), sorts with a stable tie-break on the id, highlights snippets, and pages with a cursor.
 */
public final class BriefingSearcher {

    /** Counting hits stops being exact past this many (the total is then a lower bound). */
    public static final int EXACT_TOTAL_BOUND = 10_000;

    private final LuceneIndex index;
    private final CountryCodes countries;
    private final RequestPlanner planner;
    private final SpellingSuggester suggester;
    private final Snippets highlights = new Snippets();
    private final FacetRanges facetRanges = new FacetRanges();
    /** Null unless the engine runs semantic search ({@link #enableHybrid}). */
    private volatile HybridRanking hybrid;

    /** Why {@code mode=hybrid} is refused by an engine without semantic search. */
    public static final String HYBRID_OFF = "hybrid search needs semantic search, which is off on this server:"
            + " start it with --semantic (or BRIEFINGS_SEMANTIC=true), or search with mode=keyword";

    public BriefingSearcher(LuceneIndex index, CountryCodes countries) {
        this(index, countries, Ranking.DEFAULT);
    }

    /** With other ranking weights than the tuned ones (the evaluation compares them). */
    public BriefingSearcher(LuceneIndex index, CountryCodes countries, Ranking ranking) {
        this.index = index;
        this.countries = countries;
        this.planner = new RequestPlanner(countries, ranking);
        this.suggester = new SpellingSuggester(new TextQueries(ranking));
    }

    public CountryCodes countries() {
        return countries;
    }

    /**
     * Lets searches ask for {@code mode=hybrid}: keyword and vector rankings fused ({@link
     * HybridRanking}), the query embedded by {@code embedder}, the passages' vectors in {@code
     * vectors}.
     */
    public void enableHybrid(QueryEmbedder embedder, VectorStore vectors, Fusion fusion) {
        this.hybrid = new HybridRanking(embedder, vectors, fusion);
    }

    /** Fuses with other parameters from now on (the evaluation compares them); hybrid must be enabled. */
    public void fuseWith(Fusion fusion) {
        this.hybrid = hybrid.with(fusion);
    }

    /** Whether {@code mode=hybrid} can be asked for. */
    public boolean hybridEnabled() {
        return hybrid != null;
    }

    /** The fields a query may name ({@code title:}, {@code about:}, {@code published:}, ...). */
    public static List<String> queryFields() {
        return BriefingQueryParser.KNOWN_FIELDS;
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        long started = System.nanoTime();
        Map<FacetDimension, List<String>> filters = normaliseFilters(request.filters());

        IndexSearcher searcher = index.acquire();
        try {
            Matching matching = matching(searcher, request, filters);
            boolean relaxed = matching.relaxed();
            Query base = matching.base();
            DrillDownQuery drill = matching.drill();
            String mode = SearchMode.KEYWORD.json();
            if (request.mode() == SearchMode.HYBRID) {
                HybridRanking h = hybrid;
                if (h == null) {
                    throw new InvalidRequestException("mode", HYBRID_OFF);
                }
                if (h.applies(request)) {
                    Query dates = RequestPlanner.datesOnly(request);
                    Query filterOnly = filters.isEmpty() && dates == null
                            ? null
                            : drill(dates == null ? new MatchAllDocsQuery() : dates, filters);
                    drill = drill(h.fuse(searcher, base, drill, filterOnly, request.query()), filters);
                    mode = SearchMode.HYBRID.json();
                }
            }
            SortedSetDocValuesReaderState state = index.facetState(searcher);
            Sort sort = sortFor(request.sort());
            FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor(), request.sort());
            int size = request.size();
            TopFieldCollectorManager hitsManager =
                    new TopFieldCollectorManager(sort, Math.max(size, 1), after, EXACT_TOTAL_BOUND);
            // One pass over the matches collects the page of hits and the facet counts together.
            TopDocs top;
            Facets facets;
            if (state == null) {
                top = searcher.search(drill, hitsManager);
                facets = null;
            } else if (filters.isEmpty()) {
                Object[] both =
                        searcher.search(drill, new MultiCollectorManager(hitsManager, new FacetsCollectorManager()));
                top = (TopDocs) both[0];
                facets = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
            } else {
                String[] dims =
                        filters.keySet().stream().map(FacetDimension::dim).toArray(String[]::new);
                if (SidewaysSearch.applies(drill, dims, state, facetsConfig())) {
                    SidewaysSearch.Result result =
                            SidewaysSearch.search(searcher, drill, dims, state, facetRanges.of(state), hitsManager);
                    top = result.top();
                    facets = result.facets();
                } else {
                    DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = new LeanDrillSideways(
                                    searcher, facetsConfig(), state, facetRanges.of(state))
                            .search(drill, hitsManager);
                    top = result.collectorResult;
                    facets = result.facets;
                }
            }

            CopyFolding.Page folded = null;
            if (request.copies() == CopyMode.COLLAPSE) {
                folded = CopyFolding.collapse(searcher, drill, sort, top, size);
                top = new TopDocs(top.totalHits, folded.hits());
            }
            List<BriefingViews.Hit> hits = new ArrayList<>();
            int shown = Math.min(size, top.scoreDocs.length);
            // one reader of stored fields for the page: each new one allocates its own decompression buffers;
            // one visit per hit for its record and, when highlighted, its body
            StoredFields stored = searcher.storedFields();
            boolean highlighted = Snippets.highlights(base, top, size);
            StoredHit[] page = new StoredHit[shown];
            String[] bodies = new String[shown];
            for (int i = 0; i < shown; i++) {
                page[i] = StoredHit.read(stored, top.scoreDocs[i].doc, highlighted);
                bodies[i] = page[i].body();
            }
            String[] snippets = highlighted ? highlights.of(searcher, base, top, size, bodies) : null;
            String[] groups = CopyFolding.groups(searcher, top.scoreDocs, shown);
            int[] copies = CopyFolding.copies(searcher, groups);
            for (int i = 0; i < shown; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                Briefing b = page[i].briefing();
                String snippet = snippets != null && snippets[i] != null ? snippets[i] : Html.escape(b.summary());
                // with a sort, Lucene keeps the relevance score as the first sort value, not in sd.score
                Float score = request.sort() == SortOrder.RELEVANCE ? (Float) ((FieldDoc) sd).fields[0] : null;
                hits.add(BriefingViews.hit(b, snippet, score, countries::name, groups[i], copies[i]));
            }
            String next = null;
            if (size > 0 && top.scoreDocs.length >= size && (top.totalHits.value() > countBefore(request, size))) {
                FieldDoc last = (FieldDoc) top.scoreDocs[size - 1];
                next = Cursor.encode(last, request.sort());
            }
            if (folded != null) {
                next = folded.more() && folded.last() != null ? Cursor.encode(folded.last(), request.sort()) : null;
            }
            List<SearchResponse.Facet> facetList = facets(facets, state, filters, request.facetLimit());
            List<SearchResponse.Bucket> timeline = timeline(facets, state);
            // with DrillSideways, counted whether or not undated is itself a filter
            long undated = count(facets, state, FacetDimension.UNDATED, FLAG_SET);
            boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
            String suggestion = top.totalHits.value() == 0 ? suggester.suggest(searcher, request.query()) : null;
            long took = (System.nanoTime() - started) / 1_000_000;
            return new SearchResponse(
                    top.totalHits.value(),
                    exact,
                    took,
                    hits,
                    facetList,
                    timeline,
                    undated,
                    hits.size() < size ? null : next,
                    relaxed,
                    suggestion,
                    mode);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException(
                    "q",
                    "query expands to too many terms (limit " + IndexSearcher.getMaxClauseCount()
                            + "); make wildcards more specific",
                    e);
        } catch (TooComplexToDeterminizeException e) {
            throw new InvalidRequestException(
                    "q", "a wildcard or regular expression in the query is too complex; make it more specific", e);
        } finally {
            index.release(searcher);
        }
    }

    /**
     * What a request matches: {@code base} is the query text (strict, or relaxed when every word
     * together finds too little) with the dates, {@code drill} adds the filters. {@link #search},
     * {@link MatchScanner} and {@link BatchSearcher} all match through here, so an export or a
     * batch finds exactly what the same search finds.
     */
    record Matching(Query base, DrillDownQuery drill, boolean relaxed) {}

    Matching matching(IndexSearcher searcher, SearchRequest request) throws IOException {
        return matching(searcher, request, normaliseFilters(request.filters()));
    }

    private Matching matching(IndexSearcher searcher, SearchRequest request, Map<FacetDimension, List<String>> filters)
            throws IOException {
        RequestPlanner.Plan plan = planner.plan(request);
        // relax only when every word together finds too little, counted with the filters applied
        boolean relaxed = plan.relaxed() != null && searcher.count(drill(plan.strict(), filters)) < plan.relaxBelow();
        Query base = relaxed ? plan.relaxed() : plan.strict();
        return new Matching(base, drill(base, filters), relaxed);
    }

    LuceneIndex index() {
        return index;
    }

    /**
     * What selects a search's hits, as {@link #search} decides it: the strict form of the query with
     * the date range and filters, and for text typed as prose a relaxed form used when the strict one
     * finds fewer than the ranking's threshold. A watch matches a briefing with {@link
     * Selection#choose} on the index that has just made it searchable: what the same search run then
     * would return.
     *
     * @param strict     the query (text, dates, filters)
     * @param relaxed    the relaxed form, or null when the text is never relaxed
     * @param relaxBelow the strict form's count under which the search relaxes
     */
    public record Selection(Query strict, Query relaxed, int relaxBelow) {
        /** The form the search would run on this index now. */
        public Query choose(IndexSearcher searcher) throws IOException {
            return relaxed == null || searcher.count(strict) >= relaxBelow ? strict : relaxed;
        }
    }

    /**
     * The selection of a search (see {@link Selection}).
     *
     * @throws InvalidRequestException when the query or a filter is not valid
     */
    public Selection selection(SearchRequest request) {
        return planner.selection(request);
    }

    /** With a cursor we cannot know how many came before; a next page exists if this one is full. */
    private static long countBefore(SearchRequest request, int size) {
        return request.cursor() == null ? size : 0;
    }

    private static DrillDownQuery drill(Query base, Map<FacetDimension, List<String>> filters) {
        return RequestPlanner.drill(base, filters);
    }

    /** Validates filter dimensions and values: country names become codes, codes are lower case. */
    Map<FacetDimension, List<String>> normaliseFilters(Map<String, List<String>> filters) {
        return planner.normaliseFilters(filters);
    }

    static Sort sortFor(SortOrder order) {
        SortField id = IdTieBreak.on(ID);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case NEWEST -> new Sort(byPublished(true), id);
            case OLDEST -> new Sort(byPublished(false), id);
        };
    }

    /** Undated briefings last in either direction: they have no place among the dated ones. */
    private static SortField byPublished(boolean newestFirst) {
        SortField f = new SortField(PUBLISHED, SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return f;
    }

    private List<SearchResponse.Facet> facets(
            Facets facets, SortedSetDocValuesReaderState state, Map<FacetDimension, List<String>> filters, int limit)
            throws IOException {
        List<SearchResponse.Facet> out = new ArrayList<>();
        for (FacetDimension dim : FacetDimension.values()) {
            if (!dim.listed()) {
                continue; // shown as the timeline
            }
            boolean years = dim.kind() == FacetDimension.Kind.YEAR;
            List<String> selected = filters.getOrDefault(dim, List.of());
            List<SearchResponse.FacetValue> values = new ArrayList<>();
            FacetResult result = topChildren(facets, state, dim.dim(), years ? 1000 : limit);
            Set<String> seen = new HashSet<>();
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.add(new SearchResponse.FacetValue(
                            lv.label, label(dim, lv.label), lv.value.longValue(), selected.contains(lv.label)));
                    seen.add(lv.label);
                }
            }
            for (String s : selected) {
                if (!seen.contains(s)) {
                    // outside the top values shown: still its real count, never a misleading 0
                    values.add(new SearchResponse.FacetValue(s, label(dim, s), count(facets, state, dim, s), true));
                }
            }
            if (years) {
                values.sort(
                        Comparator.comparing(SearchResponse.FacetValue::value).reversed());
            }
            out.add(new SearchResponse.Facet(dim.dim(), values));
        }
        return out;
    }

    private static List<SearchResponse.Bucket> timeline(Facets facets, SortedSetDocValuesReaderState state)
            throws IOException {
        FacetResult result = topChildren(facets, state, FacetDimension.MONTH.dim(), Integer.MAX_VALUE);
        List<SearchResponse.Bucket> out = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.add(new SearchResponse.Bucket(lv.label, lv.value.longValue()));
            }
        }
        out.sort(Comparator.comparing(SearchResponse.Bucket::month));
        return out;
    }

    /** The count of one value of a dimension; 0 when no briefing has it. */
    private static long count(Facets facets, SortedSetDocValuesReaderState state, FacetDimension dim, String value)
            throws IOException {
        if (facets == null || state == null || state.getOrdRange(dim.dim()) == null) {
            return 0;
        }
        try {
            Number n = facets.getSpecificValue(dim.dim(), value);
            return n == null ? 0 : Math.max(0, n.longValue());
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }

    /** Top values of a dimension, or null when the index has no value for it yet. */
    static FacetResult topChildren(Facets facets, SortedSetDocValuesReaderState state, String dim, int limit)
            throws IOException {
        if (facets == null || state == null || state.getOrdRange(dim) == null) {
            return null;
        }
        try {
            return limit == Integer.MAX_VALUE ? facets.getAllChildren(dim) : facets.getTopChildren(limit, dim);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String label(FacetDimension dim, String value) {
        return dim.kind() == FacetDimension.Kind.COUNTRY ? countries.name(value) : value;
    }
}
