package org.briefings.search;

import static org.briefings.index.BriefingSchema.ABOUT;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns query text into the queries a search may run: text in the syntax (see {@link QueryForm})
 * is parsed exactly as written and never relaxed, so {@code AND}, {@code +}, fields, phrases and
 * wildcards keep their meaning; text typed as prose is planned by {@link TextQueries}, with a
 * relaxed form for when requiring every word finds too little. A country named in a question adds
 * a bonus to briefings about it ({@link Ranking#aboutBoost()}): a question about North Korea prefers
 * briefings about North Korea to those that mention it, and still finds the others.
 */
final class QueryPlanner {

    /** A quote, field, wildcard, fuzzy, boost, range or regexp: syntax that is more than bare words. */
    private static final Pattern BEYOND_BARE_WORDS = Pattern.compile("[\"*?:~^\\[\\]{}/\\\\]");

    private final CountryCodes countries;
    private final TextQueries text;
    private final NamedCountries named;
    private final float aboutBoost;

    /**
     * Plans of texts searched lately. Why: a text is searched again and again as its reader pages,
     * selects facet values or changes the dates, and planning prose (analysis, question words,
     * countries named) was a few percent of a search (issue 16). A plan depends on the text alone
     * and its queries are immutable, so one plan serves every search of the text, on every thread.
     * Bounded by emptying it when full: no order to keep, and refilling costs what planning costs.
     */
    private final Map<String, TextQueries.Plan> recent = new ConcurrentHashMap<>();

    /** How many texts' plans are kept. */
    static final int RECENT_PLANS = 512;

    QueryPlanner(CountryCodes countries, Ranking ranking) {
        this.countries = countries;
        this.text = new TextQueries(ranking);
        this.named = new NamedCountries(countries);
        this.aboutBoost = ranking.aboutBoost();
    }

    /**
     * The plan of a query text, from the recent plans when it was planned lately.
     *
     * @throws InvalidRequestException when the text is not a valid query (never kept)
     */
    TextQueries.Plan plan(String query) {
        if (query == null) {
            return planAfresh(null);
        }
        TextQueries.Plan plan = recent.get(query);
        if (plan == null) {
            plan = planAfresh(query);
            if (recent.size() >= RECENT_PLANS) {
                recent.clear();
            }
            recent.put(query, plan);
        }
        return plan;
    }

    private TextQueries.Plan planAfresh(String query) {
        if (query == null || query.isBlank()) {
            return new TextQueries.Plan(new MatchAllDocsQuery(), null, 0);
        }
        if (QueryForm.isSyntax(query)) {
            Query parsed = new BriefingQueryParser(countries, text).parseQuery(query);
            // words and operators only, read as a question ("what OR did OR kiribati OR say"): the
            // same bonus as the question typed as prose; never with a phrase, a field or a wildcard
            boolean bareQuestion = !BEYOND_BARE_WORDS.matcher(query).find() && QuestionWords.anyIn(query);
            Query about = aboutBoost > 0 && bareQuestion ? about(named.in(query)) : null;
            return new TextQueries.Plan(about == null ? parsed : boosted(parsed, about), null, 0);
        }
        if (query.length() > BriefingQueryParser.MAX_QUERY_CHARS) {
            throw new InvalidRequestException(
                    "q",
                    "query is " + query.length() + " characters long; the limit is "
                            + BriefingQueryParser.MAX_QUERY_CHARS);
        }
        TextQueries.Plan plan = text.prose(query);
        Query about = aboutBoost > 0 && plan.question() && plan.words() > 0 ? about(named.in(query)) : null;
        if (about == null) {
            return plan;
        }
        return new TextQueries.Plan(
                boosted(plan.strict(), about),
                plan.relaxed() == null ? null : boosted(plan.relaxed(), about),
                plan.words(),
                true);
    }

    /** A constant bonus for being about any of {@code codes}; null when there are none. */
    private Query about(Set<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        codes.forEach(c -> any.add(new TermQuery(new Term(ABOUT, c)), Occur.SHOULD));
        return new BoostQuery(new ConstantScoreQuery(any.build()), aboutBoost);
    }

    private static Query boosted(Query match, Query bonus) {
        return new BooleanQuery.Builder()
                .add(match, Occur.MUST)
                .add(bonus, Occur.SHOULD)
                .build();
    }
}
