package org.briefings.search;

import static org.briefings.index.BriefingSchema.FLAG_SET;
import static org.briefings.index.BriefingSchema.PUBLISHED;
import static org.briefings.index.BriefingSchema.facetsConfig;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.briefings.index.FacetDimension;

/**
 * A {@link SearchRequest} checked and planned without looking at any index: the query text parsed
 * (fields checked, {@code country:"North Korea"} turned into codes) into a strict and, for prose, a
 * relaxed query, the date range added, and the filters checked and normalised. The embedded searcher
 * runs these queries itself; a backend elsewhere (SolrCloud) translates them, so a bad query is the
 * same 400 before anything is sent, whichever backend serves it.
 */
public final class RequestPlanner {

    private final CountryCodes countries;
    private final Ranking ranking;
    private final QueryPlanner planner;

    public RequestPlanner(CountryCodes countries, Ranking ranking) {
        this.countries = countries;
        this.ranking = ranking;
        this.planner = new QueryPlanner(countries, ranking);
    }

    public CountryCodes countries() {
        return countries;
    }

    public Ranking ranking() {
        return ranking;
    }

    /**
     * A request planned: {@code strict} and {@code relaxed} (null when the text is never relaxed)
     * are the text with the date range and without the filters; the search relaxes when the strict
     * form, filtered, finds fewer than {@code relaxBelow}.
     */
    public record Plan(Query strict, Query relaxed, Map<FacetDimension, List<String>> filters, int relaxBelow) {}

    /**
     * Plans a request.
     *
     * @throws InvalidRequestException when the query or a filter is not valid
     */
    public Plan plan(SearchRequest request) {
        TextQueries.Plan text = planner.plan(request.query());
        Map<FacetDimension, List<String>> filters = normaliseFilters(request.filters());
        return new Plan(
                withDates(request, text.strict()),
                text.relaxed() == null ? null : withDates(request, text.relaxed()),
                filters,
                ranking.relaxBelow());
    }

    /** The selection of a search, as Lucene queries with the filters (see {@link BriefingSearcher.Selection}). */
    public BriefingSearcher.Selection selection(SearchRequest request) {
        Plan plan = plan(request);
        return new BriefingSearcher.Selection(
                drill(plan.strict(), plan.filters()),
                plan.relaxed() == null ? null : drill(plan.relaxed(), plan.filters()),
                plan.relaxBelow());
    }

    static DrillDownQuery drill(Query base, Map<FacetDimension, List<String>> filters) {
        DrillDownQuery drill = new DrillDownQuery(facetsConfig(), base);
        filters.forEach((dim, values) -> values.forEach(v -> drill.add(dim.dim(), v)));
        return drill;
    }

    /**
     * What a request's dates (and copies hidden, when asked) alone select, for the vector side of a
     * hybrid search; null when they select everything.
     */
    public static Query datesOnly(SearchRequest request) {
        Query q = withDates(request, new MatchAllDocsQuery());
        return q instanceof MatchAllDocsQuery ? null : q;
    }

    /** The text query plus the date range (and copies hidden when asked), without facet filters. */
    static Query withDates(SearchRequest request, Query query) {
        Query text = CopyFolding.hideCopies(query, request.copies());
        if (request.from() == null && request.to() == null) {
            return text;
        }
        long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
        long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text, text instanceof MatchAllDocsQuery ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST);
        b.add(LongPoint.newRangeQuery(PUBLISHED, from, to), BooleanClause.Occur.FILTER);
        return b.build();
    }

    /** Validates filter dimensions and values: country names become codes, codes are lower case. */
    public Map<FacetDimension, List<String>> normaliseFilters(Map<String, List<String>> filters) {
        Map<FacetDimension, List<String>> out = new EnumMap<>(FacetDimension.class);
        for (Map.Entry<String, List<String>> e : filters.entrySet()) {
            String name = e.getKey();
            FacetDimension dim = FacetDimension.byDim(name)
                    .orElseThrow(() -> new InvalidRequestException(
                            name,
                            "unknown filter '" + name + "'; filters are " + new TreeSet<>(FacetDimension.dims())));
            List<String> values = new ArrayList<>();
            for (String v : e.getValue()) {
                if (v == null || v.isBlank()) {
                    throw new InvalidRequestException(name, "filter '" + name + "' needs a value");
                }
                values.add(
                        switch (dim.kind()) {
                            case COUNTRY ->
                                countries
                                        .code(v)
                                        .orElseThrow(() -> new InvalidRequestException(
                                                name,
                                                "unknown country '" + v + "' in filter '" + name
                                                        + "' (use a name or an ISO code)"));
                            case CODE -> v.strip().toLowerCase(Locale.ROOT);
                            case NAME -> v.strip();
                            case YEAR -> year(name, v);
                            case MONTH -> month(name, v);
                            case FLAG -> flag(name, v);
                        });
            }
            values.removeIf(v -> v.isEmpty());
            if (!values.isEmpty()) {
                out.put(dim, values);
            }
        }
        return out;
    }

    /**
     * A year as the index writes it ({@code 2019}; {@code 02019} is the same year), or a 400: a
     * value no briefing can carry would otherwise answer nothing, as if there were no briefings.
     */
    private static String year(String name, String value) {
        String v = value.strip();
        if (YEAR_VALUE.matcher(v).matches()) {
            return String.valueOf(Integer.parseInt(v));
        }
        throw new InvalidRequestException(name, "filter '" + name + "' is a year such as 2019, not '" + value + "'");
    }

    /** A month as the index writes it ({@code 2019-04}; {@code 2019-4} is the same month), or a 400. */
    private static String month(String name, String value) {
        Matcher m = MONTH_VALUE.matcher(value.strip());
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) {
                return m.group(1) + "-" + (month < 10 ? "0" : "") + month;
            }
        }
        throw new InvalidRequestException(
                name, "filter '" + name + "' is a month such as 2019-04, not '" + value + "'");
    }

    private static final Pattern YEAR_VALUE = Pattern.compile("\\d{1,6}");

    private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{1,2})");

    /** {@code true} filters on the flag, {@code false} is no filter (empty), anything else is refused. */
    private static String flag(String name, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> FLAG_SET;
            case "false" -> "";
            default ->
                throw new InvalidRequestException(name, "filter '" + name + "' is true or false, not '" + value + "'");
        };
    }
}
