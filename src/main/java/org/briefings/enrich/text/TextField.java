package org.briefings.enrich.text;

import java.util.List;

/**
 * One field of a document (title or body), tokenised once. The enricher builds one per field and
 * hands it to every token-based tagger, so a document is tokenised once however many taggers
 * read it, and nothing depends on a cache that a copy of the string would miss.
 *
 * @param name     the field's name in evidence spans ({@link org.briefings.Span#TITLE}, {@link org.briefings.Span#BODY})
 * @param text     the text, never null
 * @param tokens   its tokens, read-only
 * @param headline true when the text is mostly capitals ({@link Words#mostlyUpperCase(String)})
 */
public record TextField(String name, String text, List<Token> tokens, boolean headline) {

    /** Tokenises {@code text} (null is the empty text). */
    public static TextField of(String name, String text) {
        String t = text == null ? "" : text;
        return new TextField(name, t, Tokenizer.tokenize(t), Words.mostlyUpperCase(t));
    }

    /** True when the field has no visible text: taggers skip it. */
    public boolean isBlank() {
        return text.isBlank();
    }
}
