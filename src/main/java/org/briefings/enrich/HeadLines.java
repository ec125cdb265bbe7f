package org.briefings.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefings.enrich.text.Words;

/**
 * The line and paragraph operations a briefing's head is read with ({@link StructureReader}):
 * paragraphs, first lines, word counts, joined lines, a title's cleaning and its normalised form.
 * Each was once a regular expression or a {@code split} run over every briefing's head; each is
 * now one pass that gives what the expression gave (HeadSplitsTest, SplitCountTest and LedeTest
 * compare them on real and random text).
 */
final class HeadLines {

    private HeadLines() {}

    /**
     * What {@code text.split("\\n\\s*\\n")} gives: the paragraphs between blank lines (a line
     * break, any white space, a line break), the empty ones at the end dropped, in one pass with
     * no regular expression (the split ran over every briefing's head; HeadSplitsTest compares).
     */
    static String[] paragraphs(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int from = 0;
        int i = text.indexOf('\n');
        while (i >= 0) {
            int j = i + 1;
            int lastBreak = -1;
            while (j < n && Words.isRegexSpace(text.charAt(j))) {
                if (text.charAt(j) == '\n') {
                    lastBreak = j;
                }
                j++;
            }
            if (lastBreak < 0) {
                i = text.indexOf('\n', i + 1);
                continue;
            }
            out.add(text.substring(from, i));
            from = lastBreak + 1;
            i = text.indexOf('\n', from);
        }
        if (from == 0) {
            return new String[] {text};
        }
        out.add(text.substring(from));
        int size = out.size();
        while (size > 0 && out.get(size - 1).isEmpty()) {
            size--;
        }
        return out.subList(0, size).toArray(String[]::new);
    }

    /**
     * What {@code p.split("\\s+").length} gives, counting no further than {@code enough}: the
     * words, plus the empty string split puts first when {@code p} starts with white space.
     */
    static int splitCount(String p, int enough) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < p.length() && count < enough; i++) {
            if (Words.isRegexSpace(p.charAt(i))) {
                inWord = false;
            } else if (!inWord) {
                inWord = true;
                count += count == 0 && i > 0 ? 2 : 1;
            }
        }
        return count;
    }

    /**
     * {@code p} with every run of white space ({@code \\s}) that holds a line end replaced by one
     * space, as {@code p.replaceAll("\\s*\\n\\s*", " ")} does; it stops once it has written
     * {@code enough} characters ({@link StructureReader#cut} reads no further than two past its limit).
     */
    static String joinLines(String p, int enough) {
        int n = p.length();
        StringBuilder out = new StringBuilder(Math.min(n, enough + 16));
        int i = 0;
        while (i < n && out.length() < enough) {
            if (!Words.isRegexSpace(p.charAt(i))) {
                // a word, copied whole: as far as the limit, where a character at a time would stop
                int end = i + 1;
                int limit = Math.min(n, i + enough - out.length());
                while (end < limit && !Words.isRegexSpace(p.charAt(end))) {
                    end++;
                }
                out.append(p, i, end);
                i = end;
                continue;
            }
            int end = i;
            boolean lineEnd = false;
            while (end < n && Words.isRegexSpace(p.charAt(end))) {
                lineEnd |= p.charAt(end) == '\n';
                end++;
            }
            if (lineEnd) {
                out.append(' ');
            } else {
                out.append(p, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * A title line without its Markdown heading marks and emphasis, each run of white space one
     * space, stripped: what {@code line.replaceFirst("^#+\\s*", "").replaceAll("[*_]{2,}", "")
     * .replaceAll("\\s+", " ").strip()} gives, in one pass (the three expressions ran over the
     * whole first line of every briefing, and a speech's or a cable's first line may be its
     * first paragraph; HeadSplitsTest compares).
     */
    static String cleanTitle(String line) {
        int n = line.length();
        int i = afterHeadingMark(line);
        StringBuilder out = new StringBuilder(n - i);
        boolean space = false; // white space read and not yet written: emphasis between two runs joins them
        while (i < n) {
            char c = line.charAt(i);
            if (c == '*' || c == '_') {
                int end = i + 1;
                while (end < n && (line.charAt(end) == '*' || line.charAt(end) == '_')) {
                    end++;
                }
                if (end - i >= 2) {
                    i = end; // emphasis: two or more marks, dropped
                    continue;
                }
            } else if (Words.isRegexSpace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
            i++;
        }
        return out.toString().strip();
    }

    /**
     * A line reduced to its letters and numbers for comparing a title with a paragraph's first line:
     * what {@code s.replaceFirst("^#+\\s*", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip()}
     * lower-cased gives, in one pass (it ran on the first line of every paragraph before the lede;
     * HeadSplitsTest compares).
     */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        return Words.lettersAndNumbers(s, afterHeadingMark(s)).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether {@code norm(s).equals(normalised)}, without the copies for a line that differs (the
     * first line of every paragraph before the lede is compared with the title; HeadSplitsTest
     * compares).
     */
    static boolean normEquals(String s, String normalised) {
        return Words.lettersAndNumbersEqual(s, afterHeadingMark(s), normalised);
    }

    /** Where {@code s} starts after a Markdown heading's {@code #} marks and the white space after them. */
    private static int afterHeadingMark(String s) {
        int n = s.length();
        int i = 0;
        if (n > 0 && s.charAt(0) == '#') {
            while (i < n && s.charAt(i) == '#') {
                i++;
            }
            while (i < n && Words.isRegexSpace(s.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    static String firstLine(String paragraph) {
        String p = paragraph.strip();
        int nl = p.indexOf('\n');
        return (nl >= 0 ? p.substring(0, nl) : p).strip();
    }
}
