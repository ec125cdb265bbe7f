package org.briefings.search;

import java.util.Locale;

/**
 * How hits are found and ranked: by their words only, or by their words and their meaning fused
 * (docs/ranking.md, "Hybrid search").
 */
public enum SearchMode {
    KEYWORD,
    HYBRID;

    /**
     * The mode of a search that names none. Keyword: hybrid did not raise nDCG@10 on the relevance
     * collection without a loss on keyword queries (docs/ranking.md), so it is offered, not imposed.
     */
    public static final SearchMode DEFAULT = KEYWORD;

    public static SearchMode parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("mode", "mode must be keyword or hybrid, not '" + value + "'");
        }
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
