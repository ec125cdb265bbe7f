package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TokenizerTest {

    private static List<String> texts(String s) {
        return Tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    private static Token token(String s, String text) {
        return Tokenizer.tokenize(s).stream()
                .filter(t -> t.text().equals(text))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void words_keep_inner_hyphens_and_apostrophes() {
        assertEquals(
                List.of("Moon", "Jae-in", "met", "al-Assad", "and", "O'Neill"),
                texts("Moon Jae-in met al-Assad and O'Neill"));
    }

    @Test
    void a_possessive_is_its_own_token_with_straight_or_curly_apostrophe() {
        assertEquals(List.of("Korea", "'s", "army"), texts("Korea's army"));
        assertEquals(List.of("Korea", "\u2019s", "army"), texts("Korea\u2019s army"));
        assertEquals("'s", token("Korea\u2019s army", "\u2019s").lower());
    }

    @Test
    void dotted_abbreviations_are_one_token_and_a_dot_after_a_word_is_punctuation() {
        assertEquals(List.of("The", "U.S.", "and", "U.N.", "agreed"), texts("The U.S. and U.N. agreed"));
        assertEquals(List.of("Mr", ".", "Kim"), texts("Mr. Kim"));
    }

    @Test
    void numbers_keep_inner_separators_and_are_numbers() {
        List<Token> tokens = Tokenizer.tokenize("2,018 tonnes, 3.5 pct, on 2019-04-11");
        assertEquals(
                List.of("2,018", "tonnes", ",", "3.5", "pct", ",", "on", "2019-04-11"),
                tokens.stream().map(Token::text).toList());
        assertTrue(tokens.get(0).isNumber());
        assertTrue(tokens.get(3).isNumber());
        assertTrue(tokens.get(7).isNumber());
        assertTrue(tokens.get(1).isWord());
        assertTrue(tokens.get(2).isPunct(','));
    }

    @Test
    void offsets_point_at_the_token_in_the_text() {
        String s = "  North Korea\u2019s  leader,\n\nKim.";
        List<Token> tokens = Tokenizer.tokenize(s);
        assertFalse(tokens.isEmpty());
        for (Token t : tokens) {
            assertEquals(t.text(), s.substring(t.start(), t.end()));
        }
    }

    @Test
    void a_sentence_starts_after_a_full_stop_but_not_after_an_honorific_or_an_initial() {
        assertTrue(token("He left. Then Kim spoke.", "Then").sentenceStart());
        assertFalse(token("He met Mr. Kim today.", "Kim").sentenceStart());
        assertFalse(token("He met George W. Bush today.", "Bush").sentenceStart());
        assertFalse(token("He met Kim today.", "Kim").sentenceStart());
        assertTrue(token("He met Kim today.", "He").sentenceStart());
    }

    @Test
    void a_sentence_starts_after_a_blank_line_a_colon_or_an_opening_quote() {
        assertTrue(token("Title line\n\nBody text", "Body").sentenceStart());
        assertFalse(token("Title line\nnext line", "next").sentenceStart());
        assertTrue(token("next line", "next").lineStart());
        assertTrue(token("He said: Nothing", "Nothing").sentenceStart());
        assertTrue(token("He said \"Nothing", "Nothing").sentenceStart());
    }

    @Test
    void lower_folds_case_and_typographic_apostrophes_and_dashes() {
        assertEquals("o'neill", token("O\u2019Neill", "O\u2019Neill").lower());
        assertEquals("jae-in", token("Jae\u2011in", "Jae\u2011in").lower());
    }

    @Test
    void all_caps_words_have_two_letters_or_more() {
        assertTrue(token("The IMF said", "IMF").isAllCaps());
        assertFalse(token("I said", "I").isAllCaps());
        assertFalse(token("Kim said", "Kim").isAllCaps());
        assertTrue(token("Kim said", "Kim").isCapitalised());
    }

    @Test
    void each_token_knows_its_shape_as_its_letters_say() {
        // the shape is read once when a token is made; it must say what the letters say, in any script
        String s = "ÉCOLE Émile l'État OTAN U.S. iPhone ÖVP Ölkonzern МИД России 2018 IMF-led x-Ray , ( ÆØÅ Ab"
                + " — « 1.5 » ... ? ! I a Jae\u2011in al\u2010Assad 2019-04-11 - x O'Neill O’Neill IMF's Korea’s"
                + " 2,018 3.5 ALL-CAPS e-mail A4 G7 4x4 XIth mRNA NATO-led u.n. A.B.C. a1b2 Z";
        for (Token t : Tokenizer.tokenize(s)) {
            String w = t.text();
            boolean word = t.kind() == Token.Kind.WORD;
            assertEquals(w.charAt(0), t.firstChar(), w);
            assertEquals(word && t.lower().contains("-"), t.hasHyphen(), w);
            for (char c : ",(—«».?!Ia".toCharArray()) {
                assertEquals(t.kind() == Token.Kind.PUNCT && w.equals(String.valueOf(c)), t.isPunct(c), w + " " + c);
            }
            long letters = w.chars().filter(Character::isLetter).count();
            boolean allUpper = w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
            assertEquals(word && Character.isUpperCase(w.charAt(0)), t.isCapitalised(), w);
            assertEquals(word && letters >= 2 && allUpper, t.isAllCaps(), w);
            // the tokenizer reads ASCII words' shape and lower-case form as it scans: the same as a token made alone
            Token remade = new Token(w, t.start(), t.end(), t.kind(), false, false);
            assertEquals(remade.lower(), t.lower(), w);
            assertEquals(t.shape(), remade.shape(), w);
            assertEquals(t.isCapitalised(), remade.isCapitalised(), w);
            assertEquals(t.isAllCaps(), remade.isAllCaps(), w);
            assertEquals(w.length(), t.length(), w);
        }
        assertTrue(token("МИД России", "МИД").isAllCaps());
        assertFalse(token("the iPhone", "iPhone").isCapitalised());
        assertFalse(token("in 2018", "2018").isCapitalised());
        assertTrue(token("Moon Jae\u2011in said", "Jae\u2011in").hasHyphen());
        assertFalse(token("Moon said", "Moon").hasHyphen());
    }

    @Test
    void every_token_carries_the_length_of_its_own_text_whatever_it_was_given() {
        // the taggers compare a word's length without reading its text; a wrong length would match
        // gazetteer words of another length and miss those of its own
        Token t = new Token(
                "Kim", 0, 3, Token.Kind.WORD, false, false, "kim", Token.shapeOf("Kim", Token.Kind.WORD), 0, 7);
        assertEquals(3, t.length());
        assertEquals(new Token("Kim", 0, 3, Token.Kind.WORD, false, false), t);
        assertEquals(6, token("l'État a voté", "l'État").length());
        assertEquals(2, token("Korea\u2019s army", "\u2019s").length(), "the possessive, its own token");
        assertEquals(4, token("U.S. army", "U.S.").length());
    }

    @Test
    void a_copy_of_a_text_has_the_same_tokens_and_they_are_read_only() {
        String s = "President Moon met Kim Jong Un in 2018.";
        List<Token> a = Tokenizer.tokenize(s);
        assertEquals(a, Tokenizer.tokenize(new String(s.toCharArray())));
        assertThrows(UnsupportedOperationException.class, () -> a.remove(0));
    }

    @Test
    void an_empty_text_has_no_tokens() {
        assertTrue(Tokenizer.tokenize("").isEmpty());
        assertTrue(Tokenizer.tokenize(" \n\t ").isEmpty());
    }

    @Test
    void the_lower_form_is_the_folded_word_in_lower_case_on_the_ascii_path_and_off_it() {
        // Tokenizer.lower takes a short cut for ASCII words; it must agree with the general rule
        for (String w : List.of(
                "kim",
                "Kim",
                "IMF",
                "U.S.",
                "O'Neill",
                "2,018",
                "al-Assad",
                "ß",
                "Andrés",
                "ÉCOLE",
                "O\u2019Neill",
                "Jae\u2011in",
                "\u0130stanbul",
                "Σίσυφος",
                "МОСКВА",
                "北京",
                ",",
                "\u2019s")) {
            assertEquals(Tokenizer.fold(w).toLowerCase(java.util.Locale.ROOT), Tokenizer.lower(w), w);
        }
        assertEquals("o'neill", token("O\u2019Neill met", "O\u2019Neill").lower());
        assertEquals("imf", token("The IMF said", "IMF").lower());
        assertEquals("andrés", token("Andrés said", "Andrés").lower());
    }
    /**
     * The tokenizer decides whether a word is a number from what its scan saw (issue 16); the
     * answer must be {@code isNumberLike} of the token's text on every token: real texts, and
     * random runs of digits, letters, apostrophes, hyphens of three kinds, commas, dots and
     * possessives, where a number and a word meet in every way.
     */
    @Test
    void a_token_is_a_number_exactly_when_its_text_is_number_like() {
        java.util.Random random = new java.util.Random(21);
        String alphabet = "0123456789019az,.-'\u2019\u2010\u2011 sS\u00e9";
        List<String> texts = new java.util.ArrayList<>(org.briefings.testing.SampleTexts.all());
        for (int k = 0; k < 3_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < 4 + random.nextInt(30); c++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        texts.add("1990's 2,018 3.5 2019-04-11 1\u20112 4'5 12s 7\u2019s U.S. 1.2.3 -5 5- 1,000,000");
        int numbers = 0;
        for (String text : texts) {
            for (Token t : Tokenizer.tokenize(text)) {
                if (t.kind() != Token.Kind.PUNCT) {
                    assertEquals(Tokenizer.isNumberLike(t.text()), t.isNumber(), t.text() + " in " + text);
                    numbers += t.isNumber() ? 1 : 0;
                }
            }
        }
        assertTrue(numbers > 1_000, "numbers seen: " + numbers);
    }
}
