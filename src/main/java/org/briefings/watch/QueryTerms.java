package org.briefings.watch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms a briefing must contain at least one of for a query to match it: the presearcher's
 * key for a watch, as in Lucene's monitor module and the Elasticsearch percolator. A conjunction
 * needs only one of its parts (the most selective is kept); a disjunction needs one term of every
 * branch (their union); a part with no terms (a wildcard, a date range, every briefing) gives no
 * constraint, and a query with no constraint at all is tried on every briefing. Over-approximation
 * is safe: the exact check follows.
 */
final class QueryTerms {

    /** The required terms as {@code field + '\0' + text}, or null when any briefing could match. */
    static Set<String> required(Query query) {
        Node root = new Node(true, null);
        query.visit(root);
        return root.required();
    }

    static String key(String field, String text) {
        return field + '\0' + text;
    }

    /** A node of the query tree: a conjunction (every child required) or a disjunction (one needed). */
    private static final class Node extends QueryVisitor {
        private final boolean conjunction;
        private final List<Supplier<Set<String>>> children = new ArrayList<>();

        Node(boolean conjunction, Node parent) {
            this.conjunction = conjunction;
            if (parent != null) {
                parent.children.add(this::required);
            }
        }

        @Override
        public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
                Set<String> one = Set.of(key(t.field(), t.text()));
                children.add(() -> one);
            }
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            children.add(() -> null);
        }

        @Override
        public void visitLeaf(Query query) {
            children.add(() -> null);
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return switch (occur) {
                case MUST, FILTER -> new Node(true, this);
                case MUST_NOT -> QueryVisitor.EMPTY_VISITOR;
                case SHOULD -> optional(parent) ? QueryVisitor.EMPTY_VISITOR : new Node(false, this);
            };
        }

        /** SHOULD clauses beside required ones, with no minimum to match, constrain nothing. */
        private static boolean optional(Query parent) {
            return parent instanceof BooleanQuery bq
                    && bq.getMinimumNumberShouldMatch() == 0
                    && bq.clauses().stream()
                            .anyMatch(c ->
                                    c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER);
        }

        Set<String> required() {
            if (conjunction) {
                return children.stream()
                        .map(Supplier::get)
                        .filter(s -> s != null && !s.isEmpty())
                        .min(SELECTIVE)
                        .orElse(null);
            }
            if (children.isEmpty()) {
                return null;
            }
            Set<String> union = new HashSet<>();
            for (Supplier<Set<String>> c : children) {
                Set<String> s = c.get();
                if (s == null || s.isEmpty()) {
                    return null;
                }
                union.addAll(s);
            }
            return union;
        }
    }

    /** Fewer terms first, then longer ones (a long word is usually rarer than a short one). */
    private static final Comparator<Set<String>> SELECTIVE = Comparator.<Set<String>>comparingInt(Set::size)
            .thenComparing(s -> -s.stream().mapToInt(String::length).min().orElse(0));

    private QueryTerms() {}
}
