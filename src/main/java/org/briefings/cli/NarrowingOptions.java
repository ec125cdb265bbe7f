package org.briefings.cli;

import java.util.List;
import java.util.Set;
import org.briefings.bulk.OutputFormats;
import org.briefings.search.CopyMode;
import org.briefings.search.DateRange;
import org.briefings.search.SearchRequest;
import org.briefings.search.SortOrder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --from}, {@code --to}, {@code --sort} and {@code --copies} for {@code export} and {@code batch}; with the
 * filter options ({@link SearchCommand.FilterOptions}) they narrow and order the same way as
 * {@code search}, and as the HTTP API's parameters of the same names.
 */
final class NarrowingOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after (2019, 2019-04 or 2019-04-11).")
    String from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Published on or before (2019 means to the end of 2019).")
    String to;

    @Option(
            names = "--sort",
            paramLabel = "ORDER",
            defaultValue = "relevance",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(
            names = "--copies",
            paramLabel = "MODE",
            defaultValue = "show",
            description = "hide leaves copies out, as search --copies hide does; show (default) and collapse"
                    + " take every match.")
    String copies;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:8080",
            description = "Where the web page is served, for the links in the output (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    /**
     * The output format given as {@code --format} (one of {@code answerFormats}), else {@code
     * fallback}. {@code --format} is already the filter on the briefings' own format ({@code --format
     * pdf}); {@code export} and {@code batch} take their output format from the same option, as the
     * HTTP API does, and the briefings' format {@code csv} is filtered with the query {@code
     * format:csv}.
     */
    static String answerFormat(CommandSpec spec, Set<String> answerFormats, String fallback) {
        List<String> values = spec.findOption("--format").getValue();
        String chosen = OutputFormats.chosen(values == null ? List.of() : values, answerFormats, "--format");
        return chosen == null ? fallback : chosen;
    }

    /**
     * A request with {@code query}, these options and the command's filter options; values of
     * {@code --format} in {@code answerFormats} choose the output and do not filter.
     */
    SearchRequest request(CommandSpec spec, String query, Set<String> answerFormats) {
        SearchRequest.Builder b = SearchRequest.builder()
                .query(query)
                .from(DateRange.start("from", from))
                .to(DateRange.end("to", to))
                .sort(SortOrder.parse(sort))
                .copies(CopyMode.parse(copies));
        SearchCommand.FilterOptions.apply(spec, b, answerFormats);
        return b.build();
    }
}
