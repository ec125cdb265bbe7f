package org.briefings.enrich.person;

import java.util.List;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.Token;

/**
 * One field of the document being tagged.
 *
 * @param name   title or body, as evidence spans name it
 * @param text   the field's text
 * @param tokens its tokens
 * @param caps   an ALL-CAPS headline: names are linked in it, never found in it
 * @param order  0 for the title, 1 for the body: mentions are ordered title first
 */
record Field(String name, String text, List<Token> tokens, boolean caps, int order) {

    static Field of(TextField f, int order) {
        return new Field(f.name(), f.text(), ElidedNames.split(f.tokens()), f.headline(), order);
    }

    /** A position comparable across fields: the title's come before the body's. */
    int order(int charOffset) {
        return order * 100_000_000 + charOffset;
    }
}
