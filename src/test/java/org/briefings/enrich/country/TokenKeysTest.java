package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * {@link Tokens#keyIs} compares a token's characters with a key without folding the token; it
     * must answer as comparing the folded key, for the token's own key, its neighbours', the key in
     * capitals, a key one letter longer or shorter, and the word as written, before and after the
     * token's key was kept.
     */
    @Test
    void comparingATokenWithAKeyAnswersAsComparingItsFoldedKey() {
        List<String> texts = SampleTexts.with(
                "Côte d'Ivoire, CÔTE D'IVOIRE, Северной Кореи, Северная Корея, Korea\u2019s São Paulo, "
                        + "the two Koreas, THE TWO KOREAS, the Two koreas, İstanbul, Straße, 北京 and 朝鲜, U.S.-Iran");
        int matched = 0;
        for (String text : texts) {
            Tokens fresh = Tokens.of(text);
            Tokens kept = Tokens.of(text);
            for (int i = 0; i < fresh.size; i++) {
                String own = Tokens.fold(fresh.surface(i));
                List<String> keys = new ArrayList<>(List.of(
                        own,
                        own.toUpperCase(Locale.ROOT),
                        own + "s",
                        own.substring(0, own.length() - 1),
                        fresh.surface(i)));
                if (i > 0) {
                    keys.add(Tokens.fold(fresh.surface(i - 1)));
                }
                if (i + 1 < fresh.size) {
                    keys.add(Tokens.fold(fresh.surface(i + 1)));
                }
                kept.key(i);
                for (String key : keys) {
                    assertEquals(key.equals(own), fresh.keyIs(i, key), fresh.surface(i) + " / " + key);
                    assertEquals(key.equals(own), kept.keyIs(i, key), fresh.surface(i) + " / " + key);
                }
                matched += fresh.keyIs(i, own) ? 1 : 0;
            }
        }
        assertTrue(matched > 1000, "every token has its own key");
    }

    /**
     * {@link Tokens#keyHash} hashes an ASCII token's characters without folding it; the matcher
     * turns a form away when the hash differs from its second key's, so it must be the folded
     * key's hash on every token, ASCII or not, before and after the key was kept.
     */
    @Test
    void aTokensKeyHashIsItsFoldedKeysHash() {
        List<String> texts =
                SampleTexts.with("Côte d'Ivoire, CÔTE D'IVOIRE, Северной Кореи, Korea’s São Paulo, the TWO Koreas, "
                        + "İstanbul, Straße, 北京 and 朝鲜, U.S.-Iran, Democratic People's Republic");
        int tokens = 0;
        for (String text : texts) {
            Tokens fresh = Tokens.of(text);
            Tokens kept = Tokens.of(text);
            for (int i = 0; i < fresh.size; i++) {
                int expected = Tokens.fold(fresh.surface(i)).hashCode();
                assertEquals(expected, fresh.keyHash(i), fresh.surface(i));
                kept.key(i);
                assertEquals(expected, kept.keyHash(i), fresh.surface(i));
                tokens++;
            }
        }
        assertTrue(tokens > 1000, "tokens read: " + tokens);
    }
}
