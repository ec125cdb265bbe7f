package org.briefings.eval.relevance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.eval.Score;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CountryCodes;
import org.briefings.search.EmbeddedIndex;
import org.briefings.search.Ranking;

/**
 * Tunes {@link Ranking} on the dev split and the known-item questions (never the test split):
 * indexes the collection's scope once, then prints the dev scores of each candidate. Run on
 * demand: {@code java -cp ... org.briefings.eval.relevance.RankingTuning ../shared/data}.
 */
public final class RankingTuning {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        List<Ranking> candidates = new ArrayList<>();
        candidates.add(Ranking.DEFAULT);
        for (float title : new float[] {1f, 2f, 5f}) {
            for (float summary : new float[] {1f, 2f}) {
                candidates.add(Ranking.DEFAULT.withWeights(title, summary));
            }
        }
        candidates.add(Ranking.DEFAULT.withWeights(3f, 2f));
        for (float boost : new float[] {0f, 1f}) {
            candidates.add(Ranking.DEFAULT.withProximity(boost, 4));
        }
        for (double share : new double[] {0.5, 0.6, 0.75}) {
            for (int below : new int[] {3, 10, 20, 50}) {
                candidates.add(Ranking.DEFAULT.withRelaxing(share, below));
            }
        }
        CountryCodes countries = new GazetteerCountryCodes(Gazetteer.load());
        try (ScopeIndex scope = ScopeIndex.build(Path.of("corpus"), data)) {
            for (Ranking r : candidates) {
                BriefingSearcher searcher =
                        new BriefingSearcher(((EmbeddedIndex) scope.engine().index()).lucene(), countries, r);
                StringBuilder line = new StringBuilder(r.toString().replaceAll("[a-zA-Z]+=", ""));
                for (Score s : RelevanceEval.score(searcher::search)) {
                    if (s.metric().startsWith("test.")) {
                        continue;
                    }
                    line.append(
                            String.format(Locale.ROOT, " %s=%.3f", s.metric().replace("known_item", "ki"), s.value()));
                }
                System.out.println(line);
            }
        }
    }

    private RankingTuning() {}
}
