package org.briefings.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How hybrid search fuses the keyword ranking with the vector ranking: reciprocal rank fusion, a
 * briefing scoring {@code keywordWeight / (k + its keyword rank) + vectorWeight / (k + its vector
 * rank)} over the top {@code depth} of each. {@link #DEFAULT} holds the values tuned on the dev
 * split (docs/ranking.md). Both backends fuse with this record ({@link #applies}, {@link #scores}),
 * so a hybrid search on the embedded index and on SolrCloud ranks by one rule.
 *
 * @param k              rank constant: larger flattens the difference between first and tenth place
 * @param depth          how many briefings of each ranking take part
 * @param keywordWeight  weight of the keyword ranking
 * @param vectorWeight   weight of the vector ranking
 * @param minSimilarity  a briefing whose best passage's cosine with the query is below this is no
 *                       vector hit (so a query about nothing in the corpus adds no noise)
 * @param minWords       prose of fewer words is ranked by keyword alone: a word or two names what
 *                       the analyst wants, a sentence describes it, and only a description gains
 *                       from meaning (tuned on dev)
 */
public record Fusion(int k, int depth, double keywordWeight, double vectorWeight, double minSimilarity, int minWords) {

    public static final Fusion DEFAULT = new Fusion(60, 100, 1.0, 0.25, 0.3, 6);

    public Fusion withWeights(double keyword, double vector) {
        return new Fusion(k, depth, keyword, vector, minSimilarity, minWords);
    }

    public Fusion withK(int rankConstant) {
        return new Fusion(rankConstant, depth, keywordWeight, vectorWeight, minSimilarity, minWords);
    }

    public Fusion withMinSimilarity(double min) {
        return new Fusion(k, depth, keywordWeight, vectorWeight, min, minWords);
    }

    public Fusion withMinWords(int words) {
        return new Fusion(k, depth, keywordWeight, vectorWeight, minSimilarity, words);
    }

    /**
     * Whether a request is fused: relevance order (a date order has nothing to fuse), and prose of at
     * least {@link #minWords} words. Syntax (a quoted phrase, a field, an operator, a wildcard) stays
     * keyword: a semantic near-miss never outranks the exact phrase or field match the analyst wrote.
     */
    public boolean applies(SearchRequest request) {
        return request.sort() == SortOrder.RELEVANCE
                && !request.query().isBlank()
                && !QueryForm.isSyntax(request.query())
                && words(request.query()) >= minWords;
    }

    /** The words of {@code text}: runs between spaces with a letter or digit in them. */
    public static int words(String text) {
        int n = 0;
        for (String w : text.strip().split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The fused scores of the briefings in either ranking, highest first: {@code keywordWeight / (k +
     * keyword rank) + vectorWeight / (k + vector rank)}, ranks counted from 1, a ranking a briefing is
     * not in adding nothing.
     *
     * @param keywordIds the keyword ranking's top {@link #depth}, best first
     * @param vectorIds  the vector ranking's top {@link #depth}, nearest first
     */
    public Map<String, Double> scores(List<String> keywordIds, List<String> vectorIds) {
        Map<String, Double> fused = new HashMap<>();
        for (int i = 0; i < keywordIds.size(); i++) {
            fused.merge(keywordIds.get(i), keywordWeight / (k + i + 1), Double::sum);
        }
        for (int i = 0; i < vectorIds.size(); i++) {
            fused.merge(vectorIds.get(i), vectorWeight / (k + i + 1), Double::sum);
        }
        List<Map.Entry<String, Double>> order = new ArrayList<>(fused.entrySet());
        order.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> out = new LinkedHashMap<>();
        order.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
