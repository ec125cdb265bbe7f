package org.briefings.search;

import static org.briefings.index.BriefingSchema.BODY;
import static org.briefings.index.BriefingSchema.ID;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean" for a search that found nothing: each word of the query whose term the body
 * field does not hold is replaced by the nearest term it does hold (Lucene's
 * {@link DirectSpellChecker}, up to two edits, over the index itself, so no dictionary goes stale).
 * The body is stemmed, so a suggested term is shown as a word the index saw: its first spelling in
 * the lowest-id briefing that holds it. Field names, operators and field values are left as typed.
 *
 * <p>Which term is nearest is a {@link Corrector}'s business, so a backend elsewhere (SolrCloud, with
 * its spellcheck component) finds it over its own terms while the words are picked and analysed
 * here, the same way for both.
 */
public final class SpellingSuggester {

    /** The word a query term was most likely meant to be, as the index saw it. */
    public interface Corrector {
        /**
         * The word for an analysed {@code term} (as in the body field) that the index does not
         * hold, or null when the index holds it or holds nothing near it.
         */
        String correct(String term) throws IOException;
    }

    /** A word, not preceded by a field prefix or part of one. */
    private static final Pattern WORD =
            Pattern.compile("(?<![\\p{L}\\p{N}_:.'\\-])[\\p{L}][\\p{L}'\\-]*(?![\\p{L}\\p{N}_:])");

    private static final int MAX_WORDS = 16;

    private final TextQueries text;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    /** With the query analysis of this ranking (the one the searches use). */
    public SpellingSuggester(Ranking ranking) {
        this(new TextQueries(ranking));
    }

    SpellingSuggester(TextQueries text) {
        this.text = text;
        checker.setMaxEdits(2);
        checker.setMinQueryLength(4);
    }

    /** The query with misspelt words replaced, or null when no word could be improved. */
    String suggest(IndexSearcher searcher, String query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        return suggest(query, term -> correction(reader, term));
    }

    /** The query with misspelt words replaced by what {@code corrector} says, or null when none is. */
    public String suggest(String query, Corrector corrector) throws IOException {
        if (query == null || query.isBlank()) {
            return null;
        }
        Matcher m = WORD.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        int words = 0;
        while (m.find() && words++ < MAX_WORDS) {
            String word = m.group();
            String term =
                    word.equals(word.toUpperCase(Locale.ROOT)) && word.length() <= 3 ? null : text.singleTerm(word);
            String replacement = term == null ? null : corrector.correct(term);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? word : replacement));
            changed |= replacement != null;
        }
        m.appendTail(out);
        return changed ? out.toString() : null;
    }

    private String correction(IndexReader reader, String term) throws IOException {
        if (reader.docFreq(new Term(BODY, term)) > 0) {
            return null;
        }
        SuggestWord[] found =
                checker.suggestSimilar(new Term(BODY, term), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return found.length == 0 ? null : surfaceForm(reader, found[0].string);
    }

    /**
     * The text a stemmed body term was indexed from, lower-cased: its first occurrence in the
     * lowest-id briefing that holds it ({@link #firstSpelling}). Lowest id, not first in index
     * order: ingest threads fix no order, and the answer must not depend on which segment a
     * briefing landed in, nor differ from another backend's over the same briefings.
     */
    private String surfaceForm(IndexReader reader, String term) throws IOException {
        BytesRef bytes = new BytesRef(term);
        BytesRef lowestId = null;
        LeafReaderContext lowestLeaf = null;
        int lowestDoc = -1;
        for (LeafReaderContext leaf : reader.leaves()) {
            var terms = leaf.reader().terms(BODY);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(bytes)) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
            PostingsEnum postings = te.postings(null, PostingsEnum.NONE);
            int leafOrd = Integer.MAX_VALUE;
            int leafDoc = -1;
            for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if ((live == null || live.get(doc)) && ids.advanceExact(doc) && ids.ordValue() < leafOrd) {
                    leafOrd = ids.ordValue();
                    leafDoc = doc;
                }
            }
            if (leafDoc < 0) {
                continue;
            }
            BytesRef id = BytesRef.deepCopyOf(ids.lookupOrd(leafOrd));
            if (lowestId == null || id.compareTo(lowestId) < 0) {
                lowestId = id;
                lowestLeaf = leaf;
                lowestDoc = leafDoc;
            }
        }
        // one stored-field read, of the briefing that won across the segments
        String body = lowestLeaf == null
                ? null
                : lowestLeaf.reader().storedFields().document(lowestDoc).get(BODY);
        return shownAs(body, term);
    }

    /**
     * How a suggested body term is shown, from the stored body of the lowest-id briefing holding it
     * (null when there is none): its {@link #firstSpelling} there, or the term itself when the body
     * has none. Every backend shows its suggestions through this.
     */
    public String shownAs(String body, String term) throws IOException {
        String spelling = body == null ? null : firstSpelling(body, term);
        return spelling == null ? term : spelling;
    }

    /**
     * The word of {@code body} that first analyses to the body term {@code term}, lower-cased, or
     * null when none does. Read from the same briefing on every backend ({@link #shownAs}), so they
     * agree where the corpus spells a word more than one way ("Pyongyang", "Pyongyang's").
     */
    String firstSpelling(String body, String term) throws IOException {
        return text.firstSpelling(body, term);
    }
}
