package org.briefings.bench;

import static org.briefings.index.BriefingSchema.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.briefings.index.FacetDimension;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.Ranking;

/**
 * The OpenSearch request for one query of the mix, made as the engine's Solr backend makes Solr's
 * (so both peers get the same query): the engine's planner parses and analyses the text; its Lucene
 * query is written out in the query-string syntax ({@code query_string}; the text fields' search
 * analyzer only splits on whitespace, as in Solr, because the terms are already analysed); each
 * selected dimension becomes a {@code terms} filter in {@code post_filter}, and each dimension's
 * aggregation runs under the other dimensions' filters only (multi-select, DrillSideways' semantics);
 * a selected value outside the top values gets its own filter aggregation (its real count); the
 * unified highlighter on the body with offsets from the postings; the first 10 hits by score then
 * id, with the stored record; exact totals up to the engine's bound.
 */
final class OpenSearchRequests {

    /** OpenSearch reserves names starting with '_': the stored record and tagged values are renamed. */
    static String field(String name) {
        return name.startsWith("_") ? name.substring(1) + "_field" : name;
    }

    private OpenSearchRequests() {}

    /** The search body: query, post_filter, aggregations, highlight, first page. */
    static Map<String, Object> search(Query query, Map<FacetDimension, List<String>> filters, int facetLimit) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", SearchSystems.PAGE);
        body.put("track_total_hits", BriefingSearcher.EXACT_TOTAL_BOUND);
        body.put("_source", List.of(ID, field(SOURCE)));
        body.put("sort", List.of(Map.of("_score", "desc"), Map.of(ID, "asc")));
        body.put("query", queryString(query));
        if (!filters.isEmpty()) {
            body.put("post_filter", filter(filters, null));
        }
        body.put("aggs", aggregations(filters, facetLimit));
        if (!(query instanceof MatchAllDocsQuery)) {
            Map<String, Object> hl = new LinkedHashMap<>();
            hl.put("type", "unified");
            hl.put("fields", Map.of(BODY, Map.of("number_of_fragments", 2)));
            hl.put("pre_tags", List.of("<mark>"));
            hl.put("post_tags", List.of("</mark>"));
            hl.put("encoder", "html");
            hl.put("require_field_match", true);
            body.put("highlight", hl);
        }
        return body;
    }

    /** A count of the strict form with the filters, for the engine's relaxation rule. */
    static Map<String, Object> count(Query query, Map<FacetDimension, List<String>> filters, int bound) {
        Map<String, Object> bool = new LinkedHashMap<>();
        bool.put("must", List.of(queryString(query)));
        if (!filters.isEmpty()) {
            bool.put("filter", List.of(filter(filters, null)));
        }
        return Map.of("size", 0, "track_total_hits", bound, "query", Map.of("bool", bool));
    }

    static Map<String, Object> queryString(Query query) {
        return Map.of("query_string", Map.of("query", render(query), "default_operator", "OR"));
    }

    /** Every dimension's filter but {@code except}'s: values ORed within a dimension, dimensions ANDed. */
    private static Map<String, Object> filter(Map<FacetDimension, List<String>> filters, FacetDimension except) {
        List<Object> clauses = new ArrayList<>();
        filters.forEach((dim, values) -> {
            if (dim != except) {
                clauses.add(Map.of("terms", Map.of(dim.dim(), values)));
            }
        });
        return Map.of("bool", Map.of("filter", clauses));
    }

    private static Map<String, Object> aggregations(Map<FacetDimension, List<String>> filters, int limit) {
        Map<String, Object> aggs = new LinkedHashMap<>();
        for (FacetDimension dim : FacetDimension.values()) {
            Map<String, Object> own = new LinkedHashMap<>();
            if (dim.kind() == FacetDimension.Kind.FLAG) {
                own.put(dim.dim(), Map.of("filter", Map.of("term", Map.of(dim.dim(), FLAG_SET))));
            } else {
                int size = dim.kind() == FacetDimension.Kind.MONTH
                        ? 10_000
                        : dim.kind() == FacetDimension.Kind.YEAR ? 1000 : limit;
                own.put(dim.dim(), Map.of("terms", Map.of("field", dim.dim(), "size", size, "min_doc_count", 1)));
                List<String> selected = filters.getOrDefault(dim, List.of());
                for (int i = 0; i < selected.size(); i++) {
                    own.put(
                            "sel_" + dim.dim() + "_" + i,
                            Map.of("filter", Map.of("term", Map.of(dim.dim(), selected.get(i)))));
                }
            }
            boolean othersFiltered = filters.keySet().stream().anyMatch(d -> d != dim);
            if (othersFiltered) {
                aggs.put("under_" + dim.dim(), Map.of("filter", filter(filters, dim), "aggs", own));
            } else {
                aggs.putAll(own);
            }
        }
        return aggs;
    }

    /** The engine's Lucene query in the query-string syntax; only the node types its planner makes. */
    static String render(Query q) {
        if (q instanceof MatchAllDocsQuery) {
            return "*:*";
        }
        if (q instanceof TermQuery t) {
            return term(t.getTerm().field(), t.getTerm().text());
        }
        if (q instanceof BooleanQuery b) {
            if (b.getMinimumNumberShouldMatch() > 0) {
                throw new IllegalArgumentException("minimum-should-match has no query-string form: " + q);
            }
            StringBuilder s = new StringBuilder("(");
            for (BooleanClause c : b.clauses()) {
                String prefix = switch (c.occur()) {
                    case MUST, FILTER -> "+";
                    case MUST_NOT -> "-";
                    case SHOULD -> "";
                };
                s.append(s.length() > 1 ? " " : "").append(prefix).append(render(c.query()));
            }
            return s.append(')').toString();
        }
        if (q instanceof BoostQuery b) {
            return "(" + render(b.getQuery()) + ")^" + b.getBoost();
        }
        if (q instanceof ConstantScoreQuery c) {
            return render(c.getQuery());
        }
        if (q instanceof DisjunctionMaxQuery d) {
            List<String> parts = new ArrayList<>();
            d.getDisjuncts().forEach(sub -> parts.add(render(sub)));
            return "(" + String.join(" OR ", parts) + ")";
        }
        if (q instanceof CombinedFieldQuery) {
            return combined(q);
        }
        if (q instanceof PhraseQuery p) {
            StringBuilder s = new StringBuilder(p.getField()).append(":\"");
            Term[] terms = p.getTerms();
            for (int i = 0; i < terms.length; i++) {
                s.append(i == 0 ? "" : " ")
                        .append(terms[i].text().replace("\\", "\\\\").replace("\"", "\\\""));
            }
            s.append('"');
            return p.getSlop() > 0 ? s.append('~').append(p.getSlop()).toString() : s.toString();
        }
        if (q instanceof PointRangeQuery r && r.getField().equals(PUBLISHED)) {
            long lo = LongPoint.decodeDimension(r.getLowerPoint(), 0);
            long hi = LongPoint.decodeDimension(r.getUpperPoint(), 0);
            return PUBLISHED + ":[" + (lo == Long.MIN_VALUE ? "*" : lo) + " TO " + (hi == Long.MAX_VALUE ? "*" : hi)
                    + "]";
        }
        throw new IllegalArgumentException(
                "no query-string form for " + q.getClass().getSimpleName() + ": " + q);
    }

    /** BM25F over title, summary and body, as the Solr backend writes it: the term in each field, weighted. */
    private static String combined(Query q) {
        Set<Term> terms = new TreeSet<>();
        q.visit(QueryVisitor.termCollector(terms));
        Ranking ranking = Ranking.DEFAULT;
        List<String> parts = new ArrayList<>();
        for (Term t : terms) {
            float weight = t.field().equals(RANKED_TITLE)
                    ? ranking.titleWeight()
                    : t.field().equals(SUMMARY) ? ranking.summaryWeight() : 1f;
            parts.add(term(t.field(), t.text()) + (weight != 1f ? "^" + weight : ""));
        }
        return "(" + String.join(" OR ", parts) + ")";
    }

    private static String term(String field, String text) {
        StringBuilder out = new StringBuilder(field).append(':');
        for (char c : text.toCharArray()) {
            if ("\\+-=&|><!(){}[]^\"~*?:/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
