package org.briefings.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingSchema;
import org.briefings.index.LuceneIndex;

/**
 * Many queries under the same filters, each answered with its total and its first few hits: a
 * list of names run at once. A query's total is counted exactly as {@link BriefingSearcher#search}
 * counts it (the same matches, exact up to {@link BriefingSearcher#EXACT_TOTAL_BOUND}), but
 * without facets, highlights or a timeline, which a batch does not show and which cost most of a
 * search. One searcher is held for the whole batch, so every query sees the same index.
 *
 * <p>A query that cannot run (a syntax error, an unknown field) is reported for its position and
 * the others go on; filters that cannot run fail the whole batch before the first query.
 */
public final class BatchSearcher {

    /** Most hits listed per query. */
    public static final int MAX_TOP = 20;

    /** The first hits of a query: enough to recognise them. */
    public record TopHit(String id, String title) {}

    /** One query's answer. */
    public record Answer(long total, boolean totalExact, List<TopHit> top) {}

    /** Receives each query's answer or failure, in the order of the queries. */
    public interface Sink {
        void answer(int position, Answer answer) throws IOException;

        void failed(int position, InvalidRequestException error) throws IOException;
    }

    private static final Set<String> RECORD_ONLY = Set.of(BriefingSchema.SOURCE);

    private final BriefingSearcher searcher;

    public BatchSearcher(BriefingSearcher searcher) {
        this.searcher = searcher;
    }

    /**
     * Runs every query with the filters, dates and sort of {@code template} (its query, size and
     * cursor are ignored), listing {@code top} hits of each.
     *
     * @throws InvalidRequestException when the template's filters are not valid (before any answer)
     */
    public void run(SearchRequest template, List<String> queries, int top, Sink sink) throws IOException {
        if (top < 0 || top > MAX_TOP) {
            throw new InvalidRequestException("top", "top must be between 0 and " + MAX_TOP + ", not " + top);
        }
        Sort sort = BriefingSearcher.sortFor(template.sort());
        LuceneIndex index = searcher.index();
        IndexSearcher s = index.acquire();
        try {
            searcher.matching(s, withQuery(template, "")); // the filters, checked once for all
            StoredFields stored = s.storedFields();
            for (int i = 0; i < queries.size(); i++) {
                Answer answer;
                try {
                    Query query = searcher.matching(s, withQuery(template, queries.get(i)))
                            .drill();
                    TopFieldDocs docs = s.search(
                            query,
                            new TopFieldCollectorManager(
                                    sort, Math.max(top, 1), null, BriefingSearcher.EXACT_TOTAL_BOUND));
                    List<TopHit> hits = new ArrayList<>();
                    for (int k = 0; k < Math.min(top, docs.scoreDocs.length); k++) {
                        ScoreDoc sd = docs.scoreDocs[k];
                        Briefing b = BriefingDocuments.fromDocument(stored.document(sd.doc, RECORD_ONLY));
                        hits.add(new TopHit(b.id(), b.title()));
                    }
                    answer = new Answer(
                            docs.totalHits.value(), docs.totalHits.relation() == TotalHits.Relation.EQUAL_TO, hits);
                } catch (InvalidRequestException e) {
                    sink.failed(i, e);
                    continue;
                } catch (IndexSearcher.TooManyClauses e) {
                    sink.failed(i, new InvalidRequestException("q", "query expands to too many terms", e));
                    continue;
                } catch (TooComplexToDeterminizeException e) {
                    sink.failed(i, new InvalidRequestException("q", "a wildcard in the query is too complex", e));
                    continue;
                }
                sink.answer(i, answer);
            }
        } finally {
            index.release(s);
        }
    }

    private static SearchRequest withQuery(SearchRequest t, String query) {
        return new SearchRequest(
                query, t.filters(), t.from(), t.to(), t.sort(), 0, null, 1, t.copies(), SearchMode.KEYWORD);
    }
}
