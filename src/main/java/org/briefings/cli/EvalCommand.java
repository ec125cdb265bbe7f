package org.briefings.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefings.eval.Evaluation;
import org.briefings.eval.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: scores the taggers on labelled data and writes the results file. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score the country, people, organisation and date taggers on labelled data",
            "(Reuters-21578 TEST split, CRS reports, the annotated entity gold) and search ranking on the",
            "relevance test collection, and write a results table."
        })
final class EvalCommand implements Callable<Integer> {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "../shared/data",
            description = "The shared data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = "docs/eval-results.md",
            description = "Where to write the results table (default: ${DEFAULT-VALUE}).")
    Path outFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(data)) {
            out.println("skipped: " + data + " not found");
            out.flush();
            return 0;
        }
        List<Evaluation.SuiteResult> results = Evaluation.runAll(data, Evaluation.suites());
        out.println(Evaluation.table(results));
        out.println(Evaluation.details(results));
        Evaluation.writeResults(outFile, results);
        out.println("written to " + outFile);
        List<Score> failures = Evaluation.failures(results);
        if (!failures.isEmpty()) {
            out.println("below target: " + failures.size());
        }
        out.flush();
        return failures.isEmpty() ? 0 : 1;
    }
}
