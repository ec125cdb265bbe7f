package org.briefings.curation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.Locale;
import org.briefings.index.FacetDimension;

/**
 * One correction of a facet by an analyst, as stored in {@code corpus/.curation/rules.json}.
 *
 * @param id        its number, never reused, for undoing it
 * @param action    merge, rename or reject
 * @param dim       the dimension: {@code person}, {@code org} or {@code country}
 * @param from      merge and rename: the value as tagged
 * @param to        merge and rename: the value it becomes (for a merge, the canonical one)
 * @param value     reject: the value that is not one of this dimension ("not a person")
 * @param by        who made it, when known
 * @param createdAt when it was made
 */
public record CurationRule(
        int id, Action action, String dim, String from, String to, String value, String by, Instant createdAt) {

    /** What a rule does to a value. */
    public enum Action {
        /** This value is the same entity as that one, which is the canonical name. */
        MERGE,
        /** This value is written another way (which may be a value already in use). */
        RENAME,
        /** This value is not a person, an organisation or a country at all. */
        REJECT;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Action of(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    /** The tagged value the rule applies to. */
    public String source() {
        return action == Action.REJECT ? value : from;
    }

    /** The dimension as the index knows it. */
    public FacetDimension dimension() {
        return FacetDimension.byDim(dim).orElseThrow(() -> new IllegalStateException("unknown dim " + dim));
    }

    /** In words, for the command line and messages: {@code merge person 'Abiy' into 'Abiy Ahmed'}. */
    public String describe() {
        return switch (action) {
            case MERGE -> "merge " + dim + " '" + from + "' into '" + to + "'";
            case RENAME -> "rename " + dim + " '" + from + "' to '" + to + "'";
            case REJECT -> "'" + value + "' is not " + CurationRequest.noun(dimension());
        };
    }
}
