package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.text.TextField;

/**
 * The organisations {@link OrganisationTagger} found in one briefing, as they are added: one entry
 * per name in the order first met, each counted, with the first {@value #MAX_SPANS} of its spans as
 * evidence.
 */
final class FoundOrganisations {

    private static final int MAX_SPANS = 5;

    private final Map<String, Found> found = new LinkedHashMap<>();

    /** Mentions collected for one organisation. */
    private static final class Found {
        int count;
        final List<Span> spans = new ArrayList<>();
    }

    /**
     * A mention of {@code name} at tokens {@code [from, to)} of {@code field}; a name already met in
     * another case ("Tower commission" after "Tower Commission") is counted as that spelling.
     */
    void add(String name, TextField field, int from, int to) {
        Found f = found.computeIfAbsent(canonicalOf(name), k -> new Found());
        f.count++;
        if (f.spans.size() < MAX_SPANS) {
            int start = field.tokens().get(from).start();
            int end = field.tokens().get(to - 1).end();
            f.spans.add(new Span(field.name(), start, end, field.text().substring(start, end)));
        }
    }

    /** One mention per organisation, in the order each was first met. */
    List<EntityMention> mentions() {
        List<EntityMention> out = new ArrayList<>();
        for (Map.Entry<String, Found> e : found.entrySet()) {
            out.add(new EntityMention(e.getKey(), e.getValue().count, e.getValue().spans));
        }
        return out;
    }

    /** Reuses an earlier spelling of the same organisation, ignoring case ("Tower Commission"). */
    private String canonicalOf(String name) {
        for (String k : found.keySet()) {
            if (k.equalsIgnoreCase(name)) {
                return k;
            }
        }
        return name;
    }
}
