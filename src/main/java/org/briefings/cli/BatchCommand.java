package org.briefings.cli;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.briefings.bulk.BatchInput;
import org.briefings.bulk.BatchWriter;
import org.briefings.bulk.PageLinks;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.BatchSearcher;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code batch FILE [filters]}: many queries at once, each with its total, top hits and a link. */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        modelTransformer = SearchCommand.FilterOptions.class,
        description = {
            "Run up to 10,000 queries, one per line of FILE (a .csv file: its first column; a .json file: an array",
            "of strings), under the same filters; print each query's total, top hits and a link to the page.",
            "Lines that cannot run are reported by number. Example: briefings batch names.txt --about KP --format csv"
        })
final class BatchCommand implements Callable<Integer> {

    /** {@code --format json} (the default) or {@code --format csv} chooses the output; other values filter. */
    static final Set<String> FORMATS = Set.of("json", "csv");

    @Mixin
    PathOptions paths;

    @Mixin
    NarrowingOptions narrowing;

    @Parameters(paramLabel = "FILE", description = "The queries: text, .csv or .json.")
    Path file;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "3",
            description = "Hits listed per query, 0 to 20 (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--header", description = "The first row of a CSV file is a header, not a query.")
    boolean header;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        if (top < 0 || top > BatchSearcher.MAX_TOP) {
            err.println("error: --top must be between 0 and " + BatchSearcher.MAX_TOP);
            return 2;
        }
        List<BatchInput.Entry> entries;
        SearchRequest template;
        String f;
        try {
            f = NarrowingOptions.answerFormat(spec, FORMATS, "json");
            template = narrowing.request(spec, "", FORMATS);
            entries = BatchInput.read(Files.readString(file, StandardCharsets.UTF_8), kind(file), header);
        } catch (InvalidRequestException | BatchInput.TooManyQueriesException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        try (BriefingEngine engine = paths.builder().open()) {
            Writer out = spec.commandLine().getOut();
            BatchWriter.Summary s;
            try {
                s = new BatchWriter(f.equals("csv"), out)
                        .run(engine, template, entries, top, new PageLinks(narrowing.baseUrl));
            } catch (InvalidRequestException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
            if (f.equals("json")) {
                out.write(System.lineSeparator());
            }
            out.flush();
            err.printf("%,d queries, %,d could not run%n", s.queries(), s.failed());
        }
        return 0;
    }

    private static BatchInput.Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return BatchInput.Kind.JSON;
        }
        return name.endsWith(".csv") ? BatchInput.Kind.CSV : BatchInput.Kind.LINES;
    }
}
