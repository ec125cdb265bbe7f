package org.briefings.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.briefings.bulk.ExportFormat;
import org.briefings.bulk.ExportWriter;
import org.briefings.bulk.PageLinks;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export QUERY [filters] --format csv|jsonl}: every matching briefing, one row each, to stdout or a file. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        modelTransformer = SearchCommand.FilterOptions.class,
        description = {
            "Write every briefing a search matches (no cap) as CSV or JSON Lines: id, title, publication date and",
            "precision, about and mentioned countries, people, organisations, format, language, source path, link.",
            "--format csv (the default) or --format jsonl chooses the output; other --format values filter.",
            "Example: briefings export sanctions --about KP --format csv > sanctions.csv"
        })
final class ExportCommand implements Callable<Integer> {

    /** {@code --format csv} or {@code --format jsonl} chooses the output; other values filter, as in search. */
    static final Set<String> FORMATS = Set.of("csv", "jsonl");

    @Mixin
    PathOptions paths;

    @Mixin
    NarrowingOptions narrowing;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query text (omit, or *:*, for every briefing).")
    List<String> query = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to FILE instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SearchRequest request;
        ExportFormat f;
        try {
            f = ExportFormat.parse(NarrowingOptions.answerFormat(spec, FORMATS, "csv"));
            request = narrowing.request(spec, String.join(" ", query), FORMATS);
        } catch (InvalidRequestException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return 2;
        }
        try (BriefingEngine engine = paths.builder().open()) {
            Writer out = output == null
                    ? spec.commandLine().getOut()
                    : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
            try {
                ExportWriter writer = new ExportWriter(f, out, new PageLinks(narrowing.baseUrl));
                long n = engine.scan(request, writer::row);
                writer.finish();
                spec.commandLine().getErr().printf("exported %,d briefings%n", n);
            } catch (InvalidRequestException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 2;
            } finally {
                if (output != null) {
                    out.close();
                }
            }
        }
        return 0;
    }
}
