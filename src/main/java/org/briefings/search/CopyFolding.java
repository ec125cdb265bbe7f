package org.briefings.search;

import static org.briefings.index.BriefingSchema.COPY_GROUP;
import static org.briefings.index.BriefingSchema.COPY_ROLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Copies in search results ({@link CopyMode}). Hiding is a filter on the first members. Collapsing
 * keeps a hit only when it is the best-ranked matching member of its copy group, so each group
 * shows once, where its best member ranks, on whichever page that is: a cursor page needs no memory
 * of earlier pages. Only hits whose group has other members cost a look-up (one search, top 1, of
 * the query within the group), and copies are few.
 */
final class CopyFolding {

    /** The hits kept and the last hit looked at (where the next page starts). */
    record Page(ScoreDoc[] hits, FieldDoc last, boolean more) {}

    private CopyFolding() {}

    /** The query restricted to first members, when copies are hidden. */
    static Query hideCopies(Query query, CopyMode mode) {
        if (mode != CopyMode.HIDE) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, query instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(COPY_ROLE, "first")), BooleanClause.Occur.FILTER)
                .build();
    }

    /** Folds the first page of hits (and later pages as needed) to one per copy group. */
    static Page collapse(IndexSearcher searcher, Query query, Sort sort, TopDocs first, int size) throws IOException {
        List<ScoreDoc> kept = new ArrayList<>();
        Set<String> groups = new HashSet<>();
        ScoreDoc[] batch = first.scoreDocs;
        FieldDoc last = null;
        int want = Math.max(size, 1);
        while (true) {
            for (ScoreDoc sd : batch) {
                if (kept.size() == size) {
                    return new Page(kept.toArray(ScoreDoc[]::new), last, true);
                }
                last = (FieldDoc) sd;
                String group = group(searcher, sd.doc);
                if (group != null && !groups.add(group)) {
                    continue;
                }
                if (group != null
                        && searcher.count(new TermQuery(new Term(COPY_GROUP, group))) > 1
                        && !bestOfGroup(searcher, query, sort, group, sd.doc)) {
                    continue;
                }
                kept.add(sd);
            }
            if (batch.length < want || size == 0) {
                return new Page(kept.toArray(ScoreDoc[]::new), last, false);
            }
            if (kept.size() == size) {
                return new Page(kept.toArray(ScoreDoc[]::new), last, true);
            }
            batch = searcher.search(query, new TopFieldCollectorManager(sort, want, last, 1)).scoreDocs;
        }
    }

    private static boolean bestOfGroup(IndexSearcher searcher, Query query, Sort sort, String group, int doc)
            throws IOException {
        Query inGroup = new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(COPY_GROUP, group)), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(inGroup, new TopFieldCollectorManager(sort, 1, null, 1));
        return top.scoreDocs.length == 0 || top.scoreDocs[0].doc == doc;
    }

    /**
     * The copy group of a document, or null for documents indexed before copies existed. Read from
     * its doc values, written beside the stored value: a stored-field read decompresses a block of
     * records, which for a page of ten hits was a few percent of a search (issue 16).
     */
    static String group(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        SortedDocValues groups = leaf.reader().getSortedDocValues(COPY_GROUP);
        if (groups == null || !groups.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        return groups.lookupOrd(groups.ordValue()).utf8ToString();
    }

    /**
     * The copy group of each of the first {@code n} hits (see {@link #group}), read with one doc
     * values reader per segment, the hits taken in index order: a reader opened per hit cost a
     * percent of a search (issue 16).
     */
    static String[] groups(IndexSearcher searcher, ScoreDoc[] hits, int n) throws IOException {
        Integer[] byDoc = new Integer[n];
        for (int i = 0; i < n; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        String[] out = new String[n];
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int i : byDoc) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getSortedDocValues(COPY_GROUP);
            }
            if (values != null && values.advanceExact(doc - leaf.docBase)) {
                out[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return out;
    }

    /**
     * How many other briefings share each group ({@code null} for none: 0). One terms enumerator
     * and postings enumerator per segment serve the whole page: a count query per hit set up both
     * in every segment for every hit, a twentieth of a search's CPU and a tenth of its garbage at
     * 100k briefings (issue 16). A segment without deletions answers from the term's document
     * frequency; one with deletions walks the group's few postings past the deleted.
     */
    static int[] copies(IndexSearcher searcher, String[] groups) throws IOException {
        BytesRef[] terms = new BytesRef[groups.length];
        for (int i = 0; i < groups.length; i++) {
            terms[i] = groups[i] == null ? null : new BytesRef(groups[i]);
        }
        int[] members = new int[groups.length];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms field = leaf.reader().terms(COPY_GROUP);
            if (field == null) {
                continue;
            }
            TermsEnum te = field.iterator();
            Bits live = leaf.reader().getLiveDocs();
            PostingsEnum postings = null;
            for (int i = 0; i < terms.length; i++) {
                if (terms[i] == null || !te.seekExact(terms[i])) {
                    continue;
                }
                if (live == null) {
                    members[i] += te.docFreq();
                    continue;
                }
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live.get(d)) {
                        members[i]++;
                    }
                }
            }
        }
        int[] copies = new int[groups.length];
        for (int i = 0; i < groups.length; i++) {
            copies[i] = groups[i] == null ? 0 : Math.max(0, members[i] - 1);
        }
        return copies;
    }
}
