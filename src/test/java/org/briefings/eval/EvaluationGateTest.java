package org.briefings.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The CI gate on enrichment quality: every gated score must reach its target. Skipped, with a
 * message, where ../shared/data is absent (a user's fresh clone).
 */
class EvaluationGateTest {

    @Test
    void everyGatedScoreReachesItsTarget() throws Exception {
        Path data = SharedData.rootOrSkip();
        List<Evaluation.SuiteResult> results = Evaluation.runAll(data, Evaluation.suites());
        String table = Evaluation.table(results);
        System.out.println(table);
        Path out = SharedData.projectDir().resolve("target/eval-results.md");
        Evaluation.writeResults(out, results);
        long gated = results.stream()
                .flatMap(r -> r.scores().stream())
                .filter(Score::isGated)
                .count();
        assertTrue(gated > 0, "no gated score was measured: every suite was skipped\n" + table);
        List<Score> failures = Evaluation.failures(results);
        assertTrue(failures.isEmpty(), "scores below target: " + failures + "\n" + table);
    }
}
