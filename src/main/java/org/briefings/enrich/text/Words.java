package org.briefings.enrich.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small helpers for the word lists taggers keep in code, and the one all-caps check. */
public final class Words {

    /**
     * A headline in capitals for the entity taggers: more than three capitals per lower-case
     * letter and at least four capitals ("REAGAN SAYS ..." even with a stray "Mc").
     */
    public static final int HEADLINE_RATIO = 3;

    private static final int HEADLINE_MIN_UPPER = 4;

    /**
     * Runs of white space ({@code \\s+}), compiled once for the taggers that collapse or split on
     * them: {@code String.replaceAll} and {@code split} compile their expression on every call.
     */
    public static final Pattern SPACE_RUNS = Pattern.compile("\\s+");

    /** Combining marks, compiled once ({@code String.replaceAll} compiles on every call). */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private Words() {}

    /**
     * An immutable set of lower-case words. A word listed twice is a mistake in the list (two
     * people editing it, or a copy): it fails at class initialisation, so any test that touches
     * the tagger names it.
     */
    public static WordSet set(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (!out.add(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("word listed twice: " + w);
            }
        }
        return WordSet.copyOf(out);
    }

    /**
     * Whether {@code c} is in the Unicode block Cyrillic (U+0400 to U+04FF), the same answer as
     * {@code Character.UnicodeBlock.of(c) == CYRILLIC} without its search of the block table: the
     * person and organisation taggers ask it of most capitalised words, nearly all of them Latin.
     */
    public static boolean cyrillic(char c) {
        return c >= '\u0400' && c <= '\u04FF';
    }

    /** True when most letters of the text are capitals: a Reuters-style headline. */
    public static boolean mostlyUpperCase(String text) {
        return mostlyUpperCase(text, HEADLINE_RATIO, HEADLINE_MIN_UPPER);
    }

    /**
     * True when the text has more than {@code upperPerLower} capitals per lower-case letter and at
     * least {@code minUpper} capitals. The country tagger asks for a stricter ratio than the entity
     * taggers (a dateline "TOKYO" or a headline must be nearly all capitals before "US" or "TURKEY"
     * in it stops counting as a name).
     *
     * <p>Asked of every body twice, this was a pass over the whole text (2.5% of enrichment's CPU on
     * the UN speeches). It stops as soon as the answer is known to be no: once even every character
     * left being a capital could not outnumber the lower-case letters seen, which in prose is about
     * a third of the way in. The answer is the one the whole pass gave.
     */
    public static boolean mostlyUpperCase(String text, int upperPerLower, int minUpper) {
        int upper = 0;
        int lower = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if ((i & 63) == 0 && upper + (long) (n - i) <= (long) upperPerLower * lower) {
                return false; // lower only grows, and at most every remaining character is a capital
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII, most of any text: the same answer as Character's tables, without the lookup
                if (c >= 'A' && c <= 'Z') {
                    upper++;
                } else if (c >= 'a' && c <= 'z') {
                    lower++;
                }
            } else if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= minUpper && upper > upperPerLower * lower;
    }

    /**
     * The word without its accents ("andrés" -> "andres"), for looking names up in lists written
     * without them; an ASCII word, the common case, is returned as it is.
     */
    public static String withoutAccents(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return s;
    }

    /**
     * Whether every character of {@code s} is a letter ({@link Character#isLetter(char)}; true for
     * an empty string). The name taggers ask it of many words; a loop, where a stream over the
     * characters cost them some 3% of enrichment on report-style text (JFR, 2026-12-07).
     */
    public static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A word list of the classpath, one entry a line, lower case; blank lines and lines opening
     * with '#' are skipped. A missing list is a packaging error, so it fails loudly.
     */
    public static WordSet load(Class<?> owner, String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return WordSet.copyOf(out);
    }

    /**
     * The letters and numbers of {@code s} from {@code from} on, each run of anything else
     * ({@code [^\\p{L}\\p{N}]+}) one space, none at either end: what
     * {@code s.substring(from).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()} gives, in one pass
     * without a regular expression (titles are compared with lines and with the text after them
     * this way; HeadSplitsTest compares).
     */
    public static String lettersAndNumbers(String s, int from) {
        int n = s.length();
        StringBuilder out = new StringBuilder(Math.max(0, n - from));
        boolean gap = false;
        int i = from;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (letterOrNumber(cp)) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /**
     * Whether {@code lettersAndNumbers(s, from).toLowerCase(Locale.ROOT)} equals {@code lowered},
     * decided as the letters are read: a line that is not the title it is compared with (nearly
     * every line) differs within its first few characters, and neither its normalised copy nor
     * its lower-case copy is made. Only a character past ASCII sends the line to the copying
     * comparison, since lower-casing one may change its length ("İ"); what was read before it
     * cannot change, so a difference found in ASCII is final. HeadSplitsTest compares.
     */
    public static boolean lettersAndNumbersEqual(String s, int from, String lowered) {
        int n = s.length();
        int m = lowered.length();
        int j = 0; // characters of lowered matched so far
        boolean gap = false;
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return lettersAndNumbers(s, from).toLowerCase(Locale.ROOT).equals(lowered);
            }
            if (!letterOrNumber(c)) {
                gap = true;
                continue;
            }
            if (gap && j > 0) {
                if (j >= m || lowered.charAt(j) != ' ') {
                    return false;
                }
                j++;
            }
            gap = false;
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (j >= m || lowered.charAt(j) != lower) {
                return false;
            }
            j++;
        }
        return j == m;
    }

    /**
     * {@code SPACE_RUNS.matcher(s).replaceAll(" ")}: each run of white space made one space. A
     * string whose white space is already single spaces is returned as it is, without the
     * expression (names are asked this for every name candidate).
     */
    public static String singleSpaces(String s) {
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isRegexSpace(c)) {
                if (space || c != ' ') {
                    return SPACE_RUNS.matcher(s).replaceAll(" ");
                }
                space = true;
            } else {
                space = false;
            }
        }
        return s;
    }

    /**
     * {@code \\s} in a Java regular expression, {@code [ \\t\\n\\x0B\\f\\r]}: for the
     * one-pass versions of expressions, which must treat white space exactly as the expression
     * did (not {@link Character#isWhitespace}, which also takes other separators).
     */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \\p{L}} or {@code \\p{N}}: a letter, or a number of any kind (digits, numerals, fractions). */
    private static boolean letterOrNumber(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
