package org.briefings;

import java.util.Locale;

/** How much of a date is known; a briefing "from April 2019" has MONTH precision. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    DECADE;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
