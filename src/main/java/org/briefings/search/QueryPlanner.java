package org.briefings.search;

import org.apache.lucene.search.MatchAllDocsQuery;

/**
 * Turns query text into the queries a search may run: text in the syntax (see {@link QueryForm})
 * is parsed exactly as written and never relaxed, so {@code AND}, {@code +}, fields, phrases and
 * wildcards keep their meaning; text typed as prose is planned by {@link TextQueries}, with a
 * relaxed form for when requiring every word finds too little.
 */
final class QueryPlanner {

    private final CountryCodes countries;
    private final TextQueries text;

    QueryPlanner(CountryCodes countries, Ranking ranking) {
        this.countries = countries;
        this.text = new TextQueries(ranking);
    }

    TextQueries.Plan plan(String query) {
        if (query == null || query.isBlank()) {
            return new TextQueries.Plan(new MatchAllDocsQuery(), null, 0);
        }
        if (QueryForm.isSyntax(query)) {
            return new TextQueries.Plan(new BriefingQueryParser(countries, text).parseQuery(query), null, 0);
        }
        if (query.length() > BriefingQueryParser.MAX_QUERY_CHARS) {
            throw new InvalidRequestException(
                    "q",
                    "query is " + query.length() + " characters long; the limit is "
                            + BriefingQueryParser.MAX_QUERY_CHARS);
        }
        return text.prose(query);
    }
}
