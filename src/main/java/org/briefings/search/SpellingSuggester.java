package org.briefings.search;

import static org.briefings.index.BriefingSchema.BODY;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * "Did you mean" for a search that found nothing: each word of the query whose term the body
 * field does not hold is replaced by the nearest term it does hold (Lucene's
 * {@link DirectSpellChecker}, up to two edits, over the index itself, so no dictionary goes stale).
 * The body is stemmed, so a suggested term is shown as a word the index saw: the text at the
 * offsets of its first occurrence. Field names, operators and field values are left as typed.
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

    /** The text a stemmed body term was indexed from, lower-cased. */
    private static String surfaceForm(IndexReader reader, String term) throws IOException {
        BytesRef bytes = new BytesRef(term);
        for (LeafReaderContext leaf : reader.leaves()) {
            var terms = leaf.reader().terms(BODY);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(bytes)) {
                continue;
            }
            PostingsEnum postings = te.postings(null, PostingsEnum.OFFSETS);
            int doc = postings.nextDoc();
            if (doc == PostingsEnum.NO_MORE_DOCS
                    || (leaf.reader().getLiveDocs() != null
                            && !leaf.reader().getLiveDocs().get(doc))) {
                continue;
            }
            postings.nextPosition();
            String body = leaf.reader().storedFields().document(doc).get(BODY);
            if (body != null && postings.endOffset() <= body.length()) {
                return body.substring(postings.startOffset(), postings.endOffset())
                        .toLowerCase(Locale.ROOT);
            }
        }
        return term;
    }
}
