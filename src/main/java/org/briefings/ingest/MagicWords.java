package org.briefings.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The words Tika's magic patterns cannot match without, read from its type table: what
 * {@link MagicGuards} searches a file's first bytes for before it lets a copy of the table without
 * those patterns answer. Every rule here only under-claims (a word it derives is always part of
 * what the pattern matches, inside the window Tika searches); a pattern it cannot read yields no
 * word, and its magic stays in the copy.
 */
final class MagicWords {

    /** A word that must occur in a window of the first bytes (as ISO-8859-1 chars) for a pattern to match. */
    record Word(String text, boolean ignoreCase, int from, int to) {

        boolean in(String bytes, String lowered) {
            String data = ignoreCase ? lowered : bytes;
            int end = Math.min(to, data.length());
            return from < end && data.indexOf(text, from, end) >= 0; // whole, inside the window
        }
    }

    /** The shortest word worth a search: shorter ones occur in most texts and would send them all to the full table. */
    private static final int MIN_WORD = 3;

    private MagicWords() {}

    /**
     * The words of a costly magic (see {@link MagicGuards}), one of which occurs in its window
     * wherever the magic matches; null for a cheap magic or one whose patterns yield no words.
     */
    static List<Word> of(Element magic) {
        return costly(magic) ? guard(magic) : null;
    }

