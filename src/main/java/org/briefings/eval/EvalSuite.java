package org.briefings.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One evaluation over labelled data under {@code ../shared/data}. Suites are deterministic: the
 * same code and data give the same scores, which is what makes them fair CI gates.
 */
public interface EvalSuite {

    /** Short name used in tables and the results file. */
    String name();

    /** The folder under the data root this suite reads; the suite is skipped when it is absent. */
    String dataFolder();

    /** Runs the suite over {@code dataRoot} (the {@code shared/data} folder). */
    List<Score> run(Path dataRoot) throws IOException;

    /**
     * Scores plus a Markdown section of detail for the results file (breakdowns too wide for
     * the one table of scores); suites without detail need not override it.
     */
    default Outcome evaluate(Path dataRoot) throws IOException {
        return new Outcome(run(dataRoot), "");
    }

    /** What a suite measured: the scores, and Markdown detail (may be empty). */
    record Outcome(List<Score> scores, String details) {}
}
