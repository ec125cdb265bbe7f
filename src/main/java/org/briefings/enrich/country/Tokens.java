package org.briefings.enrich.country;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A text cut into tokens once: runs of letters and digits are words, every other non-space
 * character is a token of its own. "U.S.-Iran" is {@code U . S . - Iran}, so the gazetteer's
 * "U.S." and "Iran" both match, and "Korea's" is {@code Korea ' s}, so possessives need no rule.
 * Offsets are char offsets into the original string, which is what evidence spans need.
 */
final class Tokens {

    final String text;
    int size;
    int[] start;
    int[] end;

    private Tokens(String text, int capacity) {
        this.text = text;
        this.start = new int[capacity];
        this.end = new int[capacity];
    }

    static Tokens of(String text) {
        Tokens t = new Tokens(text, Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
                    j++;
                }
                t.add(i, j);
                i = j;
            } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                i++;
            } else {
                t.add(i, i + 1);
                i++;
            }
        }
        return t;
    }

    private void add(int s, int e) {
        if (size == start.length) {
            start = Arrays.copyOf(start, size * 2);
            end = Arrays.copyOf(end, size * 2);
        }
        start[size] = s;
        end[size] = e;
        size++;
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(text.charAt(start[i]));
    }

    char first(int i) {
        return text.charAt(start[i]);
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    /** True when the token is a word starting with an upper-case letter. */
    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    /** True when the token is a word with no lower-case letter ("US", "TOKYO"). */
    boolean upper(int i) {
        for (int k = start[i]; k < end[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Folded key of token i: lower case, accents removed, apostrophes and dashes unified. */
    String key(int i) {
        return foldRange(text, start[i], end[i]);
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
                char c = s.charAt(k);
                out[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
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
        for (int k = 0; k < d.length(); k++) {
            char c = d.charAt(k);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }
}