    /** A magic worth guarding: one whose patterns scan an offset range, are regular expressions or UTF-16. */
    private static boolean costly(Element magic) {
        for (Element m : elements(magic, "match", true)) {
            String type = m.getAttribute("type");
            String offset = m.getAttribute("offset");
            if (type.equals("regex") || type.startsWith("unicode") || offset.contains(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a magic: for each of its top-level patterns one word that pattern needs (a match
     * needs its own pattern whatever its sub-patterns say; a min-should-match group needs one of its
     * members with words, when fewer members than it must match have none), or null when a pattern
     * yields none.
     */
    private static List<Word> guard(Element magic) {
        List<Word> out = new ArrayList<>();
        List<Element> matches = elements(magic, "match", false);
        if (matches.isEmpty()) {
            return null;
        }
        for (Element m : matches) {
            List<Word> w = needs(m);
            if (w == null) {
                return null;
            }
            out.addAll(w);
        }
        return out;
    }

    /** What one pattern needs: one word of the returned list, or null when not known. */
    private static List<Word> needs(Element match) {
        if (match.hasAttribute("minShouldMatch")) {
            int least = least(match.getAttribute("minShouldMatch"));
            if (match.hasAttribute("value") || least < 1) {
                return null; // a group that may match with no member needs nothing
            }
            // at least `least` members match; when fewer members than that have no words, one of
            // the members that have words is among them
            List<Word> any = new ArrayList<>();
            int unknown = 0;
            for (Element member : elements(match, "match", false)) {
                List<Word> w = needs(member);
                if (w == null) {
                    unknown++;
                } else {
                    any.addAll(w);
                }
            }
            return any.isEmpty() || unknown >= least ? null : any;
        }
        Word w = word(match);
        return w == null ? null : List.of(w);
    }

    /** A group's minShouldMatch, or 0 when it is not a number. */
    private static int least(String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The word one pattern (its own value, not its sub-patterns') cannot match without, or null. */
    static Word word(Element match) {
        if (!match.getAttribute("mask").isEmpty()) {
            return null;
        }
        String type = match.getAttribute("type");
        String value = match.getAttribute("value");
        int[] range = offsets(match.getAttribute("offset"));
        if (range == null || value.isEmpty()) {
            return null;
        }
        return switch (type) {
            case "string", "stringignorecase" -> {
                String run = value.startsWith("0x") ? null : longestRun(escapedStringRuns(value));
                // the pattern starts within the range and is no longer than its written value
                yield run == null
                        ? null
                        : new Word(
                                type.equals("string") ? run : run.toLowerCase(Locale.ROOT),
                                type.equals("stringignorecase"),
                                range[0],
                                range[1] + value.length());
            }
            case "regex" -> {
                String run = longestRun(regexRuns(value));
                // tried from each offset of its range over a region as long as the expression's UTF-8 bytes
                yield run == null
                        ? null
                        : new Word(run, false, range[0], range[1] + value.getBytes(StandardCharsets.UTF_8).length);
            }
            case "unicodeLE", "unicodeBE" -> {
                // every ASCII char of the value is written with a zero byte beside it
                boolean ascii = value.chars().allMatch(c -> c > 0 && c < 0x80 && c != '\\');
                yield ascii ? new Word("\u0000", false, range[0], range[1] + 2 * value.length()) : null;
            }
            default -> null;
        };
    }

    /** "N" or "N:M" as {from, to}; null when it is neither. */
    static int[] offsets(String offset) {
        try {
            if (offset.isEmpty()) {
                return new int[] {0, 0};
            }
            int colon = offset.indexOf(':');
            int from = Integer.parseInt(colon < 0 ? offset : offset.substring(0, colon));
            int to = colon < 0 ? from : Integer.parseInt(offset.substring(colon + 1));
            return from < 0 || to < from ? null : new int[] {from, to};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The runs of printable ASCII chars of a string pattern's written value that stand for
     * themselves. An escape is skipped with what it may consume, as Tika reads the table's escapes:
     * the escaped char ({@code \\n}, {@code \\\\}, a space) and, after {@code \\x} or a digit, every
     * digit that follows (Tika reads two hex or three octal: the rest are skipped too, to be safe).
     */
    private static List<String> escapedStringRuns(String value) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                flush(run, runs);
                char escaped = i + 1 < value.length() ? value.charAt(i + 1) : ' ';
                i++; // the escaped char
                if (escaped == 'x' || (escaped >= '0' && escaped <= '9')) {
                    // its digits: all that follow, where Tika reads two hex or three octal at most
                    while (i + 1 < value.length()
                            && Character.digit(value.charAt(i + 1), escaped == 'x' ? 16 : 10) >= 0) {
                        i++;
                    }
                }
                continue;
            }
            if (c >= ' ' && c < 0x7F) {
                run.append(c); // a string pattern's every other char stands for itself
            } else {
                flush(run, runs);
            }
        }
        flush(run, runs);
        return runs;
    }

    /**
     * The runs of printable ASCII chars a regular expression must match as written, or none at
     * all for an expression with groups, alternatives or quoting (any of them could make a run
     * optional). Escapes and the four chars after them, character classes and counted repetitions
     * are skipped; a run's last char is dropped when a quantifier follows it.
     */
    private static List<String> regexRuns(String regex) {
        List<String> runs = new ArrayList<>();
        if (regex.indexOf('(') >= 0 || regex.indexOf('|') >= 0 || regex.contains("\\Q")) {
            return runs;
        }
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                flush(run, runs);
                i += 4;
            } else if (c == '[') {
                flush(run, runs);
                i = classEnd(regex, i);
                if (i < 0) {
                    return List.of(); // a class in a class, or no end: not read here
                }
            } else if (c == '{') {
                flush(run, runs);
                i = regex.indexOf('}', i);
                if (i < 0) {
                    return List.of();
                }
            } else if (c == '?' || c == '*' || c == '+') {
                if (!run.isEmpty()) {
                    run.setLength(run.length() - 1);
                }
                flush(run, runs);
            } else if (c >= ' ' && c < 0x7F && "^$.|?*+()[]{}".indexOf(c) < 0) {
                if (i + 1 < regex.length() && "?*+{".indexOf(regex.charAt(i + 1)) >= 0) {
                    flush(run, runs); // this char may be absent or repeated
                } else {
                    run.append(c);
                }
            } else {
                flush(run, runs);
            }
        }
        flush(run, runs);
        return runs;
    }

    /**
     * Where the character class opening at {@code open} ends (its closing ']'), skipping escaped
     * chars and a ']' right after the opening (a member); -1 for a class inside a class or no end.
     */
    private static int classEnd(String regex, int open) {
        int j = open + 1;
        if (j < regex.length() && regex.charAt(j) == '^') {
            j++;
        }
        if (j < regex.length() && regex.charAt(j) == ']') {
            j++;
        }
        while (j < regex.length()) {
            char d = regex.charAt(j);
            if (d == ']') {
                return j;
            }
            if (d == '[') {
                return -1;
            }
            j += d == '\\' ? 2 : 1;
        }
        return -1;
    }

    private static void flush(StringBuilder run, List<String> runs) {
        if (!run.isEmpty()) {
            runs.add(run.toString());
            run.setLength(0);
        }
    }

    private static String longestRun(List<String> runs) {
        String best = null;
        for (String r : runs) {
            if (r.length() >= MIN_WORD && (best == null || r.length() > best.length())) {
                best = r;
            }
        }
        return best;
    }

    /** The child elements called {@code name} ({@code deep}: at any depth), in document order. */
    static List<Element> elements(Element parent, String name, boolean deep) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                    out.add(e);
                }
                if (deep) {
                    out.addAll(elements(e, name, true));
                }
            }
        }
        return out;
    }
}
