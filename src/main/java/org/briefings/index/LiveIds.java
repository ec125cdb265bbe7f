package org.briefings.index;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Ids indexed as terms, read in their sorted order with deleted documents left out (a term stays in
 * the terms dictionary until its segment is merged, so a term alone does not say a briefing is
 * there). What keeps the vector store in step with the briefings' index without holding either's
 * ids in memory.
 */
final class LiveIds {

    private LiveIds() {}

    /** How many distinct ids of {@code field} have a live document. */
    static int count(IndexReader reader, String field) throws IOException {
        int[] n = {0};
        forEach(reader, field, id -> n[0]++);
        return n[0];
    }

    /** Hands every id of {@code field} in {@code from} that has no live document under {@code otherField} in {@code other}. */
    static void missingFrom(IndexReader from, String field, IndexReader other, String otherField, Consumer<String> out)
            throws IOException {
        Terms otherTerms = MultiTerms.getTerms(other, otherField);
        TermsEnum others = otherTerms == null ? null : otherTerms.iterator();
        Bits otherLive = MultiBits.getLiveDocs(other);
        PostingsEnum[] reuse = {null};
        forEach(from, field, id -> {
            try {
                BytesRef term = new BytesRef(id);
                if (others == null || !others.seekExact(term) || !live(others, otherLive, reuse)) {
                    out.accept(id);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Hands every id of {@code field} that has a live document, in sorted order. */
    static void forEach(IndexReader reader, String field, Consumer<String> out) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return;
        }
        Bits liveDocs = MultiBits.getLiveDocs(reader);
        TermsEnum te = terms.iterator();
        PostingsEnum[] reuse = {null};
        try {
            for (BytesRef term = te.next(); term != null; term = te.next()) {
                if (live(te, liveDocs, reuse)) {
                    out.accept(term.utf8ToString());
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean live(TermsEnum te, Bits liveDocs, PostingsEnum[] reuse) throws IOException {
        reuse[0] = te.postings(reuse[0], PostingsEnum.NONE);
        for (int doc = reuse[0].nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reuse[0].nextDoc()) {
            if (liveDocs == null || liveDocs.get(doc)) {
                return true;
            }
        }
        return false;
    }
}
