package org.briefings.eval.relevance;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefings.eval.Score;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.EmbeddedIndex;
import org.briefings.search.Fusion;
import org.briefings.search.SearchMode;

/**
 * Tunes {@link Fusion} on the dev split, then reports the test split once: indexes and embeds the
 * collection's scope, prints every dev metric of keyword search and of hybrid search with each
 * candidate, picks a candidate by a rule fixed here before any test figure is printed (the
 * highest dev nDCG@10 over all queries among candidates that lose nothing on dev keyword and
 * phrase queries' nDCG@10 against keyword search), and prints the test metrics of keyword and of
 * that candidate. Run on demand:
 * {@code java -cp ... org.briefings.eval.relevance.HybridTuning ../shared/data}.
 */
public final class HybridTuning {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Map<String, Fusion> candidates = new LinkedHashMap<>();
        for (int minWords : new int[] {1, 4, 6}) {
            for (double w : new double[] {0.25, 0.5, 1.0}) {
                candidates.put(
                        String.format(Locale.ROOT, "words>=%d vector=%.2f", minWords, w),
                        Fusion.DEFAULT.withWeights(1, w).withMinWords(minWords));
            }
        }
        long t0 = System.nanoTime();
        try (ScopeIndex scope = ScopeIndex.build(Path.of("corpus"), data, true)) {
            System.out.printf(Locale.ROOT, "scope indexed and embedded in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            BriefingSearcher searcher = ((EmbeddedIndex) scope.engine().index()).searcher();
            List<Score> keyword = RelevanceEval.score(scope.engine()::search);
            print("keyword", keyword, "dev.");
            print("keyword", keyword, "ki");
            String chosen = null;
            double best = value(keyword, "dev.all.ndcg@10");
            for (Map.Entry<String, Fusion> c : candidates.entrySet()) {
                searcher.fuseWith(c.getValue());
                List<Score> hybrid = RelevanceEval.score(searcher::search, SearchMode.HYBRID);
                print(c.getKey(), hybrid, "dev.");
                print(c.getKey(), hybrid, "ki");
                boolean noLoss = value(hybrid, "dev.keyword.ndcg@10") >= value(keyword, "dev.keyword.ndcg@10")
                        && value(hybrid, "dev.phrase.ndcg@10") >= value(keyword, "dev.phrase.ndcg@10");
                if (noLoss && value(hybrid, "dev.all.ndcg@10") > best) {
                    best = value(hybrid, "dev.all.ndcg@10");
                    chosen = c.getKey();
                }
            }
            System.out.println("chosen on dev: " + (chosen == null ? "none beats keyword" : chosen));
            print("keyword", keyword, "test.");
            if (chosen != null) {
                searcher.fuseWith(candidates.get(chosen));
                print(chosen, RelevanceEval.score(searcher::search, SearchMode.HYBRID), "test.");
            }
        }
    }

    private static double value(List<Score> scores, String metric) {
        return scores.stream()
                .filter(s -> s.metric().equals(metric))
                .mapToDouble(Score::value)
                .findFirst()
                .orElse(Double.NaN);
    }

    private static void print(String name, List<Score> scores, String prefix) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s", name));
        for (Score s : scores) {
            if (s.metric().startsWith(prefix.equals("ki") ? "known_item" : prefix)) {
                line.append(String.format(Locale.ROOT, " %s=%.3f", s.metric().replace("known_item", "ki"), s.value()));
            }
        }
        System.out.println(line);
        System.out.flush();
    }

    private HybridTuning() {}
}
