package org.briefings.enrich.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.briefings.enrich.text.Pieces;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.TokenList;
import org.briefings.enrich.text.Tokenizer;

/**
 * A text cut into tokens once: runs of letters and digits are words, every other non-space
 * character is a token of its own. "U.S.-Iran" is {@code U . S . - Iran}, so the gazetteer's
 * "U.S." and "Iran" both match, and "Korea's" is {@code Korea ' s}, so possessives need no rule.
 * Offsets are char offsets into the original string, which is what evidence spans need.
 *
 * <p>Chinese is written without spaces, so each Han character is a token of its own: a
 * gazetteer form such as 朝鲜 is then a sequence of tokens and matches anywhere inside a run of
 * text, as a substring would. Russian declines names ("Северная Корея", "Северной Кореи"), so the
 * folded key of a Cyrillic word is its stem (see {@link #stem}): a form and its common case forms
 * share one key.
 *
 * <p>These tokens are the text's {@link Pieces}, which the enricher's {@link Tokenizer} cuts in
 * the scan that makes its own tokens: the text of a briefing is read once for both, and a
 * gazetteer form is cut by the same code as the text it is matched against.
 */
final class Tokens {

    final String text;
    /**
     * The text's characters, read from an array: String.charAt checks each index and its coding,
     * and the JIT removes fewer of those checks (a text with one typographic quote is a UTF-16
     * string); the matcher and the per-token questions below read them here. The tokenizer's own
     * copy, shared.
     */
    final char[] chars;

    final int size;
    final int[] start;
    final int[] end;
    /** Keys folded so far, by token ({@link #key}); null until the first is asked for. */
    private String[] keys;

    private Tokens(String text, Pieces pieces) {
        this.text = text;
        this.chars = pieces.chars();
        this.start = pieces.starts();
        this.end = pieces.ends();
        this.size = pieces.size();
    }

    /** The tokens of {@code text}. */
    static Tokens of(String text) {
        return new Tokens(text, Tokenizer.tokenize(text).pieces());
    }

    /** The tokens of a field already tokenised by the enricher, without reading its text again. */
    static Tokens of(TextField field) {
        Pieces pieces = field.tokens() instanceof TokenList list ? list.pieces() : null;
        return pieces == null ? of(field.text()) : new Tokens(field.text(), pieces);
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(chars[start[i]]);
    }

    char first(int i) {
        return chars[start[i]];
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /**
     * True when the token is a word that may start a name: capitalised, or in a script without
     * case (Arabic, Chinese), where every word may.
     */
    boolean mayStartName(int i) {
        char c = chars[start[i]];
        return Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** True when the token is a word starting with an upper-case letter. */
    boolean capitalised(int i) {
        return Character.isUpperCase(chars[start[i]]);
    }

    /** True when the token is a word with no lower-case letter ("US", "TOKYO"). */
    boolean upper(int i) {
        for (int k = start[i]; k < end[i]; k++) {
            if (Character.isLowerCase(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Folded key of token i: lower case, accents removed, apostrophes and dashes unified. Folded
     * once per token and kept: the matcher asks for the same token's key for every gazetteer form
     * that could start or go on there.
     */
    String key(int i) {
        if (keys == null) {
            keys = new String[size];
        }
        String k = keys[i];
        if (k == null) {
            k = foldRange(text, start[i], end[i]);
            keys[i] = k;
        }
        return k;
    }

    /**
     * {@code key(i).hashCode()}, computed for an ASCII token from its characters without folding
     * it into a string (its folded key is its characters in lower case, see {@link #keyIs}).
     */
    int keyHash(int i) {
        if (keys != null && keys[i] != null) {
            return keys[i].hashCode();
        }
        int h = 0;
        for (int k = start[i]; k < end[i]; k++) {
            char c = chars[k];
            if (c >= 0x80) {
                return key(i).hashCode(); // folding does more than lower-case ASCII letters
            }
            h = 31 * h + lowerAscii(c);
        }
        return h;
    }

    /**
     * True when the folded key of token i is {@code key}: {@code key.equals(key(i))}, answered for
     * an ASCII token from its characters, without folding it into a string. The matcher asks it of
     * the words after a form's first one, most of which differ ("the two Koreas" against "the
     * other"), and folding each of them was half of its time (JFR, 2026-12-06).
     */
    boolean keyIs(int i, String key) {
        if (keys != null && keys[i] != null) {
            return keys[i].equals(key);
        }
        int from = start[i];
        int to = end[i];
        for (int k = from; k < to; k++) {
            if (chars[k] >= 0x80) {
                return key.equals(key(i)); // folding does more than lower-case ASCII letters
            }
        }
        return asciiKeyIs(key, chars, from, to);
    }

    /**
     * True when the ASCII characters text[from, to), lower-cased, are {@code key}: for an ASCII
     * token, whether its folded key is {@code key}, without folding it.
     */
    static boolean asciiKeyIs(String key, char[] text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (key.charAt(k - from) != lowerAscii(text[k])) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII character lower-cased: A-Z to a-z, the rest as it is. */
    static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** True when only whitespace separates token i from token i + 1. */
    boolean adjacentSpace(int i) {
        return i + 1 < size && end[i] < start[i + 1];
    }

    /** The tokens of a gazetteer form, as written. */
    static String[] words(String form) {
        Tokens t = of(form);
        List<String> out = new ArrayList<>(t.size);
        for (int i = 0; i < t.size; i++) {
            out.add(t.surface(i));
        }
        return out.toArray(new String[0]);
    }

    static String fold(String token) {
        return foldRange(token, 0, token.length());
    }

    private static String foldRange(String s, int from, int to) {
        boolean ascii = true;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) >= 128) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            char[] out = new char[to - from];
            for (int k = from; k < to; k++) {
                out[k - from] = lowerAscii(s.charAt(k));
            }
            return new String(out);
        }
        String sub = s.substring(from, to);
        if (sub.length() == 1) {
            char c = sub.charAt(0);
            if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4') {
                return "'";
            }
            if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011') {
                return "-";
            }
        }
        String d = Normalizer.normalize(sub, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        boolean cyrillic = false;
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(Character.toLowerCase(c));
                cyrillic |= c >= '\u0400' && c <= '\u04ff';
            }
        }
        return cyrillic ? stem(sb) : sb.toString();
    }

    /**
     * Russian case endings, longest first: nominative, genitive, dative, accusative, instrumental
     * and prepositional of nouns and adjectives ("Корея", "Кореи", "Корее", "Корею", "Кореей";
     * "Северная", "Северной", "Северную"). Folding has already turned й into и and ё into е.
     */
    private static final String[] CASE_ENDINGS = {
        "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "иеи", "ью", "ои", "еи", "ии", "ыи", "ая", "яя", "ое",
        "ее", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ия", "ию", "ь", "а", "я", "о", "е", "и", "ы", "у", "ю"
    };

    /** Shortest stem we cut to: shorter ones ("Мали", "Чад") stay whole, or they would meet words. */
    private static final int MIN_STEM = 4;

    /**
     * The stem of a folded Cyrillic word: the longest case ending removed that leaves at least
     * {@link #MIN_STEM} letters. A light stemmer, not a morphological analysis: it is applied
     * alike to the gazetteer's forms and to the text, so it only has to map the usual case forms
     * of a name to one key; fleeting vowels ("Египет", "Египта") are not followed.
     */
    static String stem(CharSequence word) {
        String w = word.toString();
        for (String e : CASE_ENDINGS) {
            if (w.length() - e.length() >= MIN_STEM && w.endsWith(e)) {
                return w.substring(0, w.length() - e.length());
            }
        }
        return w;
    }
}
