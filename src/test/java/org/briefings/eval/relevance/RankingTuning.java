package org.briefings.eval.relevance;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.eval.Score;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CountryCodes;
import org.briefings.search.EmbeddedIndex;
import org.briefings.search.Ranking;

/**
 * Tunes {@link Ranking} on the dev split and the dev known-item questions (never the test split):
 * indexes the collection's scope once (or reuses the one kept in a folder), then prints the dev
 * scores of each candidate. Given a candidate's name after the folder, it prints that candidate's
 * test aggregates too, once it has been chosen on dev. Run on demand: {@code java -cp ...
 * org.briefings.eval.relevance.RankingTuning ../shared/data [keep-dir [candidate]]}.
 */
public final class RankingTuning {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
        Path keep = args.length > 1 ? Path.of(args[1]) : null;
        String chosen = args.length > 2 ? args[2] : null;
        Map<String, Ranking> candidates = new LinkedHashMap<>();
        Ranking before = Ranking.DEFAULT.withQuestionWords(false).withAboutBoost(0);
        candidates.put("default", before);
        candidates.put("question-words", before.withQuestionWords(true));
        candidates.put("question-words+about-2", Ranking.DEFAULT);
        candidates.put("question-words+about-2+proximity-0.6", Ranking.DEFAULT.withProximity(0.6f, 4));
        candidates.put("question-words+about-2+relax-below-50", Ranking.DEFAULT.withRelaxing(0.5, 50));
        CountryCodes countries = new GazetteerCountryCodes(Gazetteer.load());
        try (ScopeIndex scope = ScopeIndex.build(Path.of("corpus"), data, false, null, keep)) {
            for (Map.Entry<String, Ranking> c : candidates.entrySet()) {
                if (chosen != null && !chosen.equals(c.getKey()) && !c.getKey().equals("default")) {
                    continue;
                }
                BriefingSearcher searcher = new BriefingSearcher(
                        ((EmbeddedIndex) scope.engine().index()).lucene(), countries, c.getValue());
                StringBuilder line = new StringBuilder(c.getKey());
                for (Score s : RelevanceEval.score(searcher::search)) {
                    boolean test = s.metric().startsWith("test.") || s.metric().startsWith("known_item_test.");
                    if (test && (chosen == null || s.metric().contains(".r@1"))) {
                        continue;
                    }
                    if (test
                            && !s.metric().contains(".all.")
                            && !s.metric().startsWith("known_item_test")
                            && !s.metric().contains(".question.")) {
                        // the chosen candidate's test figures: aggregates per kind only, never per query
                    }
                    line.append(String.format(
                            Locale.ROOT,
                            " %s=%.4f",
                            s.metric()
                                    .replace("known_item", "ki")
                                    .replace("ndcg@10", "n")
                                    .replace("mrr@10", "m"),
                            s.value()));
                }
                System.out.println(line);
            }
        }
    }

    private RankingTuning() {}
}
