package org.briefings.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingSchema;
import org.briefings.index.LuceneIndex;
import org.briefings.view.BriefingViews;

/**
 * Every briefing a search matches, in the search's order, handed over one at a time: what an
 * export reads. There is no cap (a search's total stops being exact at 10,000; this does not) and
 * memory stays constant however many match: the matches are walked a page of {@link #PAGE} at a
 * time with {@code searchAfter} on the search's own sort (which ends with the id, so pages neither
 * repeat nor skip), and each briefing is loaded, handed over and dropped before the next. One
 * searcher is held for the whole walk, so the export is of one point in time even while uploads
 * arrive.
 *
 * <p>Each page walks the matches again (a page costs a search); with pages of 2,000 a million
 * matches cost 500 searches, seconds next to writing a million rows.
 */
public final class MatchScanner {

    /** Matches per page: ScoreDocs only (a few dozen bytes each), briefings are loaded one at a time. */
    static final int PAGE = 2_000;

    /** Takes each match; may throw to stop the walk (a client that hung up). */
    @FunctionalInterface
    public interface Visitor {
        /**
         * Takes one match.
         *
         * @param hit the briefing as a search hit without a snippet ({@code score} only for relevance order)
         */
        void accept(BriefingViews.Hit hit) throws IOException;
    }

    private static final Set<String> RECORD_ONLY = Set.of(BriefingSchema.SOURCE);

    private final BriefingSearcher searcher;
    private final int pageSize;

    public MatchScanner(BriefingSearcher searcher) {
        this(searcher, PAGE);
    }

    /** With a page size of one's own, so tests can make a small index walk many pages. */
    MatchScanner(BriefingSearcher searcher, int pageSize) {
        this.searcher = searcher;
        this.pageSize = pageSize;
    }

    /**
     * Hands every match of {@code request} (its query, filters, dates and sort; size, cursor and
     * facet limit are ignored) to {@code visitor}, in order.
     *
     * @return how many were handed over
     * @throws InvalidRequestException before the first match, when the request is not valid
     */
    public long scan(SearchRequest request, Visitor visitor) throws IOException {
        Sort sort = BriefingSearcher.sortFor(request.sort());
        boolean scored = request.sort() == SortOrder.RELEVANCE;
        LuceneIndex index = searcher.index();
        IndexSearcher s = index.acquire();
        try {
            Query query = searcher.matching(s, request).drill();
            StoredFields stored = s.storedFields();
            FieldDoc after = null;
            long count = 0;
            while (true) {
                // totals are not needed: a threshold of one lets Lucene skip what cannot make the page
                TopFieldDocs page = s.search(query, new TopFieldCollectorManager(sort, pageSize, after, 1));
                for (ScoreDoc sd : page.scoreDocs) {
                    // the stored record only: the body (the largest stored field) is not exported
                    Briefing b = BriefingDocuments.fromDocument(stored.document(sd.doc, RECORD_ONLY));
                    Float score = scored ? (Float) ((FieldDoc) sd).fields[0] : null;
                    visitor.accept(BriefingViews.hit(b, null, score, searcher.countries()::name));
                    count++;
                }
                if (page.scoreDocs.length < pageSize) {
                    return count;
                }
                after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("q", "query expands to too many terms; make wildcards more specific", e);
        } finally {
            index.release(s);
        }
    }
}
