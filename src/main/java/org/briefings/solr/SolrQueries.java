package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.Ranking;

/**
 * Turns the Lucene query the engine's own parser made (fields checked, countries turned into codes,
 * terms analysed) into Solr request parameters, node by node: a boolean query becomes Solr's
 * {@code {!bool}} parser (with {@code mm} for "most of the words"), a term {@code {!term}} (no
 * analysis, no escaping), and each sub-query its own parameter ({@code $q1}, {@code $q2}, ...) so
 * nothing is quoted twice. Only query types the parser produces are known; anything else is a 400
 * that says so, never a query that means something else.
 */
final class SolrQueries {

    private static final Pattern RANGE = Pattern.compile("\\[(-?\\d+) : (-?\\d+)\\]");

    private final Ranking ranking;

    SolrQueries(Ranking ranking) {
        this.ranking = ranking;
    }

    /**
     * Renders {@code query} into {@code params}, its sub-queries as parameters named {@code prefix1},
     * {@code prefix2}, ...; returns the string for {@code q} (or an {@code fq}).
     */
    String render(Query query, ModifiableSolrParams params, String prefix) {
        return new Renderer(params, prefix).node(query);
    }

    private final class Renderer {
        private final ModifiableSolrParams params;
        private final String prefix;
        private int next;

        Renderer(ModifiableSolrParams params, String prefix) {
            this.params = params;
            this.prefix = prefix;
        }

        private String ref(Query q) {
            String name = prefix + (++next);
            params.set(name, node(q));
            return "$" + name;
        }

        String node(Query q) {
            if (q instanceof MatchAllDocsQuery) {
                return "{!lucene}*:*";
            }
            if (q instanceof MatchNoDocsQuery) {
                return "{!lucene}-*:*";
            }
            if (q instanceof TermQuery t) {
                return term(t.getTerm());
            }
            if (q instanceof BooleanQuery b) {
                if (b.clauses().isEmpty()) {
                    return "{!lucene}-*:*";
                }
                StringBuilder s = new StringBuilder("{!bool");
                for (BooleanClause c : b.clauses()) {
                    String occur = switch (c.occur()) {
                        case MUST -> "must";
                        case SHOULD -> "should";
                        case FILTER -> "filter";
                        case MUST_NOT -> "must_not";
                    };
                    s.append(' ').append(occur).append('=').append(ref(c.query()));
                }
                if (b.getMinimumNumberShouldMatch() > 0) {
                    s.append(" mm=").append(b.getMinimumNumberShouldMatch());
                }
                return s.append('}').toString();
            }
            if (q instanceof BoostQuery b) {
                String constant = constantTerms(b.getQuery());
                return constant != null
                        ? "{!lucene}" + constant + "^=" + b.getBoost()
                        : "{!boost b=" + b.getBoost() + " v=" + ref(b.getQuery()) + "}";
            }
            if (q instanceof ConstantScoreQuery c) {
                String constant = constantTerms(c);
                return constant != null ? "{!lucene}" + constant + "^=1" : "{!bool filter=" + ref(c.getQuery()) + "}";
            }
            if (q instanceof DisjunctionMaxQuery d) {
                StringBuilder s = new StringBuilder("{!bool");
                for (Query sub : d.getDisjuncts()) {
                    s.append(" should=").append(ref(sub));
                }
                return s.append('}').toString();
            }
            if (q instanceof CombinedFieldQuery) {
                return combined(q);
            }
            if (q instanceof PhraseQuery p) {
                StringBuilder s =
                        new StringBuilder("{!lucene}").append(p.getField()).append(":\"");
                Term[] terms = p.getTerms();
                int[] positions = p.getPositions();
                for (int i = 0; i < terms.length; i++) {
                    // a stop word left a hole: the placeholder keeps it (see SolrConfigset.GAP)
                    for (int gap = i == 0 ? 0 : positions[i] - positions[i - 1] - 1; gap > 0; gap--) {
                        s.append(' ').append(SolrConfigset.GAP);
                    }
                    s.append(i == 0 ? "" : " ")
                            .append(terms[i].text().replace("\\", "\\\\").replace("\"", "\\\""));
                }
                s.append('"');
                if (p.getSlop() > 0) {
                    s.append('~').append(p.getSlop());
                }
                return s.toString();
            }
            if (q instanceof PrefixQuery p) {
                return "{!prefix f=" + p.getField() + "}" + p.getPrefix().text();
            }
            if (q instanceof WildcardQuery w) {
                return "{!lucene}" + w.getField() + ":"
                        + escapeKeepingWildcards(w.getTerm().text());
            }
            if (q instanceof FuzzyQuery f) {
                return "{!lucene}" + f.getField() + ":" + escape(f.getTerm().text()) + "~" + f.getMaxEdits();
            }
            if (q instanceof RegexpQuery r) {
                return "{!lucene}" + r.getField() + ":/" + r.getRegexp().text().replace("/", "\\/") + "/";
            }
            if (q instanceof TermRangeQuery r) {
                return "{!lucene}" + r.getField() + ":" + (r.includesLower() ? "[" : "{")
                        + (r.getLowerTerm() == null
                                ? "*"
                                : escape(r.getLowerTerm().utf8ToString())) + " TO "
                        + (r.getUpperTerm() == null
                                ? "*"
                                : escape(r.getUpperTerm().utf8ToString()))
                        + (r.includesUpper() ? "]" : "}");
            }
            if (q instanceof PointRangeQuery r && r.getField().equals(PUBLISHED)) {
                long lo = LongPoint.decodeDimension(r.getLowerPoint(), 0);
                long hi = LongPoint.decodeDimension(r.getUpperPoint(), 0);
                return "{!lucene}" + PUBLISHED + ":[" + (lo == Long.MIN_VALUE ? "*" : lo) + " TO "
                        + (hi == Long.MAX_VALUE ? "*" : hi) + "]";
            }
            if (EVENT_DATES.equals(field(q))) {
                Matcher m = RANGE.matcher(q.toString());
                if (m.find()) {
                    return "{!field f=" + EVENT_DATES + "}[" + day(m.group(1)) + " TO " + day(m.group(2)) + "]";
                }
            }
            throw new InvalidRequestException(
                    "q",
                    "this query cannot run on the SolrCloud backend ("
                            + q.getClass().getSimpleName() + ": " + q + ")");
        }

