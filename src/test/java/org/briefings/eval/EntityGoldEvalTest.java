package org.briefings.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * The entity-gold gates alone, in seconds: {@link EvaluationGateTest} checks them too, among
 * suites that take minutes, so this is the test to run while tuning a tagger.
 */
class EntityGoldEvalTest {

    @Test
    void theTestSplitReachesItsGates() throws Exception {
        EvalSuite suite = new EntityGoldEval(SharedData.projectDir());
        List<Evaluation.SuiteResult> results = Evaluation.runAll(SharedData.rootOrSkip(), List.of(suite));
        String table = Evaluation.table(results);
        System.out.println(table);
        List<Score> failures = Evaluation.failures(results);
        assertTrue(failures.isEmpty(), "scores below target: " + failures + "\n" + table);
    }

    @Test
    void aNationalBodyIsAnotherCountrysWhenTheGoldNamesAnotherCountry() {
        assertTrue(EntityGoldEval.otherCountry("US", "Senate of Mexico"));
        assertTrue(EntityGoldEval.otherCountry("US", "Congress of the Philippines"));
        assertFalse(EntityGoldEval.otherCountry("US", "Senate of the United States"));
        // no country on either side: nothing to compare
        assertFalse(EntityGoldEval.otherCountry(null, "Senate of Mexico"));
        assertFalse(EntityGoldEval.otherCountry("US", "Supreme Court"));
        // "of" followed by something that is not a country
        assertFalse(EntityGoldEval.otherCountry("US", "Department of the Treasury"));
    }
}
