package org.briefings.http;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefings.bulk.OutputFormats;
import org.briefings.index.FacetDimension;
import org.briefings.search.CopyMode;
import org.briefings.search.DateRange;
import org.briefings.search.SearchRequest;
import org.briefings.search.SortOrder;

/**
 * The parameters that say what a search matches and in what order, read the same way for {@code
 * /api/search}, {@code /api/export} and {@code /api/batch-search}: one filter per {@link
 * FacetDimension}, {@code from}, {@code to} and {@code sort} (and {@code q} where the endpoint takes
 * it), so an export or a batch gives exactly what the same search gives.
 */
final class SearchParams {

    /** Filters, dates and sort: what every search-like endpoint takes besides its own parameters. */
    static final Set<String> NARROWING = Stream.concat(
                    Stream.of("from", "to", "sort"),
                    Stream.of(FacetDimension.values()).map(FacetDimension::parameter))
            .collect(Collectors.toUnmodifiableSet());

    /** {@link #NARROWING} plus {@code own}. */
    static Set<String> with(String... own) {
        return Stream.concat(NARROWING.stream(), Stream.of(own)).collect(Collectors.toUnmodifiableSet());
    }

    /** A request builder with {@code q} (when given), the filters, dates, sort and copies of {@code p}. */
    static SearchRequest.Builder read(Params p) {
        return read(p, Set.of());
    }

    /**
     * As {@link #read(Params)}, for an endpoint whose answer comes in several formats. {@code
     * format} is already the filter on the briefings' own format ({@code format=pdf}); such an
     * endpoint takes its answer's format from the same parameter ({@code format=csv}), so values in
     * {@code answerFormats} choose the answer ({@link #answerFormat}) and the others filter. A
     * filter on briefings whose own format is one of those is written in the query ({@code
     * q=format:csv}).
     */
    static SearchRequest.Builder read(Params p, Set<String> answerFormats) {
        // with the answer's format named by output=, every value of format= filters
        Set<String> choosing = output(p) != null ? Set.of() : answerFormats;
        SearchRequest.Builder b = SearchRequest.builder()
                .query(p.first("q"))
                .from(DateRange.start("from", blankToNull(p.first("from"))))
                .to(DateRange.end("to", blankToNull(p.first("to"))))
                .sort(SortOrder.parse(p.first("sort")))
                // absent where the endpoint does not take it: Params refused it already
                .copies(CopyMode.parse(p.first("copies")));
        for (FacetDimension dim : FacetDimension.values()) {
            for (String v : p.all(dim.parameter())) {
                if (dim != FacetDimension.FORMAT || !choosing.contains(v.strip().toLowerCase(Locale.ROOT))) {
                    b.filter(dim.dim(), v);
                }
            }
        }
        return b;
    }

    /**
     * The answer's format: {@code output} when given (one of {@code answerFormats}, else a 400), so
     * that {@code format} can filter on any of the briefings' own formats ({@code format=csv}
     * included); else the value of {@code format} that is one of {@code answerFormats} (lower case),
     * or null. Two are a 400, and so is another endpoint's answer format ({@link
     * OutputFormats#chosen}).
     */
    static String answerFormat(Params p, Set<String> answerFormats) {
        String output = output(p);
        if (output != null) {
            if (!answerFormats.contains(output)) {
                throw ApiException.badParameter(
                        "output",
                        "parameter 'output' is one of " + new TreeSet<>(answerFormats) + ", not '" + output + "'");
            }
            return output;
        }
        return OutputFormats.chosen(p.all(FacetDimension.FORMAT.parameter()), answerFormats, "parameter 'format'");
    }

    /** The {@code output} parameter, lower case, or null when absent or blank. */
    private static String output(Params p) {
        String v = blankToNull(p.first("output"));
        return v == null ? null : v.strip().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private SearchParams() {}
}
