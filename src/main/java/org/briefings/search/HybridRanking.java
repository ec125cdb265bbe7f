package org.briefings.search;

import static org.briefings.index.BriefingSchema.ID;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.briefings.index.VectorStore;

/**
 * Hybrid ranking: the keyword ranking and a vector ranking (the briefings whose best passage is
 * nearest the query's meaning, from the {@link VectorStore} beside the index) fused by reciprocal
 * rank ({@link Fusion}). The result is one query over the briefings' index, so the searcher's
 * filters, facets, totals, cursor and highlighting apply to it unchanged.
 *
 * <p>The hit set is the keyword hits plus the vector hits, both under the same filters and dates:
 * the vector search only considers briefings that pass them, and the union is itself filtered
 * again, so a briefing deleted since its vectors were written never appears. Fused briefings score
 * above 1 (in fused order), the other keyword matches below 1 (in keyword order).
 */
final class HybridRanking {

    private final QueryEmbedder embedder;
    private final VectorStore vectors;
    private final Fusion fusion;

    HybridRanking(QueryEmbedder embedder, VectorStore vectors, Fusion fusion) {
        this.embedder = embedder;
        this.vectors = vectors;
        this.fusion = fusion;
    }

    HybridRanking with(Fusion other) {
        return new HybridRanking(embedder, vectors, other);
    }

    /** Whether this request is fused ({@link Fusion#applies}). */
    boolean applies(SearchRequest request) {
        return fusion.applies(request);
    }

    /**
     * The fused query.
     *
     * @param keyword  the keyword query with the dates, as keyword search runs it
     * @param filtered {@code keyword} with the filters: ranks the keyword side
     * @param filter   the filters and dates alone, or null when there are none
     * @param text     the query as typed, which is embedded
     */
    Query fuse(IndexSearcher searcher, Query keyword, Query filtered, Query filter, String text) throws IOException {
        List<String> keywordIds = ids(searcher, searcher.search(filtered, fusion.depth()));
        List<String> allowed = filter == null ? null : idsMatching(searcher, filter);
        List<VectorStore.Near> near =
                vectors.nearest(embedder.embed(text), fusion.depth(), fusion.minSimilarity(), allowed);
        List<String> vectorIds = near.stream().map(VectorStore.Near::id).toList();
        Map<String, Double> fused = fusion.scores(keywordIds, vectorIds);
        List<BytesRef> nearIds = vectorIds.stream().map(BytesRef::new).toList();
        BooleanQuery.Builder union = new BooleanQuery.Builder();
        union.add(keyword, BooleanClause.Occur.SHOULD);
        if (!nearIds.isEmpty()) {
            union.add(new TermInSetQuery(ID, nearIds), BooleanClause.Occur.SHOULD);
        }
        return new FunctionScoreQuery(union.build(), new FusedScores(fused));
    }

    private static List<String> ids(IndexSearcher searcher, TopDocs top) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            ids.add(searcher.storedFields().document(sd.doc, Set.of(ID)).get(ID));
        }
        return ids;
    }

    /** The ids of every briefing {@code filter} matches, read from doc values. */
    private static List<String> idsMatching(IndexSearcher searcher, Query filter) throws IOException {
        List<String> out = new ArrayList<>();
        Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
            Bits live = leaf.reader().getLiveDocs(); // a scorer does not skip deleted documents
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                    out.add(ids.lookupOrd(ids.ordValue()).utf8ToString());
                }
            }
        }
        return out;
    }
}
