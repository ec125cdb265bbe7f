package org.briefings.eval.relevance;

import java.util.List;

/**
 * Ranking measures over one ranked list of document ids. Graded gains {@code 2^grade - 1} with a
 * log2 discount for nDCG; unjudged documents are grade 0.
 */
public final class Metrics {

    public static double ndcg(Topic t, List<String> ranked, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += gain(t.grades().getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal =
                t.grades().values().stream().sorted((a, b) -> b - a).limit(k).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += gain(ideal.get(i)) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    /** Reciprocal rank of the first relevant document within the first {@code k}, else 0. */
    public static double reciprocalRank(Topic t, List<String> ranked, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (t.grades().getOrDefault(ranked.get(i), 0) >= Topic.RELEVANT) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Share of the relevant documents found within the first {@code k}. */
    public static double recall(Topic t, List<String> ranked, int k) {
        long relevant = t.relevantCount();
        if (relevant == 0) {
            return 0;
        }
        long found = ranked.stream()
                .limit(k)
                .filter(d -> t.grades().getOrDefault(d, 0) >= Topic.RELEVANT)
                .count();
        return (double) found / relevant;
    }

    private static double gain(int grade) {
        return Math.pow(2, grade) - 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private Metrics() {}
}
