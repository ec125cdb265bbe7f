package org.briefings.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.briefings.Briefing;

/**
 * Applies a new set of curation rules to the briefings already indexed, from their stored records:
 * finds the briefings that have one of the changed tagged values (a term query on the tagged
 * keyword fields), rebuilds each from its stored fields with the new rules, and rewrites only those
 * whose curated values differ. No file is read and nothing is extracted again.
 */
final class Recuration {

    private Recuration() {}

    /**
     * @param changed        tagged values whose meaning under the rules changed, by dimension
     * @param recheckCurated also recheck every briefing a rule changed before (when the rules are
     *                       loaded at start and the index may have been curated by other rules)
     * @return how many briefings were rewritten
     */
    static int run(
            IndexWriter writer,
            SearcherManager searchers,
            FacetCuration next,
            Map<FacetDimension, Set<String>> changed,
            boolean recheckCurated)
            throws IOException {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Map.Entry<FacetDimension, Set<String>> e : changed.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            List<BytesRef> terms = e.getValue().stream().map(BytesRef::new).toList();
            any.add(new TermInSetQuery(BriefingSchema.taggedField(e.getKey()), terms), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (recheckCurated) {
            any.add(new TermQuery(new Term(BriefingSchema.CURATED, "1")), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        if (clauses == 0) {
            return 0;
        }
        searchers.maybeRefreshBlocking();
        int rewritten = 0;
        IndexSearcher searcher = searchers.acquire();
        try {
            int max = Math.max(1, searcher.getIndexReader().maxDoc());
            ScoreDoc[] hits = searcher.search(new ConstantScoreQuery(any.build()), max).scoreDocs;
            StoredFields stored = searcher.storedFields();
            List<ScoreDoc> inOrder = new ArrayList<>(List.of(hits));
            inOrder.sort((a, b) -> Integer.compare(a.doc, b.doc));
            for (ScoreDoc sd : inOrder) {
                Document d = stored.document(sd.doc);
                Briefing tagged = BriefingDocuments.taggedFromDocument(d);
                Briefing now = BriefingDocuments.fromDocument(d);
                Briefing wanted = next.apply(tagged);
                if (sameEntities(now, wanted) && (wanted == tagged) == (d.get(BriefingSchema.TAGGED) == null)) {
                    continue;
                }
                writer.updateDocument(
                        new Term(BriefingSchema.ID, tagged.id()),
                        BriefingDocuments.toDocument(
                                tagged,
                                BriefingDocuments.fileInfo(d),
                                next,
                                BriefingDocuments.CopyState.kept(d.get(BriefingSchema.COPY_GROUP), tagged.id())));
                rewritten++;
            }
        } finally {
            searchers.release(searcher);
        }
        searchers.maybeRefreshBlocking();
        return rewritten;
    }

    private static boolean sameEntities(Briefing a, Briefing b) {
        return Objects.equals(a.countries(), b.countries())
                && Objects.equals(a.people(), b.people())
                && Objects.equals(a.organisations(), b.organisations());
    }
}
