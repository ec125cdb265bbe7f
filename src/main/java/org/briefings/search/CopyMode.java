package org.briefings.search;

import java.util.Locale;

/**
 * What a search does with copies (briefings of one copy group, see {@code index.CopyGroups}).
 * Totals and facet counts count briefings in {@link #SHOW} and {@link #COLLAPSE} (collapsing folds
 * the page of hits, not the counts); {@link #HIDE} is a filter, so they count what it keeps.
 */
public enum CopyMode {
    /** Every briefing, each hit saying how many copies it has: the default, as before copies existed. */
    SHOW,
    /** One hit per copy group: its best-ranked member that matches, with its number of copies. */
    COLLAPSE,
    /** Only each group's first member (and every briefing without copies). */
    HIDE;

    public static CopyMode parse(String value) {
        if (value == null || value.isBlank()) {
            return SHOW;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("copies", "copies must be show, collapse or hide, not '" + value + "'");
        }
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
