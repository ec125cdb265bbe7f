package org.briefings.search;

import static org.briefings.index.BriefingSchema.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.briefings.index.BriefingSchema;

/**
 * Lucene classic syntax over briefings. Bare words search title, summary and body as one
 * field-weighted document ({@link TextQueries}); phrases, wildcards and fuzzy terms search each
 * field with the title boosted most;
 * fields analysts know are mapped onto the index's fields:
 * <ul>
 *   <li>{@code country:}, {@code about:} take a name or a code ({@code country:"North Korea"} =
 *       {@code country:KP});</li>
 *   <li>{@code person:}, {@code org:} match words of names ({@code person:trump});</li>
 *   <li>{@code language:}, {@code format:} exact values;</li>
 *   <li>{@code published:[2019 TO 2020-06]} and {@code event:[2018 TO 2018]} take dates at any
 *       precision (event = dates the text talks about).</li>
 * </ul>
 * Any other field is an error that names it, rather than a silent search for nothing.
 */
final class BriefingQueryParser extends MultiFieldQueryParser {

    private static final Set<String> TEXT_FIELDS = Set.of(TITLE, SUMMARY, BODY);
    static final List<String> KNOWN_FIELDS = List.of(
            "title",
            "summary",
            "body",
            "country",
            "about",
            "person",
            "org",
            "language",
            "format",
            "published",
            "event");

    private static final Set<String> MATCH_ALL = Set.of("*:*", "*");

    private final CountryCodes countries;
    private final TextQueries text;

    BriefingQueryParser(CountryCodes countries, TextQueries text) {
        super(new String[] {TITLE, SUMMARY, BODY}, BriefingSchema.analyzer(), Map.copyOf(BriefingSchema.TEXT_BOOSTS));
        this.countries = countries;
        this.text = text;
        setDefaultOperator(QueryParser.AND_OPERATOR);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    /**
     * Longest query text accepted. Real queries are a few hundred characters; the limit keeps a
     * pasted document or a generated monster from costing parse time and memory.
     */
    static final int MAX_QUERY_CHARS = 10_000;
    /**
     * Deepest parenthesis nesting accepted. The generated parser recurses once per level, so
     * thousands of levels would overflow a worker thread's stack; the check answers 400 first.
     */
    static final int MAX_NESTING = 50;

    /**
     * Parses query text; blank means every briefing, and so do {@code *:*} (what Lucene and Solr
     * users type for everything) and a lone {@code *}.
     */
    Query parseQuery(String text) {
        if (text == null || text.isBlank() || MATCH_ALL.contains(text.strip())) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > MAX_QUERY_CHARS) {
            throw new InvalidRequestException(
                    "q", "query is " + text.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
        }
        int depth = nesting(text);
        if (depth > MAX_NESTING) {
            throw new InvalidRequestException(
                    "q", "query nests parentheses " + depth + " levels deep; the limit is " + MAX_NESTING);
        }
        try {
            return parse(text);
        } catch (ParseException e) {
            throw new InvalidRequestException("q", "query syntax error: " + cleanMessage(e.getMessage()), e);
        } catch (IllegalArgumentException | org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("q", "query not accepted: " + cleanMessage(e.getMessage()), e);
        } catch (org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            throw new InvalidRequestException(
                    "q", "a wildcard or regular expression in the query is too complex; make it more specific", e);
        } catch (StackOverflowError e) {
            // a shape of recursion the nesting check does not foresee; the thread's stack unwinds here
            throw new InvalidRequestException("q", "query is nested too deeply to parse");
        }
    }

    /** Deepest parenthesis nesting outside quoted phrases and regular expressions, honouring escapes. */
    static int nesting(String text) {
        int depth = 0;
        int max = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || (c == '/' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))))) {
                quote = c;
            } else if (c == '(') {
                max = Math.max(max, ++depth);
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field == null && !quoted) {
            String term = text.singleTerm(queryText);
            if (term != null) {
                return text.bareWord(queryText, term);
            }
        }
        Query special = special(field, queryText);
        return special != null ? special : super.getFieldQuery(field, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        Query special = special(field, queryText);
        return special != null ? special : super.getFieldQuery(field, queryText, slop);
    }

    private Query special(String field, String text) throws ParseException {
        if (field == null || TEXT_FIELDS.contains(field)) {
            return null;
        }
        return switch (field) {
            case "country", "about" -> {
                String code = countries
                        .code(text)
                        .orElseThrow(() -> new ParseException(
                                "unknown country '" + text + "' in " + field + ": (use a name or an ISO code)"));
                yield new TermQuery(new Term(field.equals("about") ? ABOUT : COUNTRY, code));
            }
            case "person" -> super.getFieldQuery(PERSON_TEXT, text, true);
            case "org" -> super.getFieldQuery(ORG_TEXT, text, true);
            case "language" -> new TermQuery(new Term(LANGUAGE, text.toLowerCase(Locale.ROOT)));
            case "format" -> new TermQuery(new Term(FORMAT, text.toLowerCase(Locale.ROOT)));
            case "published", "event" -> range(field, text, text);
            default -> throw new ParseException("unknown field '" + field + ":'; known fields are " + KNOWN_FIELDS);
        };
    }

    @Override
    protected Query getRangeQuery(
            String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        if ("published".equals(field) || "event".equals(field)) {
            return range(field, part1, part2);
        }
        if (field == null || TEXT_FIELDS.contains(field)) {
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }
        throw new ParseException("field '" + field + ":' does not take ranges; published: and event: do");
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        if ("*".equals(field) && "*".equals(termStr)) {
            return new MatchAllDocsQuery(); // *:* inside a larger query ("*:* -country:KP")
        }
        checkWildcardField(field);
        return super.getWildcardQuery(field, termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
        checkWildcardField(field);
        return super.getPrefixQuery(field, termStr);
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        checkWildcardField(field);
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    private static void checkWildcardField(String field) throws ParseException {
        if (field != null && !TEXT_FIELDS.contains(field)) {
            throw new ParseException(
                    "wildcards and fuzzy terms work on text fields (title:, summary:, body:), not '" + field + ":'");
        }
    }

    private static Query range(String field, String from, String to) throws ParseException {
        try {
            // the classic parser passes an open end ("*") as null
            LocalDate start = from == null || "*".equals(from) ? LocalDate.of(1, 1, 1) : DateRange.start(field, from);
            LocalDate end = to == null || "*".equals(to) ? LocalDate.of(9999, 12, 31) : DateRange.end(field, to);
            if (field.equals("published")) {
                return LongPoint.newRangeQuery(PUBLISHED, start.toEpochDay(), end.toEpochDay());
            }
            return LongRange.newIntersectsQuery(
                    EVENT_DATES, new long[] {start.toEpochDay()}, new long[] {end.toEpochDay()});
        } catch (InvalidRequestException e) {
            throw new ParseException(e.getMessage());
        }
    }

    private static String cleanMessage(String message) {
        if (message == null) {
            return "cannot parse";
        }
        String m = message.replace("\n", " ").replaceAll("\\s+", " ").strip();
        int expecting = m.indexOf(" Was expecting");
        if (expecting > 0) {
            m = m.substring(0, expecting);
        }
        return m.length() > 400 ? m.substring(0, 400) + "..." : m;
    }
}
