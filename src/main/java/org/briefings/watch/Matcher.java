package org.briefings.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.briefings.index.BriefingSchema;
import org.briefings.index.IndexListener.Indexed;
import org.briefings.search.BriefingSearcher;

/**
 * Finds which watches match a batch of briefings a refresh has just made searchable. Three ways,
 * measured against each other by the benchmark (docs/watches.md); {@link MatchStrategy#PRESEARCH_INDEX}
 * is the one the engine uses.
 */
final class Matcher {

    /** A watch with its selection (what the search runs) and its presearch terms. */
    record Compiled(Watch watch, BriefingSearcher.Selection selection, Set<String> terms) {}

    /** An empty searcher: rewriting a filtered query needs one, and the rewrite reads no index. */
    private static final IndexSearcher EMPTY = emptySearcher();

    private static IndexSearcher emptySearcher() {
        try {
            return new IndexSearcher(new MultiReader());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final List<Compiled> watches;
    private final Presearcher<Compiled> presearcher;
    private final MatchStrategy strategy;
    private final Analyzer analyzer = BriefingSchema.analyzer();

    Matcher(List<Compiled> watches, MatchStrategy strategy) {
        this.watches = List.copyOf(watches);
        this.strategy = strategy;
        Map<Compiled, Set<String>> keys = new LinkedHashMap<>();
        for (Compiled c : watches) {
            keys.put(c, c.terms());
        }
        this.presearcher = new Presearcher<>(keys);
    }

    /**
     * Compiles a watch given what its search runs. The presearch terms come from the relaxed form
     * when there is one: it matches whatever the strict form matches, and more.
     */
    static Compiled compile(Watch w, BriefingSearcher.Selection selection) {
        Query query = selection.relaxed() != null ? selection.relaxed() : selection.strict();
        Query forTerms = query;
        try {
            forTerms = query.rewrite(EMPTY); // a filtered (drill-down) query becomes its boolean form
        } catch (IOException | RuntimeException e) {
            // keep the query as it is: at worst it is tried on every briefing
        }
        return new Compiled(w, selection, QueryTerms.required(forTerms));
    }

    boolean isEmpty() {
        return watches.isEmpty();
    }

    int size() {
        return watches.size();
    }

    int unkeyed() {
        return presearcher.unkeyed();
    }

    /**
     * The (watch id, briefing id) pairs that match, in batch order.
     *
     * @param searcher      a searcher that sees the batch (the refreshed index)
     * @param candidatesOut its first element is increased by the (watch, briefing) pairs checked exactly
     */
    List<String[]> match(List<Indexed> batch, IndexSearcher searcher, long[] candidatesOut) throws IOException {
        List<String[]> out = new ArrayList<>();
        if (watches.isEmpty() || batch.isEmpty()) {
            return out;
        }
        long candidates = 0;
        if (strategy == MatchStrategy.INDEX) {
            List<BytesRef> ids =
                    batch.stream().map(i -> new BytesRef(i.briefing().id())).toList();
            for (Compiled c : watches) {
                candidates += ids.size();
                for (String id : runOn(searcher, c, ids)) {
                    out.add(new String[] {c.watch().id(), id});
                }
            }
        } else {
            Map<Compiled, List<BytesRef>> byWatch = new LinkedHashMap<>();
            for (Indexed i : batch) {
                MemoryIndex memory = MemoryIndex.fromDocument(i.document(), analyzer);
                for (Compiled c : presearcher.candidates(memory)) {
                    candidates++;
                    if (strategy == MatchStrategy.MEMORY) {
                        Query q = c.selection().choose(searcher);
                        if (checked(c, () -> memory.createSearcher().count(q) > 0)) {
                            out.add(new String[] {c.watch().id(), i.briefing().id()});
                        }
                    } else {
                        byWatch.computeIfAbsent(c, k -> new ArrayList<>())
                                .add(new BytesRef(i.briefing().id()));
                    }
                }
            }
            for (Map.Entry<Compiled, List<BytesRef>> e : byWatch.entrySet()) {
                for (String id : runOn(searcher, e.getKey(), e.getValue())) {
                    out.add(new String[] {e.getKey().watch().id(), id});
                }
            }
        }
        if (candidatesOut != null) {
            candidatesOut[0] += candidates;
        }
        return out;
    }

    /**
     * The ids among {@code ids} that the watch's query matches on the index. The query is rewritten
     * on the whole index (so a fuzzy query picks its terms as the search does), then run only on the
     * segments that hold those ids, usually the newest one: a query's cost grows with the number of
     * segments it visits, and an index fed by uploads has many.
     */
    private static Set<String> runOn(IndexSearcher searcher, Compiled c, List<BytesRef> ids) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Query restricted = new BooleanQuery.Builder()
                .add(c.selection().choose(searcher), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(BriefingSchema.ID, ids), BooleanClause.Occur.FILTER)
                .build();
        try {
            Query rewritten = searcher.rewrite(restricted);
            for (LeafReaderContext leaf : leavesHolding(searcher, ids)) {
                IndexSearcher one = new IndexSearcher(leaf.reader());
                one.setQueryCache(null);
                TopDocs top = one.search(rewritten, ids.size());
                for (ScoreDoc sd : top.scoreDocs) {
                    out.add(one.storedFields()
                            .document(sd.doc, Set.of(BriefingSchema.ID))
                            .get(BriefingSchema.ID));
                }
            }
        } catch (IndexSearcher.TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            return out; // the same search answers 400 on this index: it matches nothing
        }
        return out;
    }

    /** The segments that hold a live briefing with one of these ids. */
    private static List<LeafReaderContext> leavesHolding(IndexSearcher searcher, List<BytesRef> ids)
            throws IOException {
        List<LeafReaderContext> out = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(BriefingSchema.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef id : ids) {
                if (te.seekExact(id)) {
                    out.add(leaf);
                    break;
                }
            }
        }
        return out;
    }

    private interface Check {
        boolean run() throws IOException;
    }

    private static boolean checked(Compiled c, Check check) throws IOException {
        try {
            return check.run();
        } catch (IndexSearcher.TooManyClauses | org.apache.lucene.util.automaton.TooComplexToDeterminizeException e) {
            return false;
        }
    }
}
