package org.briefings.search;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.briefings.index.BriefingSchema;

/**
 * Free-text queries scored as one field-weighted document (BM25F, Lucene's
 * {@link CombinedFieldQuery}): a word's frequencies in the ranked title, the summary and the body
 * are added with the {@link Ranking}'s weights before BM25 saturates them, so a word repeated in
 * the title and the lede counts more, but never three times over as separately scored fields did.
 *
 * <p>Text typed as prose becomes a {@link Plan}: every content word required (stopwords are removed
 * by the analyzer), and a relaxed form that requires most of them (as Solr's {@code mm}); both
 * boost adjacent query words found near each other in the body, as a bonus, never a condition.
 */
final class TextQueries {

    /**
     * Words beyond this many are not searched: the query is a pasted paragraph, and each word is
     * a clause that Lucene caps at 1,024.
     */
    static final int MAX_WORDS = 64;

    /**
     * A prose query: the strict form, the relaxed form (null when there is nothing to relax: fewer
     * than two content words), the number of content words, and whether it reads as a question (a
     * word that frames one, or a closing {@code ?}).
     */
    record Plan(Query strict, Query relaxed, int words, boolean question) {

        Plan(Query strict, Query relaxed, int words) {
            this(strict, relaxed, words, false);
        }
    }

    private final Ranking ranking;
    private final Analyzer analyzer = BriefingSchema.analyzer();

    TextQueries(Ranking ranking) {
        this.ranking = ranking;
    }

    /** One analysed term over the text fields, field-weighted. */
    Query term(String term) {
        return new CombinedFieldQuery.Builder(term)
                .addField(RANKED_TITLE, ranking.titleWeight())
                .addField(SUMMARY, ranking.summaryWeight())
                .addField(BODY, 1f)
                .build();
    }

    /**
     * A bare word of a query in the syntax ("what OR did OR kiribati OR say"): it matches as typed,
     * but a word that frames a question adds nothing to the score when the ranking drops those
     * words from prose, so an OR of a question's words ranks by the words that say what it is about.
     */
    Query bareWord(String typed, String term) {
        Query q = term(term);
        return ranking.questionWords() && QuestionWords.frames(typed) ? new BoostQuery(q, 0f) : q;
    }

    /** The single term {@code word} analyses to, or null when it gives none or several. */
    String singleTerm(String word) {
        List<String> terms = analyse(word);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    /** Plans a query typed as prose (see {@link QueryForm}). */
    Plan prose(String text) {
        String[] typed = text.strip().split("\\s+");
        boolean question = text.strip().endsWith("?") || QuestionWords.anyIn(text);
        Plan plan = ranking.questionWords() && question ? prose(typed, true) : null;
        if (plan == null || plan.words() == 0) {
            // not a question, or nothing but framing words ("who was it?"): search every word
            plan = prose(typed, false);
        }
        return new Plan(plan.strict(), plan.relaxed(), plan.words(), question);
    }

    private Plan prose(String[] typed, boolean dropFraming) {
        // each whitespace-separated word is one unit: "U.S.-Iran" must match as a whole
        Map<List<String>, Query> words = new LinkedHashMap<>();
        List<String> sequence = new ArrayList<>();
        for (String word : typed) {
            if (dropFraming && QuestionWords.frames(word)) {
                continue;
            }
            List<String> terms = analyse(word);
            if (terms.isEmpty() || words.size() >= MAX_WORDS) {
                continue;
            }
            sequence.addAll(terms);
            words.computeIfAbsent(terms, this::allOf);
        }
        if (words.isEmpty()) {
            return new Plan(new BooleanQuery.Builder().build(), null, 0);
        }
        Query proximity = proximity(sequence);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        words.values().forEach(q -> all.add(q, Occur.MUST));
        Query strict = withBoost(all.build(), proximity);
        if (words.size() < 2) {
            return new Plan(strict, null, words.size());
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        words.values().forEach(q -> most.add(q, Occur.SHOULD));
        most.setMinimumNumberShouldMatch(ranking.required(words.size()));
        return new Plan(strict, withBoost(most.build(), proximity), words.size());
    }

    private Query allOf(List<String> terms) {
        if (terms.size() == 1) {
            return term(terms.get(0));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(t -> b.add(term(t), Occur.MUST));
        return b.build();
    }

    /** Each pair of adjacent content words, near each other in the body; null for one word. */
    private Query proximity(List<String> sequence) {
        if (sequence.size() < 2 || ranking.proximityBoost() <= 0) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int pairs = 0;
        for (int i = 0; i + 1 < sequence.size() && pairs < MAX_WORDS; i++) {
            if (sequence.get(i).equals(sequence.get(i + 1))) {
                continue;
            }
            b.add(
                    new PhraseQuery.Builder()
                            .add(new Term(BODY, sequence.get(i)), 0)
                            .add(new Term(BODY, sequence.get(i + 1)), 1)
                            .setSlop(ranking.proximitySlop())
                            .build(),
                    Occur.SHOULD);
            pairs++;
        }
        return pairs == 0 ? null : new BoostQuery(b.build(), ranking.proximityBoost());
    }

    private static Query withBoost(Query match, Query boost) {
        if (boost == null) {
            return match;
        }
        return new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(boost, Occur.SHOULD)
                .build();
    }

    /**
     * The text of the first token of {@code body} that analyses to {@code term} in the body field,
     * lower-cased, or null when none does. Reads only up to that token.
     */
    String firstSpelling(String body, String term) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(BODY, body)) {
            CharTermAttribute analysed = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String found = null;
            while (found == null && ts.incrementToken()) {
                if (analysed.toString().equals(term) && offsets.endOffset() <= body.length()) {
                    found = body.substring(offsets.startOffset(), offsets.endOffset())
                            .toLowerCase(Locale.ROOT);
                }
            }
            ts.end();
            return found;
        }
    }

    private List<String> analyse(String word) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(BODY, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
