package org.briefings.curation;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.briefings.index.FacetDimension;

/**
 * A rule as asked for, by the API ({@code POST /api/curation}) or the command line, before it is
 * checked: {@code {"action":"merge","dim":"person","from":"Abiy","to":"Abiy Ahmed"}} or {@code
 * {"action":"reject","dim":"org","value":"Appropriations"}}.
 */
public record CurationRequest(String action, String dim, String from, String to, String value, String by) {

    /** Longest value accepted: far beyond any name, short of abuse. */
    static final int MAX_VALUE = 300;

    static final int MAX_BY = 100;

    /**
     * Checks the request and makes it a rule with no id yet.
     *
     * @param countryCode a country name or code to its ISO code, empty when it is not a country
     * @throws InvalidRuleException saying what is wrong
     */
    CurationRule toRule(Function<String, Optional<String>> countryCode, Instant now) {
        CurationRule.Action act = action(action);
        FacetDimension d = dimension(dim);
        if (act != CurationRule.Action.REJECT && d.kind() == FacetDimension.Kind.COUNTRY) {
            throw new InvalidRuleException(
                    "action",
                    "countries can only be rejected ('" + act.json()
                            + "' works on person and org): a country's value is its ISO code");
        }
        String who = clean("by", by, MAX_BY, false);
        if (act == CurationRule.Action.REJECT) {
            if (present(from) || present(to)) {
                throw new InvalidRuleException("value", "reject takes 'value' (the value to reject), not from/to");
            }
            String v = clean("value", value, MAX_VALUE, true);
            if (d.kind() == FacetDimension.Kind.COUNTRY) {
                String given = v;
                v = countryCode
                        .apply(v)
                        .orElseThrow(() -> new InvalidRuleException(
                                "value",
                                "'" + given + "' is not a country: give its ISO code (FR) or its name (France)"));
            }
            return new CurationRule(0, act, d.dim(), null, null, v, who, now);
        }
        if (present(value)) {
            throw new InvalidRuleException(
                    "value",
                    act.json() + " takes 'from' and 'to' (the value as tagged and what it becomes), not 'value'");
        }
        String f = clean("from", from, MAX_VALUE, true);
        String t = clean("to", to, MAX_VALUE, true);
        if (f.equals(t)) {
            throw new InvalidRuleException(
                    "to", "cannot " + act.json() + " '" + f + "' into itself: 'from' and 'to' are the same");
        }
        return new CurationRule(0, act, d.dim(), f, t, null, who, now);
    }

    private static CurationRule.Action action(String action) {
        if (!present(action)) {
            throw new InvalidRuleException("action", "'action' is required: merge, rename or reject");
        }
        try {
            return CurationRule.Action.of(action.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidRuleException(
                    "action", "unknown action '" + shorten(action) + "'; actions are merge, rename and reject");
        }
    }

    private static FacetDimension dimension(String dim) {
        if (!present(dim)) {
            throw new InvalidRuleException("dim", "'dim' is required: one of " + CurationRules.dims());
        }
        return FacetDimension.byDim(dim.strip().toLowerCase(Locale.ROOT))
                .filter(CurationRules.DIMENSIONS::contains)
                .orElseThrow(() -> new InvalidRuleException(
                        "dim", "unknown dim '" + shorten(dim) + "'; curation works on " + CurationRules.dims()));
    }

    private static String clean(String field, String v, int max, boolean required) {
        if (!present(v)) {
            if (required) {
                throw new InvalidRuleException(field, "'" + field + "' is required and may not be empty");
            }
            return null;
        }
        String s = v.strip().replaceAll("\\s+", " ");
        if (s.length() > max) {
            throw new InvalidRuleException(field, "'" + field + "' is longer than " + max + " characters");
        }
        if (s.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRuleException(field, "'" + field + "' contains control characters");
        }
        return s;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** "a person", "an organisation", "a country": what a rejected value is not. */
    static String noun(FacetDimension d) {
        return switch (d) {
            case ORG -> "an organisation";
            case COUNTRY, ABOUT -> "a country";
            default -> "a " + d.dim();
        };
    }
}
