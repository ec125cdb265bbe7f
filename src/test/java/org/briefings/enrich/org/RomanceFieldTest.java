package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * A field's language by its function words: the count stops once an English field is decided
 * (issue 16), so it must answer as counting every token does, for every mix and order.
 */
class RomanceFieldTest {

    /** Every token counted, as before the early stop. */
    private static boolean byFullCount(List<Token> tokens) {
        int romance = 0;
        int english = 0;
        for (Token t : tokens) {
            if (t.isWord() && !t.isCapitalised()) {
                romance += HeadFirstNames.ROMANCE.contains(t.lower()) ? 1 : 0;
                english += HeadFirstNames.ENGLISH.contains(t.lower()) ? 1 : 0;
            }
        }
        return romance >= 3 && romance > 2 * english;
    }

    @Test
    void answersAsCountingEveryTokenForAnyMixAndOrder() {
        List<String> english = List.copyOf(HeadFirstNames.ENGLISH);
        List<String> romance = List.copyOf(HeadFirstNames.ROMANCE);
        List<String> others = List.of("policy", "Paris", "Le", "The", "2018", ",", "ministre", "sanctions", "Que");
        Random random = new Random(16);
        int french = 0;
        for (int round = 0; round < 3_000; round++) {
            // an English stretch, then a romance one (or the reverse), of random lengths: the early
            // stop must never decide before a late romance stretch could tip the count
            int a = random.nextInt(300);
            int b = random.nextInt(600);
            double romanceShare = random.nextDouble();
            boolean romanceLast = random.nextBoolean();
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < a + b; k++) {
                boolean romanceStretch = (k >= a) == romanceLast;
                List<String> words = random.nextDouble() < 0.3
                        ? others
                        : romanceStretch && random.nextDouble() < romanceShare ? romance : english;
                text.append(words.get(random.nextInt(words.size()))).append(' ');
            }
            List<Token> tokens = Tokenizer.tokenize(text.toString());
            boolean expected = byFullCount(tokens);
            french += expected ? 1 : 0;
            assertEquals(expected, HeadFirstNames.romance(tokens), text::toString);
        }
        assertTrue(french > 100 && french < 2_900, "both answers are tested: " + french + " romance of 3000");
        assertTrue(HeadFirstNames.romance(Tokenizer.tokenize("le président et la commission dans les régions")));
        assertFalse(HeadFirstNames.romance(Tokenizer.tokenize("the president and the commission in le monde")));
    }
}
