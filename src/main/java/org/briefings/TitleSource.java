package org.briefings;

/**
 * Where a briefing's title came from, so ranking can trust it accordingly: a title the document
 * declares (metadata, a heading) says what the briefing is about; a first line taken for want of
 * one is only the opening of the body, which the body already counts.
 */
public enum TitleSource {
    /** The format's own title metadata (HTML title, PDF or Office document properties). */
    METADATA,
    /** A line set apart as a heading: a Markdown heading, a short line on its own, a title block. */
    HEADING,
    /** The first line of the text, used because nothing better was found. */
    FIRST_LINE,
    /** The file name, when the text offers no line at all. */
    FILE_NAME;

    /** Whether the title is only the opening of the text, which the body already holds. */
    public boolean repeatsBody() {
        return this == FIRST_LINE;
    }
}
