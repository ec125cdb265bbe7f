package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * A token's folded key is kept once computed (issue 16): asked for in any order and any number of
 * times, it must be what folding the token's text gives, on every token of real texts.
 */
class TokenKeysTest {

    @Test
    void keptKeysAreTheFoldedTokens() {
        for (String text : SampleTexts.all()) {
            Tokens t = Tokens.of(text);
            for (int i = t.size - 1; i >= 0; i -= 2) {
                assertEquals(Tokens.fold(t.surface(i)), t.key(i));
            }
            for (int i = 0; i < t.size; i++) {
                assertEquals(Tokens.fold(t.surface(i)), t.key(i));
                assertEquals(Tokens.fold(t.surface(i)), t.key(i));
            }
        }
    }
}
