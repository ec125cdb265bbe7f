package org.briefings.search;

/**
 * How hybrid search fuses the keyword ranking with the vector ranking: reciprocal rank fusion, a
 * briefing scoring {@code keywordWeight / (k + its keyword rank) + vectorWeight / (k + its vector
 * rank)} over the top {@code depth} of each. {@link #DEFAULT} holds the values tuned on the dev
 * split (docs/ranking.md).
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
}
