package org.briefings.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Tika's MIME detection of a file's first bytes, with the same answer for every input, at a fraction
 * of the cost on ordinary text: the magic patterns that cost most are first checked for a word
 * they cannot match without.
 *
 * <p>Why: on a UN speech Tika's magic table was a tenth of the engine's whole ingest (JFR,
 * 2026-12-04): every one of its 849 patterns is tried on the first 64 KB of every file, and a few
 * scan thousands of offsets (a regular expression for Illustrator files is decoded and tried at
 * each of 8,192 positions, mail headers at each of 1,024, HTML and UTF-16 media names at each of
 * 8,192). Those few are most of the cost, and each needs a literal word somewhere in its window:
 * "FileFormat" for the Illustrator pattern, "Received" for one mail header, a NUL byte for any
 * UTF-16 pattern of ASCII letters.
 *
 * <p>How: at start the reader reads Tika's own table ({@code tika-mimetypes.xml}), derives for each
 * costly magic (one with an offset range, a regular expression or UTF-16) the words one of its
 * patterns must contain, and builds a second table without those magics. A file whose first bytes
 * contain none of the words cannot match any removed magic, so the second table gives the answer
 * the full one would (detection takes the highest-priority magics that match, then the name; a
 * magic that cannot match changes neither); any other file is detected with the full table. A
 * magic is removed only when every pattern it has yields a word by rules that only ever
 * under-claim: masks, hex values and regular expressions with groups or alternatives keep a magic
 * in place. Where extra type definitions are installed ({@code custom-mimetypes.xml} or Tika's
 * system property), or the table cannot be read, every file gets the full table.
 * {@code MagicGuardsTest} holds the two to the same answers on every speech and every test
 * document, under its own name and as {@code .txt} and {@code .md}.
 */
final class MagicGuards {

    /** A word that must occur in a window of the first bytes (as ISO-8859-1 chars) for a pattern to match. */
    record Word(String text, boolean ignoreCase, int from, int to) {

        boolean in(String bytes, String lowered) {
            String data = ignoreCase ? lowered : bytes;
            int end = Math.min(to, data.length());
            return from < end && data.indexOf(text, from, end) >= 0; // whole, inside the window
        }
    }

    private static final String CORE = "/org/apache/tika/mime/tika-mimetypes.xml";
    private static final String CUSTOM = "org/apache/tika/mime/custom-mimetypes.xml";

    /** The shortest word worth a search: shorter ones occur in most texts and would send them all to the full table. */
    private static final int MIN_WORD = 3;

    private final MimeTypes full;
    private final MimeTypes reduced;
    private final List<Word> words;
    private final int removed;
    /** How far into the first bytes any word's window reaches. */
    private final int reach;

    private MagicGuards(MimeTypes full, MimeTypes reduced, List<Word> words, int removed) {
        this.full = full;
        this.reduced = reduced;
        this.words = words;
        this.removed = removed;
        this.reach = words.stream().mapToInt(Word::to).max().orElse(0);
    }

    /** Tika's default table, with the reduced one where it can be built. */
    static MagicGuards load() {
        MimeTypes full = MimeTypes.getDefaultMimeTypes();
        try {
            if (System.getProperty(MimeTypesFactory.CUSTOM_MIMES_SYS_PROP) != null
                    || MagicGuards.class.getClassLoader().getResources(CUSTOM).hasMoreElements()) {
                return new MagicGuards(full, null, List.of(), 0);
            }
            Document table;
            try (InputStream in = MimeTypes.class.getResourceAsStream(CORE)) {
                if (in == null) {
                    return new MagicGuards(full, null, List.of(), 0);
                }
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setExpandEntityReferences(false);
                table = f.newDocumentBuilder().parse(in);
            }
            List<Word> words = new ArrayList<>();
            int removed = 0;
            for (Element magic : elements(table.getDocumentElement(), "magic", true)) {
                List<Word> own = costly(magic) ? guard(magic) : null;
                if (own != null) {
                    words.addAll(own);
                    magic.getParentNode().removeChild(magic);
                    removed++;
                }
            }
            // the same word with the same window is searched once
            return new MagicGuards(
                    full, MimeTypesFactory.create(table), List.copyOf(new LinkedHashSet<>(words)), removed);
        } catch (Exception | LinkageError e) {
            return new MagicGuards(full, null, List.of(), 0); // Tika's table as it is, at its own cost
        }
    }

    /** The type Tika's magic and name rules give these first bytes ({@link MimeTypes#detect}). */
    MediaType detect(byte[] prefix, Metadata metadata) throws IOException {
        MimeTypes types = reduced != null && !mayMatchRemoved(prefix) ? reduced : full;
        return types.detect(new ByteArrayInputStream(prefix), metadata);
    }

    /** True when a removed magic could match: one of the words occurs in its window. */
    boolean mayMatchRemoved(byte[] prefix) {
        int n = Math.min(prefix.length, reach);
        String bytes = new String(prefix, 0, n, StandardCharsets.ISO_8859_1);
        String lowered = null;
        for (Word w : words) {
            if (w.ignoreCase() && lowered == null) {
                lowered = asciiLower(prefix, n);
            }
            if (w.in(bytes, lowered)) {
                return true;
            }
        }
        return false;
    }

    /** How many magics the reduced table goes without (0: every file gets the full table). */
    int removedMagics() {
        return removed;
    }

    /** The words checked before the reduced table answers. */
    List<Word> words() {
        return words;
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
    private static int[] offsets(String offset) {
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

    /** The bytes with ASCII letters lower-cased, as ISO-8859-1 chars (Tika folds ASCII the same way). */
    private static String asciiLower(byte[] prefix, int n) {
        byte[] low = Arrays.copyOf(prefix, n);
        for (int i = 0; i < n; i++) {
            if (low[i] >= 'A' && low[i] <= 'Z') {
                low[i] += 32;
            }
        }
        return new String(low, StandardCharsets.ISO_8859_1);
    }

    /** The child elements called {@code name} ({@code deep}: at any depth), in document order. */
    private static List<Element> elements(Element parent, String name, boolean deep) {
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