        /** BM25F over title, summary and body has no Solr parser: the same term in each field, weighted. */
        private String combined(Query q) {
            List<Term> terms = new ArrayList<>();
            q.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... ts) {
                    terms.addAll(List.of(ts));
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return this;
                }
            });
            StringBuilder s = new StringBuilder("{!lucene}(");
            for (Term t : terms) {
                float weight = t.field().equals(RANKED_TITLE)
                        ? ranking.titleWeight()
                        : t.field().equals(SUMMARY) ? ranking.summaryWeight() : 1f;
                s.append(s.length() > 10 ? " OR " : "")
                        .append(t.field())
                        .append(':')
                        .append(escape(t.text()));
                if (weight != 1f) {
                    s.append('^').append(weight);
                }
            }
            return s.append(')').toString();
        }
    }

    private static String field(Query q) {
        String[] f = new String[1];
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                f[0] = field;
                return false;
            }
        });
        return f[0];
    }

    /**
     * A constant score over terms (a question's bonus for briefings about a country it names), as
     * Lucene syntax with Solr's constant-score operator: {@code (about:CL)}, to be followed by
     * {@code ^=} and the score; null for any other query. ({@code {!bool filter=...}} would score 0.)
     */
    private static String constantTerms(Query q) {
        if (!(q instanceof ConstantScoreQuery c)) {
            return null;
        }
        List<Term> terms = new ArrayList<>();
        if (c.getQuery() instanceof TermQuery t) {
            terms.add(t.getTerm());
        } else if (c.getQuery() instanceof BooleanQuery b) {
            for (BooleanClause clause : b.clauses()) {
                if (clause.occur() != BooleanClause.Occur.SHOULD || !(clause.query() instanceof TermQuery t)) {
                    return null;
                }
                terms.add(t.getTerm());
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        StringBuilder s = new StringBuilder("(");
        for (Term t : terms) {
            s.append(s.length() > 1 ? " OR " : "").append(t.field()).append(':').append(escape(t.text()));
        }
        return s.append(')').toString();
    }

    private static String term(Term t) {
        return "{!term f=" + t.field() + "}" + t.text();
    }

    private static String day(String epochDay) {
        LocalDate d = LocalDate.ofEpochDay(Long.parseLong(epochDay));
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("\\+-!():^[]\"{}~*?|&;/ ".indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String escapeKeepingWildcards(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(escape(String.valueOf(s.charAt(++i))));
            } else if (c == '*' || c == '?') {
                out.append(c);
            } else {
                out.append(escape(String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
