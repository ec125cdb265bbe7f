package org.briefings.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefings.eval.relevance.RelevanceEval;

/**
 * Runs every {@link EvalSuite} over the shared data folder and renders the scores as a table.
 * The {@code eval} CLI command and the CI gate test both call this, so the figures in the
 * results file are the figures CI checks.
 */
public final class Evaluation {

    /** Every suite, in the order the table shows them. Add new suites here. */
    public static List<EvalSuite> suites() {
        return suites(new RelevanceEval(Path.of("corpus")));
    }

    /** Every suite, search ranking scored by {@code relevance} (another mode or backend). */
    public static List<EvalSuite> suites(RelevanceEval relevance) {
        List<EvalSuite> suites = new ArrayList<>();
        suites.add(new ReutersCountryEval());
        suites.add(new ReutersEntityEval());
        suites.add(new CrsDateTitleEval());
        suites.add(relevance);
        suites.add(new EntityGoldEval(Path.of("")));
        return suites;
    }

    /** Outcome of one suite: its scores, or why it was skipped. */
    public record SuiteResult(String suite, List<Score> scores, String skipped, String details) {}

    public static List<SuiteResult> runAll(Path dataRoot, List<EvalSuite> suites) {
        List<SuiteResult> results = new ArrayList<>();
        for (EvalSuite suite : suites) {
            Path folder = dataRoot.resolve(suite.dataFolder());
            if (!Files.isDirectory(folder)) {
                results.add(new SuiteResult(suite.name(), List.of(), "skipped: " + folder + " not found", ""));
                continue;
            }
            try {
                EvalSuite.Outcome outcome = suite.evaluate(dataRoot);
                results.add(new SuiteResult(suite.name(), outcome.scores(), null, outcome.details()));
            } catch (IOException e) {
                throw new UncheckedIOException("evaluation " + suite.name() + " failed", e);
            }
        }
        return results;
    }

    /** A Markdown table of all scores, with target and pass/fail for gated ones. */
    public static String table(List<SuiteResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("| suite | metric | value | target | result | note |\n");
        sb.append("|---|---|---|---|---|---|\n");
        for (SuiteResult r : results) {
            if (r.skipped() != null) {
                sb.append("| ")
                        .append(r.suite())
                        .append(" | - | - | - | ")
                        .append(r.skipped())
                        .append(" | |\n");
                continue;
            }
            for (Score s : r.scores()) {
                sb.append("| ")
                        .append(s.suite())
                        .append(" | ")
                        .append(s.metric())
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%.4f", s.value()))
                        .append(" | ")
                        .append(s.isGated() ? String.format(Locale.ROOT, ">= %.2f", s.target()) : "")
                        .append(" | ")
                        .append(s.isGated() ? (s.passes() ? "pass" : "FAIL") : "reported")
                        .append(" | ")
                        .append(s.note() == null ? "" : s.note().replace("|", "/"))
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    /** Each suite's Markdown detail under a heading of its name. */
    public static String details(List<SuiteResult> results) {
        StringBuilder sb = new StringBuilder();
        for (SuiteResult r : results) {
            if (r.details() != null && !r.details().isBlank()) {
                sb.append("\n## ")
                        .append(r.suite())
                        .append("\n\n")
                        .append(r.details().strip())
                        .append('\n');
            }
        }
        return sb.toString();
    }

    /** Gated scores below their target. */
    public static List<Score> failures(List<SuiteResult> results) {
        return results.stream()
                .flatMap(r -> r.scores().stream())
                .filter(s -> !s.passes())
                .toList();
    }

    public static void writeResults(Path file, List<SuiteResult> results) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String doc = "# Evaluation results\n\n"
                + "Written by `bin/briefings eval` (and checked by `EvaluationGateTest` in CI). "
                + "Scores are deterministic: same code and data, same figures.\n\n"
                + table(results)
                + details(results);
        Files.writeString(file, doc, StandardCharsets.UTF_8);
    }

    private Evaluation() {}
}
