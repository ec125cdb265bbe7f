package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TokenListTest {

    @Test
    void a_long_text_keeps_every_token_in_order_past_the_first_array() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("word").append(i).append(", ");
        }
        TokenList tokens = Tokenizer.tokenize(text.toString());
        assertEquals(1000, tokens.size());
        List<Token> copy = new ArrayList<>(tokens);
        assertEquals(copy, tokens);
        assertEquals("word499", tokens.get(998).text());
        assertEquals(",", tokens.get(999).text());
        assertEquals(copy, List.of(tokens.toArray()));
    }

    @Test
    void reads_beyond_the_tokens_fail_even_where_the_array_has_room() {
        TokenList tokens = Tokenizer.tokenize("Kim met Moon");
        assertEquals(3, tokens.size());
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.get(-1));
    }

    @Test
    void the_taggers_cannot_change_the_shared_tokens() {
        TokenList tokens = Tokenizer.tokenize("Kim met Moon");
        Token first = tokens.get(0);
        assertThrows(UnsupportedOperationException.class, () -> tokens.add(first));
        assertThrows(UnsupportedOperationException.class, () -> tokens.set(0, first));
        assertThrows(UnsupportedOperationException.class, () -> tokens.remove(0));
    }

    @Test
    void the_sentence_rule_after_an_abbreviation_still_sees_the_word_before_the_stop() {
        // the builder's look-back replaced the list's: "Mr." does not end a sentence, "talks." does
        TokenList tokens = Tokenizer.tokenize("Mr. Kim held talks. Moon left");
        assertEquals(false, tokens.get(2).sentenceStart());
        assertEquals(true, tokens.get(6).sentenceStart());
    }

    @Test
    void the_arrays_answer_what_each_token_answers() {
        // every kind of token: words in any case and script, hyphenated, numbers, marks of every kind
        String text = "The IMF-led talks (in Geneva) met <BHP Petroleum Inc> on 11 April 2019, said Mr. O'Neill;"
                + " u.n. \u00c9COLE \u00e9t\u00e9 \u041c\u0418\u0414 2,018 3.5% x-Ray - \u2014 \u00ab \u00bb \" ' : ! ? a I";
        TokenList tokens = Tokenizer.tokenize(text);
        // the same tokens copied from a list that is not a token list get the same arrays
        TokenList copied = TokenList.copyOf(new ArrayList<>(tokens));
        int punctuation = 0;
        for (TokenList list : List.of(tokens, copied)) {
            assertEquals(tokens.size(), list.size());
            for (int i = 0; i < list.size(); i++) {
                Token t = list.get(i);
                assertEquals(t.isWord(), list.isWord(i), t.text());
                assertEquals(t.kind() == Token.Kind.PUNCT, list.isPunctuation(i), t.text());
                assertEquals(t.isCapitalised(), list.isCapitalised(i), t.text());
                assertEquals(t.hasHyphen(), list.hasHyphen(i), t.text());
                assertEquals(t.isAllCaps(), list.isAllCaps(i), t.text());
                assertEquals(t.firstChar(), list.firstChar(i), t.text());
                assertEquals(t.lowerHash(), list.lowerHash(i), t.text());
                assertEquals(t.lower().hashCode(), list.lowerHash(i), t.text());
                for (char c : "<>(),.;:%-\u2014\u00ab\"'!?aI".toCharArray()) {
                    assertEquals(t.isPunct(c), list.isPunct(i, c), t.text() + " " + c);
                }
                punctuation += list.isPunctuation(i) ? 1 : 0;
            }
        }
        assertEquals(2 * 17, punctuation, "the text's marks, counted in both lists");
        assertThrows(IndexOutOfBoundsException.class, () -> tokens.isWord(tokens.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> copied.lowerHash(-1));
    }
}
