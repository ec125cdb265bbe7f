package org.briefings.enrich.country;

import org.briefings.enrich.country.Gazetteer.Kind;

/**
 * One matched form in a title or body, before the document-level decisions.
 *
 * @param code               the country it names
 * @param field              {@link org.briefings.Span#TITLE} or {@link org.briefings.Span#BODY}
 * @param start              offset of the form in its field
 * @param end                offset after it
 * @param text               the form as written
 * @param kind               what sort of form (sets where it counts for salience)
 * @param weight             its weight in the mention count (see {@link FormMatcher})
 * @param needsCorroboration an ALL-CAPS word-like form: it counts only if the country is named elsewhere
 * @param peninsula          "Korea"/"Korean" alone: the code is decided by the rest of the document
 */
record CountryHit(
        String code,
        String field,
        int start,
        int end,
        String text,
        Kind kind,
        double weight,
        boolean needsCorroboration,
        boolean peninsula) {

    CountryHit withCode(String c) {
        return new CountryHit(c, field, start, end, text, kind, weight, needsCorroboration, peninsula);
    }
}
