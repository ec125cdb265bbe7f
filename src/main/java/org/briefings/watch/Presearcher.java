package org.briefings.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.util.BytesRef;

/**
 * A query index over the watches' terms: term -> the watches that need it (see {@link QueryTerms}),
 * plus the watches with no term to key on. A new briefing's terms, read from a {@link MemoryIndex} of
 * it, pick the candidate watches with one hash lookup per distinct term, so 10,000 watches cost far
 * less than 10,000 query runs. Immutable; rebuilt when the watches change.
 */
final class Presearcher<W> {

    private final Map<String, List<W>> byTerm = new HashMap<>();
    private final List<W> always = new ArrayList<>();

    /** One entry per watch: the watch and its required terms (null: try it on every briefing). */
    Presearcher(Map<W, Set<String>> required) {
        required.forEach((w, terms) -> {
            if (terms == null) {
                always.add(w);
            } else {
                for (String t : terms) {
                    byTerm.computeIfAbsent(t, k -> new ArrayList<>(1)).add(w);
                }
            }
        });
    }

    /** Watches with no term to key on, tried on every briefing. */
    int unkeyed() {
        return always.size();
    }

    /** The watches that could match a briefing with these indexed terms. */
    Set<W> candidates(MemoryIndex briefing) throws IOException {
        Set<W> out = new LinkedHashSet<>(always);
        if (byTerm.isEmpty()) {
            return out;
        }
        LeafReader reader = (LeafReader) briefing.createSearcher().getIndexReader();
        for (FieldInfo field : reader.getFieldInfos()) {
            Terms terms = reader.terms(field.name);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            String prefix = field.name + '\0';
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                List<W> ws = byTerm.get(prefix + t.utf8ToString());
                if (ws != null) {
                    out.addAll(ws);
                }
            }
        }
        return out;
    }
}
