package org.briefings.search;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingSchema;
import org.briefings.index.LuceneIndex;
import org.briefings.view.BriefingViews;

/**
 * Briefings like a given one: Lucene's {@link MoreLikeThis} picks the briefing's most telling terms
 * (by tf-idf) from its title, summary and body, re-analysing the stored text (the index keeps no
 * term vectors), and every about-country the two briefings share adds a fixed share of the best
 * text score, so that of two equally worded briefings the one about the same country comes first.
 * The briefing itself and its copies are left out: they are listed as copies.
 */
public final class SimilarBriefings {

    public static final int DEFAULT_SIZE = 5;
    public static final int MAX_SIZE = 50;

    /** What one shared about-country adds, as a share of the best text match's score. */
    public static final float COUNTRY_WEIGHT = 0.15f;

    private final LuceneIndex index;
    private final CountryCodes countries;

    public SimilarBriefings(LuceneIndex index, CountryCodes countries) {
        this.index = index;
        this.countries = countries;
    }

    /** Up to {@code size} briefings like the one with this id, most similar first; empty if it is unknown. */
    public List<BriefingViews.Related> similar(String id, int size) throws IOException {
        IndexSearcher searcher = index.acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int doc = self.scoreDocs[0].doc;
            Document stored = searcher.storedFields().document(doc);
            Briefing b = BriefingDocuments.fromDocument(stored);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(BriefingSchema.analyzer());
            mlt.setFieldNames(new String[] {TITLE, SUMMARY, BODY});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(40);
            Query like = mlt.like(doc);
            String group = stored.get(COPY_GROUP) == null ? id : stored.get(COPY_GROUP);
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.MUST_NOT)
                    .add(new TermQuery(new Term(COPY_GROUP, group)), BooleanClause.Occur.MUST_NOT);
            TopDocs textOnly = searcher.search(q.build(), 1);
            float best = textOnly.scoreDocs.length == 0 ? 0 : textOnly.scoreDocs[0].score;
            for (String code : Set.copyOf(
                    b.aboutCountries().stream().map(CountryMention::code).toList())) {
                Query shared = new ConstantScoreQuery(new TermQuery(new Term(ABOUT, code)));
                q.add(new BoostQuery(shared, Math.max(best * COUNTRY_WEIGHT, 1e-6f)), BooleanClause.Occur.SHOULD);
            }
            List<BriefingViews.Related> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), size).scoreDocs) {
                Briefing other =
                        BriefingDocuments.fromDocument(searcher.storedFields().document(sd.doc));
                out.add(BriefingViews.related(other, sd.score, countries::name));
            }
            return out;
        } finally {
            index.release(searcher);
        }
    }
}
