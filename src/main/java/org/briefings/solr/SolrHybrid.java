package org.briefings.solr;

import static org.briefings.index.BriefingSchema.ID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.search.Fusion;
import org.briefings.search.QueryEmbedder;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchRequest;

/**
 * Hybrid search on SolrCloud, fused by the same {@link Fusion} as on the embedded index ({@code
 * search.HybridRanking}): the keyword ranking's top and the {@code {!knn}} ranking's top ({@link
 * SolrVectors#nearest}), both under the request's filters and dates, fused by reciprocal rank in the
 * engine; then one Solr query whose score is the embedded index's: {@code 1 + fused score} for a
 * briefing in either top (a constant per id), else its keyword score squeezed below 1 ({@code s / (s
 * + 1)}), over the keyword hits plus the vector hits. Filters, facets, totals, cursors, snippets (of
 * the keyword query) and copies then apply to it as to a keyword search.
 */
final class SolrHybrid {

    private final SolrRequests solr;
    private final SolrQueries queries;
    private final QueryEmbedder embedder;
    private final SolrVectors vectors;
    private final Fusion fusion;

    SolrHybrid(SolrRequests solr, SolrQueries queries, QueryEmbedder embedder, SolrVectors vectors, Fusion fusion) {
        this.solr = solr;
        this.queries = queries;
        this.embedder = embedder;
        this.vectors = vectors;
        this.fusion = fusion;
    }

    boolean applies(SearchRequest request) {
        return fusion.applies(request);
    }

    /**
     * Turns a keyword search's parameters ({@code q}, its sub-queries and the tagged filter queries)
     * into the fused search's.
     */
    void fuse(ModifiableSolrParams p, SearchRequest request) throws IOException {
        List<String> keywordIds = keywordIds(p);
        ModifiableSolrParams filters = new ModifiableSolrParams(p);
        filters.remove("q");
        Query dates = RequestPlanner.datesOnly(request);
        if (dates != null) {
            filters.add("fq", queries.render(dates, filters, "d"));
        }
        List<String> near =
                vectors.nearest(embedder.embed(request.query()), fusion.depth(), fusion.minSimilarity(), filters);
        Map<String, Double> fused = fusion.scores(keywordIds, near);

        p.set("kw", p.get("q"));
        p.set("fz", constantPerId(fused));
        p.set("q", "{!func}if(query($fz,0),query($fz,0),div(query($kw,0),sum(query($kw,0),1)))");
        p.add("fq", "{!bool should=$kw should=$fz}"); // untagged: every facet counts within the union
        p.set("hl.q", "{!bool must=$kw}"); // snippets show the words, as on the embedded index
    }

    private List<String> keywordIds(ModifiableSolrParams keyword) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams(keyword);
        p.set("rows", fusion.depth());
        p.set("fl", ID);
        p.set("sort", SolrSearch.sort(org.briefings.search.SortOrder.RELEVANCE));
        List<String> ids = new ArrayList<>();
        for (SolrDocument d : solr.query(p).getResults()) {
            ids.add(String.valueOf(d.getFieldValue(ID)));
        }
        return ids;
    }

    /** Each fused briefing scored {@code 1 + its fused score}, a constant ({@code ^=}); none: nothing. */
    static String constantPerId(Map<String, Double> fused) {
        if (fused.isEmpty()) {
            return "{!lucene}-*:*";
        }
        StringBuilder s = new StringBuilder("{!lucene q.op=OR}");
        for (Map.Entry<String, Double> e : fused.entrySet()) {
            s.append(ID)
                    .append(":\"")
                    .append(e.getKey().replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"^=")
                    .append(Float.toString((float) (1 + e.getValue()))) // the score the embedded index gives it
                    .append(' ');
        }
        return s.toString().strip();
    }
}
