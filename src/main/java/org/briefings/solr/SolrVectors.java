package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.index.PassageVectors;
import org.briefings.semantic.Passages;

/**
 * The passage vectors of semantic search in the collection itself: each briefing's document holds
 * one dense vector field per passage ({@code passage_vector_0} ... , see {@link SolrConfigset}) and
 * their count, written in the background by a re-add of the document ({@link SolrWrites#addVectors})
 * and searched with {@code {!knn}}. A briefing's vectors go with its document: a delete or a
 * replaced file takes them along, so nothing is ever swept; a briefing without them yet is found
 * by keywords.
 */
final class SolrVectors implements PassageVectors {

    private static final String HAS_VECTORS = "{!lucene}" + PASSAGE_COUNT + ":[1 TO *]";
    private static final int PAGE = 5_000;

    private final SolrRequests solr;
    private final SolrWrites writes;

    SolrVectors(SolrRequests solr, SolrWrites writes) {
        this.solr = solr;
        this.writes = writes;
    }

    /**
     * The briefings nearest {@code vector} by their best passage, nearest first: at most {@code
     * depth} with a cosine of at least {@code minCosine}, among those the filter queries of {@code
     * filters} select (Solr applies a main query's {@code fq} as the knn search's pre-filter). One
     * {@code {!knn}} search per passage field, each for {@code depth} briefings: a briefing among the
     * {@code depth} nearest by its best passage is among the {@code depth} nearest in that passage's
     * field, so the merged list is exact (as far as the HNSW graphs are).
     */
    List<String> nearest(float[] vector, int depth, double minCosine, ModifiableSolrParams filters) throws IOException {
        String target = vectorText(vector);
        Map<String, Double> best = new HashMap<>();
        for (int i = 0; i < Passages.MAX_PASSAGES; i++) {
            ModifiableSolrParams p = new ModifiableSolrParams(filters);
            p.set("q", "{!knn f=" + PASSAGE_VECTOR + i + " topK=" + depth + "}" + target);
            p.set("rows", depth);
            p.set("fl", ID + ",score");
            for (SolrDocument d : solr.query(p).getResults()) {
                // Solr scores a cosine c as (1 + c) / 2, as Lucene does
                double cosine = 2 * ((Number) d.getFieldValue("score")).doubleValue() - 1;
                if (cosine >= minCosine) {
                    best.merge(String.valueOf(d.getFieldValue(ID)), cosine, Math::max);
                }
            }
        }
        List<Map.Entry<String, Double>> order = new ArrayList<>(best.entrySet());
        order.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return order.stream().limit(depth).map(Map.Entry::getKey).toList();
    }

    private static String vectorText(float[] vector) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            s.append(i == 0 ? "" : ",").append(vector[i]);
        }
        return s.append(']').toString();
    }

    @Override
    public boolean has(String id) throws IOException {
        SolrDocument d = solr.first(SolrRequests.term(ID, id), PASSAGE_COUNT);
        return d != null && d.getFieldValue(PASSAGE_COUNT) instanceof Number n && n.longValue() > 0;
    }

    @Override
    public boolean put(String id, List<float[]> vectors) throws IOException {
        return writes.addVectors(id, vectors);
    }

    /** Nothing to delete (vectors go with their documents); hands over the briefings without vectors. */
    @Override
    public int sweep(Consumer<String> missing) throws IOException {
        writes.refresh();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "{!lucene}*:* -" + PASSAGE_COUNT + ":[1 TO *]");
        p.set("fl", ID);
        solr.walk(p, PAGE, d -> missing.accept(String.valueOf(d.getFieldValue(ID))));
        return 0;
    }

    /** A soft commit, as after an upload. */
    @Override
    public void refresh() throws IOException {
        writes.refresh();
    }

    /** Nothing: Solr's update log made each re-add durable when it was acknowledged. */
    @Override
    public void commit() {}

    @Override
    public long briefings() throws IOException {
        return solr.numFound(HAS_VECTORS);
    }

    @Override
    public long passages() throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", HAS_VECTORS);
        p.set("rows", 0);
        p.set("json.facet", "{\"passages\":\"sum(" + PASSAGE_COUNT + ")\"}");
        Object sum = SolrSearch.map(solr.query(p).getResponse().get("facets")).get("passages");
        return sum instanceof Number n ? n.longValue() : 0;
    }

    @Override
    public Map<String, Object> location() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(
                "store",
                "collection " + solr.collection() + " (" + PASSAGE_VECTOR + "0.." + (Passages.MAX_PASSAGES - 1)
                        + ", {!knn})");
        return m;
    }

    @Override
    public void close() {}
}
