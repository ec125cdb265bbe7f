package org.briefings.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
    RELEVANCE,
    NEWEST,
    OLDEST;

    public static SortOrder parse(String value) {
        if (value == null || value.isBlank()) {
            return RELEVANCE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sort", "sort must be relevance, newest or oldest, not '" + value + "'");
        }
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
