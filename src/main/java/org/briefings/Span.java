package org.briefings;

/**
 * Evidence for an entity or date: where in the briefing's text it was found.
 *
 * @param field which text the offsets refer to: {@code "title"}, {@code "summary"} or {@code "body"}
 * @param start character offset of the first char (inclusive)
 * @param end   character offset after the last char (exclusive)
 * @param text  the surface form as written, e.g. {@code "North Korean"}
 */
public record Span(String field, int start, int end, String text) {
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
}
