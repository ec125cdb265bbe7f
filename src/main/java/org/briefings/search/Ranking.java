package org.briefings.search;

/**
 * How free text is scored and when a search relaxes: the weights of one field-weighted document
 * (BM25F over a declared title, the summary and the body), the proximity boost, and the
 * "most of the words" rule. {@link #DEFAULT} holds the values tuned on the dev questions (see
 * docs/ranking.md); the evaluation builds other instances to compare.
 *
 * @param titleWeight   how many times a word in a declared title counts, against once in the body
 * @param summaryWeight how many times a word in the summary counts (the summary is also in the body)
 * @param proximityBoost weight of adjacent query words found near each other in the body
 * @param proximitySlop how many positions apart two adjacent query words may be to earn the boost
 * @param mostWords     the share of a query's content words a relaxed search requires
 * @param relaxBelow    a query typed as prose relaxes when requiring every word finds fewer hits
 * @param questionWords whether prose drops the words that frame a question rather than name its
 *                      subject ("what", "did", "say", "about": {@link QuestionWords})
 * @param aboutBoost    score added to a briefing about a country named in prose (0: none); a boost,
 *                      never a filter
 */
public record Ranking(
        float titleWeight,
        float summaryWeight,
        float proximityBoost,
        int proximitySlop,
        double mostWords,
        int relaxBelow,
        boolean questionWords,
        float aboutBoost) {

    public static final Ranking DEFAULT = new Ranking(5f, 1f, 0.3f, 4, 0.5, 20, true, 2f);

    public Ranking {
        if (titleWeight < 1 || summaryWeight < 1) {
            throw new IllegalArgumentException("field weights are at least 1 (BM25F adds them to the body's count)");
        }
    }

    /** Content words a relaxed search requires of {@code words}: the share, rounded down, and at least one. */
    int required(int words) {
        return Math.max(1, (int) Math.floor(words * mostWords + 1e-9));
    }

    public Ranking withWeights(float title, float summary) {
        return new Ranking(
                title, summary, proximityBoost, proximitySlop, mostWords, relaxBelow, questionWords, aboutBoost);
    }

    public Ranking withProximity(float boost, int slop) {
        return new Ranking(titleWeight, summaryWeight, boost, slop, mostWords, relaxBelow, questionWords, aboutBoost);
    }

    public Ranking withRelaxing(double share, int below) {
        return new Ranking(
                titleWeight, summaryWeight, proximityBoost, proximitySlop, share, below, questionWords, aboutBoost);
    }

    public Ranking withQuestionWords(boolean drop) {
        return new Ranking(
                titleWeight, summaryWeight, proximityBoost, proximitySlop, mostWords, relaxBelow, drop, aboutBoost);
    }

    public Ranking withAboutBoost(float boost) {
        return new Ranking(
                titleWeight, summaryWeight, proximityBoost, proximitySlop, mostWords, relaxBelow, questionWords, boost);
    }
}
