package org.briefings.search;

import static org.briefings.index.BriefingSchema.BODY;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.briefings.index.BriefingSchema;

/**
 * The highlighted body snippets of a page of hits. One {@link UnifiedHighlighter} serves every
 * search on the same searcher (it is thread-safe): a highlighter built per request merged the
 * index's field infos again on each search to learn that the body carries offsets, a few
 * percent of a search at 100k briefings (issue 16). A new searcher (after a refresh) gets a new
 * highlighter.
 */
final class Snippets {

    private record Bound(IndexSearcher searcher, UnifiedHighlighter highlighter) {}

    private volatile Bound bound;

    /** Two passages of each of the first {@code size} hits' bodies, or null when nothing is to be highlighted. */
    String[] of(IndexSearcher searcher, Query query, TopDocs top, int size) throws IOException {
        if (size == 0 || top.scoreDocs.length == 0 || query instanceof MatchAllDocsQuery) {
            return null;
        }
        ScoreDoc[] page = top.scoreDocs.length > size ? Arrays.copyOf(top.scoreDocs, size) : top.scoreDocs;
        return highlighter(searcher).highlight(BODY, query, new TopDocs(top.totalHits, page), 2);
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        Bound b = bound;
        if (b == null || b.searcher() != searcher) {
            b = new Bound(searcher, build(searcher));
            bound = b;
        }
        return b.highlighter();
    }

    private static UnifiedHighlighter build(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, BriefingSchema.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(200_000)
                .withScorer(new LeanPassageScorer())
                .build();
    }
}
