package org.briefings.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.briefings.Json;
import org.briefings.engine.BriefingEngine;
import org.briefings.index.FacetDimension;
import org.briefings.search.CopyMode;
import org.briefings.search.DateRange;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchMode;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.search.SortOrder;
import org.briefings.view.BriefingViews;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search QUERY}: ranked hits with date, countries and a snippet, then facet counts. The
 * filter options ({@code --country}, {@code --about}, ...) are one per {@link FacetDimension},
 * added by {@link FilterOptions} when picocli builds the command.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        modelTransformer = SearchCommand.FilterOptions.class,
        description = {
            "Search the index. QUERY uses Lucene syntax: words, \"phrases\", AND/OR/NOT, wildcards*,",
            "and fields title:, country:, about:, person:, org:, language:, format:, published:[2019 TO 2020].",
            "Example: briefings search sanctions --country KP --from 2019 --sort newest",
            "Briefings with no publication date match no date range; --undated lists them."
        })
final class SearchCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query text (omit for every briefing).")
    List<String> query = new ArrayList<>();

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
            names = {"-n", "--size"},
            paramLabel = "N",
            defaultValue = "10",
            description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(
            names = "--cursor",
            paramLabel = "CURSOR",
            description = "Continue after the page that printed this cursor.")
    String cursor;

    @Mixin
    SemanticOption semantic;

    @Option(
            names = "--mode",
            paramLabel = "MODE",
            defaultValue = "keyword",
            description = "keyword (default) or hybrid: a question's words and meaning fused, as the API's"
                    + " mode=hybrid; needs --semantic and the vectors index --semantic (or serve) wrote.")
    String mode;

    @Option(
            names = "--copies",
            paramLabel = "MODE",
            defaultValue = "show",
            description = "show (default) every briefing, collapse each copy group to one hit, or hide copies"
                    + " (the API's copies=).")
    String copies;

    @Option(names = "--json", description = "Print the full answer as JSON (the same shape as the HTTP API).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest.Builder b = SearchRequest.builder()
                .query(String.join(" ", query))
                .size(size)
                .cursor(cursor);
        FilterOptions.apply(spec, b, Set.of());
        try (BriefingEngine engine = paths.builder().semantic(semantic.on).open()) {
            SearchResponse r;
            try {
                b.mode(SearchMode.parse(mode))
                        .copies(CopyMode.parse(copies))
                        .sort(SortOrder.parse(sort))
                        .from(DateRange.start("from", from))
                        .to(DateRange.end("to", to));
                r = engine.search(b.build());
            } catch (InvalidRequestException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 2;
            }
            if (json) {
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(r));
            } else {
                print(out, r);
            }
            out.flush();
            return 0;
        }
    }

    /**
     * Adds a repeatable {@code --DIM VALUE} option for every facet dimension, and a plain switch
     * ({@code --undated}) for a flag.
     */
    static final class FilterOptions implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec command) {
            for (FacetDimension dim : FacetDimension.values()) {
                if (dim.kind() == FacetDimension.Kind.FLAG) {
                    command.addOption(OptionSpec.builder(name(dim))
                            .type(boolean.class)
                            .arity("0")
                            .description("Only briefings " + dim.description().replace(" (true)", "") + ".")
                            .build());
                    continue;
                }
                command.addOption(OptionSpec.builder(name(dim))
                        .paramLabel(
                                switch (dim.kind()) {
                                    case COUNTRY -> "CC";
                                    case NAME -> "NAME";
                                    case CODE -> "CODE";
                                    case YEAR -> "YYYY";
                                    case MONTH -> "YYYY-MM";
                                    case FLAG -> throw new IllegalStateException("a flag takes no value");
                                })
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .description("Only briefings " + dim.description() + "; repeat to OR.")
                        .build());
            }
            return command;
        }

        /**
         * Adds the filter options' values given on the command line to {@code b}, except values of
         * {@code --format} in {@code answerFormats}: for {@code export} and {@code batch}, {@code
         * --format csv} chooses the output (see {@link NarrowingOptions#answerFormat}).
         */
        static void apply(CommandSpec spec, SearchRequest.Builder b, Set<String> answerFormats) {
            given(spec)
                    .forEach((dim, values) -> values.stream()
                            .filter(v -> !dim.equals(FacetDimension.FORMAT.dim())
                                    || !answerFormats.contains(v.strip().toLowerCase(Locale.ROOT)))
                            .forEach(v -> b.filter(dim, v)));
        }

        /**
         * The filter options given on the command line, by dimension: a value option's values, and
         * {@code "true"} for a flag given ({@code --undated}, {@code --ocr}), as the HTTP API takes them.
         */
        static Map<String, List<String>> given(CommandSpec spec) {
            Map<String, List<String>> filters = new LinkedHashMap<>();
            for (FacetDimension dim : FacetDimension.values()) {
                Object value = spec.findOption(name(dim)).getValue();
                if (value instanceof List<?> values && !values.isEmpty()) { // a value option, given any number of times
                    filters.put(dim.dim(), values.stream().map(String::valueOf).toList());
                } else if (Boolean.TRUE.equals(value)) { // a flag
                    filters.put(dim.dim(), List.of("true"));
                }
            }
            return filters;
        }

        static String name(FacetDimension dim) {
            return "--" + dim.parameter();
        }
    }

    static void print(PrintWriter out, SearchResponse r) {
        out.printf("%s%d briefings (%d ms)%n", r.totalExact() ? "" : "at least ", r.total(), r.tookMs());
        if (r.relaxed()) {
            out.println("showing briefings that match most of your words");
        }
        if (SearchMode.HYBRID.json().equals(r.mode())) {
            out.println("ranked by your words and their meaning");
        }
        if (r.suggestion() != null) {
            out.printf("did you mean: %s%n", r.suggestion());
        }
        out.println();
        int rank = 1;
        for (BriefingViews.Hit h : r.hits()) {
            String about =
                    h.about().stream().map(BriefingViews.CountryRef::code).collect(Collectors.joining(","));
            String mentioned =
                    h.mentioned().stream().map(BriefingViews.CountryRef::code).collect(Collectors.joining(","));
            String date = h.published() == null ? "undated" : h.published().date();
            out.printf("%2d. %s  [%s]  %s%n", rank++, h.title(), date, h.format());
            out.printf(
                    "    about: %s   mentions: %s%n",
                    about.isEmpty() ? "-" : about, mentioned.isEmpty() ? "-" : mentioned);
            out.printf("    %s%n", terminalSnippet(h.snippet()));
            out.printf("    %s  id %s%n%n", h.sourcePath(), h.id().substring(0, 12));
        }
        for (SearchResponse.Facet f : r.facets()) {
            if (f.values().isEmpty()) {
                continue;
            }
            String values = f.values().stream()
                    .limit(10)
                    .map(v -> (v.selected() ? "*" : "") + v.value() + " (" + v.count() + ")")
                    .collect(Collectors.joining(", "));
            out.printf("%-9s %s%n", f.dim() + ":", values);
        }
        if (r.undated() > 0) {
            out.printf("%-9s %d (no publication date; --undated lists them)%n", "undated:", r.undated());
        }
        if (r.nextCursor() != null) {
            out.printf("%nmore: --cursor %s%n", r.nextCursor());
        }
    }

    /** The HTML snippet for a terminal: marks as [brackets], entities decoded. */
    static String terminalSnippet(String html) {
        String s = html.replace("<mark>", "[").replace("</mark>", "]").replaceAll("\\s+", " ");
        s = s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&#x2F;", "/")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
