package org.briefings.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefings.engine.EngineBuilder;
import org.briefings.eval.EvalSuite;
import org.briefings.eval.Evaluation;
import org.briefings.eval.Score;
import org.briefings.eval.relevance.RelevanceEval;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchMode;
import org.briefings.solr.SolrIndex;
import org.briefings.solr.SolrTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code eval}: scores the taggers on labelled data and writes the results file. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Score the country, people, organisation and date taggers on labelled data",
            "(Reuters-21578 TEST split, CRS reports, the annotated entity gold) and search ranking on the",
            "relevance test collection (keyword or hybrid search, embedded or on SolrCloud), and write a results",
            "table."
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

    @Option(
            names = "--suite",
            paramLabel = "NAME",
            description = "Run only this suite (for example relevance); default: all.")
    String suite;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "keyword",
            description = "How the relevance suite searches: keyword (default), hybrid (needs --semantic), or"
                    + " keyword,hybrid: both on one index, each metric named after its mode.")
    String mode;

    @Option(
            names = "--semantic",
            description = "Embed the relevance suite's documents first (minutes), so --mode hybrid can be scored.")
    boolean semantic;

    @Option(
            names = "--solr",
            paramLabel = "URL[,URL...]",
            description = "Index the relevance suite's documents in a SolrCloud collection (--collection) instead of"
                    + " a temporary embedded index.")
    String solr;

    @Option(
            names = "--collection",
            paramLabel = "NAME",
            defaultValue = "relevance-eval",
            description = "The collection --solr fills (default: ${DEFAULT-VALUE}; created when missing, left behind).")
    String collection;

    @Option(
            names = "--keep-index",
            paramLabel = "DIR",
            description = "Keep the relevance suite's copied documents and index in DIR and reuse them on the next run"
                    + " (minutes saved; only reconciles). Use a fresh DIR after a change to indexing.")
    Path keepIndex;

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
        List<SearchMode> modes = new ArrayList<>();
        try {
            for (String m : mode.split(",")) {
                modes.add(SearchMode.parse(m));
            }
        } catch (InvalidRequestException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (modes.contains(SearchMode.HYBRID) && !semantic) {
            throw new ParameterException(spec.commandLine(), "--mode hybrid needs --semantic");
        }
        EngineBuilder.IndexOpener index = null;
        if (solr != null) {
            SolrTarget target = SolrTarget.of(solr, collection, 1, 1);
            index = codes -> SolrIndex.open(target, codes);
        }
        List<EvalSuite> suites =
                Evaluation.suites(new RelevanceEval(Path.of("corpus"), modes, semantic, index, keepIndex)).stream()
                        .filter(s -> suite == null || s.name().equals(suite))
                        .toList();
        if (suites.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no suite is named '" + suite + "'");
        }
        out.println("relevance: " + mode + " search on "
                + (solr == null ? "the embedded index" : "SolrCloud collection " + collection));
        List<Evaluation.SuiteResult> results = Evaluation.runAll(data, suites);
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
