package org.briefings.index;

import java.util.Map;
import java.util.Set;
import org.briefings.Briefing;

/**
 * What the analyst's curation rules do to a briefing's facet values, as the index sees it: the
 * index stores the taggers' values and indexes the curated ones, so a rule can be applied to, or
 * taken back from, every indexed briefing without extracting anything again. The rules themselves
 * live in {@code org.briefings.curation}.
 */
public interface FacetCuration {

    /** No rules: every briefing is indexed as tagged. */
    FacetCuration NONE = new FacetCuration() {
        @Override
        public Briefing apply(Briefing tagged) {
            return tagged;
        }

        @Override
        public Map<FacetDimension, Set<String>> sources() {
            return Map.of();
        }
    };

    /**
     * The briefing with the rules applied to its people, organisations and countries; the very same
     * instance when no rule touches it (the index stores the tagged values only when they differ).
     */
    Briefing apply(Briefing tagged);

    /**
     * The tagged values the rules map or reject, by dimension ({@link FacetDimension#PERSON}, {@link
     * FacetDimension#ORG}, {@link FacetDimension#COUNTRY}): only briefings with one of them can change.
     */
    Map<FacetDimension, Set<String>> sources();
}
