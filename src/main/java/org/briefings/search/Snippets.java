package org.briefings.search;

import static org.briefings.index.BriefingSchema.BODY;
import static org.briefings.index.BriefingSchema.COPY_ROLE;
import static org.briefings.index.BriefingSchema.PUBLISHED;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.briefings.index.BriefingSchema;

/**
 * The highlighted body snippets of a page of hits (issue 16 made them cheaper three ways; the
 * snippets are the same):
 *
 * <ul>
 *   <li>The index's field infos are merged once per searcher, not per search: a highlighter built
 *       afresh merged them again to learn that the body carries offsets, a few percent of a search
 *       at 100k briefings. A new searcher (after a refresh) merges them again.
 *   <li>The bodies come from the caller, who reads them with the hits' records in one visit of
 *       each hit's stored fields ({@link org.briefings.index.StoredHit}), not in a second one.
 *   <li>The date range and the hiding of copies are left out of the query the highlighter matches
 *       each hit against: every hit is within them, they mark no word of the body, and a date
 *       range walked the whole points tree again for each of the ten hits.
 * </ul>
 */
final class Snippets {

    /** Longest body the highlighter looks at, in characters. */
    private static final int MAX_LENGTH = 200_000;

    /** What every page's highlighter on one searcher shares: its settings and the merged field infos. */
    private record Bound(IndexSearcher searcher, UnifiedHighlighter.Builder settings, FieldInfos fieldInfos) {}

    private volatile Bound bound;

    /** Whether a page shows highlighted snippets: a page with hits of a query that names something to mark. */
    static boolean highlights(Query query, TopDocs top, int size) {
        return size > 0 && top.scoreDocs.length > 0 && !(query instanceof MatchAllDocsQuery);
    }

    /**
     * Two passages of each of the first {@code size} hits' bodies, or null when nothing is to be
     * highlighted ({@link #highlights}).
     *
     * @param bodies the body of each hit of the page, in page order (null where a hit has none)
     */
    String[] of(IndexSearcher searcher, Query query, TopDocs top, int size, String[] bodies) throws IOException {
        if (!highlights(query, top, size)) {
            return null;
        }
        ScoreDoc[] page = top.scoreDocs.length > size ? Arrays.copyOf(top.scoreDocs, size) : top.scoreDocs;
        Map<Integer, String> byDoc = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            byDoc.put(page[i].doc, bodies[i]);
        }
        Bound b = bound(searcher);
        PageHighlighter highlighter = new PageHighlighter(b.settings(), b.fieldInfos(), byDoc);
        return highlighter.highlight(BODY, forHighlighting(query), new TopDocs(top.totalHits, page), 2);
    }

    private Bound bound(IndexSearcher searcher) {
        Bound b = bound;
        if (b == null || b.searcher() != searcher) {
            b = new Bound(searcher, builder(searcher), FieldInfos.getMergedFieldInfos(searcher.getIndexReader()));
            bound = b;
        }
        return b;
    }

    private static UnifiedHighlighter.Builder builder(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, BriefingSchema.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(MAX_LENGTH)
                .withScorer(new LeanPassageScorer());
    }

    /**
     * The query without the filters the planner adds around the text (a date range, hiding copies):
     * a required text clause with only such filters beside it stands for the whole. A text that is
     * itself "everything" keeps its filters: highlighting everything is no highlighting, which
     * shows a different snippet.
     */
    static Query forHighlighting(Query query) {
        if (!(query instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() != 0) {
            return query;
        }
        List<Query> required = new ArrayList<>();
        for (BooleanClause c : bq.clauses()) {
            if (c.occur() == BooleanClause.Occur.MUST) {
                required.add(c.query());
            } else if (c.occur() != BooleanClause.Occur.FILTER || !plannersFilter(c.query())) {
                return query;
            }
        }
        if (required.size() != 1 || required.get(0) instanceof MatchAllDocsQuery) {
            return query;
        }
        return forHighlighting(required.get(0));
    }

    private static boolean plannersFilter(Query q) {
        return (q instanceof PointRangeQuery range && range.getField().equals(PUBLISHED))
                || (q instanceof TermQuery term && term.getTerm().field().equals(COPY_ROLE));
    }

    /**
     * A highlighter for one page: it takes the bodies it was given instead of reading them, and the
     * field infos merged for the searcher instead of merging them.
     */
    private static final class PageHighlighter extends UnifiedHighlighter {
        private final Map<Integer, String> bodies;

        PageHighlighter(Builder builder, FieldInfos merged, Map<Integer, String> bodies) {
            super(builder);
            this.fieldInfos = merged;
            this.bodies = bodies;
        }

        /** As Lucene's, from the bodies given: each cut at the longest length, loaded in the same batches. */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            if (fields.length != 1 || !fields[0].equals(BODY)) {
                return super.loadFieldValues(fields, docs, cacheCharsThreshold);
            }
            List<CharSequence[]> out = new ArrayList<>();
            long chars = 0;
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                String body = bodies.get(doc);
                String cut = body == null ? null : body.substring(0, Math.min(getMaxLength(), body.length()));
                out.add(new CharSequence[] {cut});
                chars += cut == null ? 0 : cut.length();
                if (chars > cacheCharsThreshold || cacheCharsThreshold == 0) {
                    break;
                }
            }
            return out;
        }
    }
}
