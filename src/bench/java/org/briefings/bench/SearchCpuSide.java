package org.briefings.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.briefings.Json;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.LuceneIndex;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CopyMode;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.search.SortOrder;

/**
 * One build's side of a {@link SearchCpu} run, loaded in that build's own class loader: the engine
 * over its copy of the index (or Lucene with the same facets), running the mix and answering it.
 * Public, and spoken to by reflection, because the driver does not share its classes.
 */
public final class SearchCpuSide {

    /**
     * System property: when true, no side uses Lucene's query cache. The mix repeats its queries, so
     * a filter clause the cache keeps can make a side look cheaper than a stream of new queries would.
     */
    public static final String NO_QUERY_CACHE = "searchcpu.noQueryCache";

    private final List<QueryMix.BenchQuery> mix = QueryMix.all();
    private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final boolean json;
    private final SearchSystems.SearchSystem luceneFacets;
    private final LuceneIndex index;
    private final BriefingSearcher searcher;

    /** The engine over {@code dir}, its answers also written as JSON when {@code json}; or Lucene with facets. */
    public SearchCpuSide(String dir, boolean json, boolean isLuceneFacets) throws Exception {
        this.json = json;
        if (Boolean.getBoolean(NO_QUERY_CACHE)) {
            // in this side's own class loader: its searchers are made after this, without Lucene's query cache
            IndexSearcher.setDefaultQueryCache(null);
        }
        if (isLuceneFacets) {
            luceneFacets = new SearchSystems.LuceneFacets(Path.of(dir));
            index = null;
            searcher = null;
        } else {
            luceneFacets = null;
            index = LuceneIndex.open(Path.of(dir));
            searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
        }
    }

    private long run(QueryMix.BenchQuery q) throws Exception {
        if (luceneFacets != null) {
            return luceneFacets.run(q);
        }
        SearchResponse r = searcher.search(q.request());
        if (json) {
            Json.MAPPER.writeValueAsBytes(r);
        }
        return SearchSystems.cap(r.total());
    }

    /** Runs the mix once: this thread's CPU ns, bytes allocated, wall ns, and the total hits. */
    public long[] runMix() throws Exception {
        long thread = Thread.currentThread().threadId();
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = threads.getThreadAllocatedBytes(thread);
        long wall = System.nanoTime();
        long total = 0;
        for (QueryMix.BenchQuery q : mix) {
            total += run(q);
        }
        return new long[] {
            threads.getCurrentThreadCpuTime() - cpu,
            threads.getThreadAllocatedBytes(thread) - bytes,
            System.nanoTime() - wall,
            total
        };
    }

    /**
     * The engine's answers as JSON, the time taken set to 0: the mix, and for each query its second
     * page, newest first with copies collapsed (25 hits, 3 facet values) and oldest first (5 hits).
     * Empty for Lucene with facets.
     */
    public List<String> answers() throws Exception {
        List<String> out = new ArrayList<>();
        if (searcher == null) {
            return out;
        }
        for (QueryMix.BenchQuery q : mix) {
            SearchRequest r = q.request();
            SearchResponse first = searcher.search(r);
            out.add(json(first));
            if (first.nextCursor() != null) {
                out.add(json(searcher.search(
                        variant(r, r.sort(), r.size(), first.nextCursor(), r.facetLimit(), r.copies()))));
            }
            out.add(json(searcher.search(variant(r, SortOrder.NEWEST, 25, null, 3, CopyMode.COLLAPSE))));
            out.add(json(searcher.search(variant(r, SortOrder.OLDEST, 5, null, 3, CopyMode.SHOW))));
        }
        return out;
    }

    private static SearchRequest variant(
            SearchRequest r, SortOrder sort, int size, String cursor, int facetLimit, CopyMode copies) {
        return new SearchRequest(
                r.query(), r.filters(), r.from(), r.to(), sort, size, cursor, facetLimit, copies, r.mode());
    }

    private static String json(SearchResponse r) throws Exception {
        return Json.MAPPER.writeValueAsString(r).replaceFirst("\"tookMs\":\\d+", "\"tookMs\":0");
    }
}
