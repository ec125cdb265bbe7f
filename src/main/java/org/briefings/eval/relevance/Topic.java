package org.briefings.eval.relevance;

import java.util.Map;

/**
 * One query of the collection with its judgments.
 *
 * @param id     the query's id
 * @param kind   keyword, phrase, entity_topic, question, date_bounded; known_item for the dev questions
 * @param query  the text as an analyst types it
 * @param from   first publication date of a date-bounded query (year, month or day), or null
 * @param to     last publication date, or null
 * @param split  dev (tune on it) or test (report and gate only)
 * @param grades document id ({@code corpus/...}, {@code crs/...}, {@code ungdc/...}) -> grade 0..3;
 *               unjudged documents count as 0
 */
public record Topic(
        String id, String kind, String query, String from, String to, String split, Map<String, Integer> grades) {

    /** Grades from here up count as relevant for MRR and recall; nDCG uses every grade. */
    public static final int RELEVANT = 1;

    public Topic {
        grades = Map.copyOf(grades);
    }

    public long relevantCount() {
        return grades.values().stream().filter(g -> g >= RELEVANT).count();
    }
}
