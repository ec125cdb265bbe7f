package org.briefings.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefings.ExtractedText;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Picks a document's title where the first line of text is not it: PDFs of reports whose first
 * page opens with a URL, a product label, an "Updated ..." line or a report number, and whose
 * title wraps over two or three lines.
 *
 * <p>Order: the format's metadata title when it is a real title (not a file name or "Untitled");
 * else the first line of the first 60 that is not page furniture, joined with the lines that
 * continue it. A following line continues the title when the title so far ends with a colon,
 * comma, dash or a function word ("... Grant Programs for"), when the line starts in lower case,
 * or when the joined text is repeated further down the document (reports repeat their title
 * above the summary; a title's wrap is the same both times, a paragraph's is not).
 */
public final class TitleFinder {

    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)^(untitled.*|microsoft word - .*|.*\\.(docx?|pdf|txt|md|html?|rtf)|document\\d*|slide \\d+|title|none|\\W*)$");

    /** Lines that sit above titles on report covers and page headers. */
    private static final Pattern FURNITURE =
            Pattern.compile("(?i)^(https?://\\S+|www\\.\\S+|(updated|published|posted|issued|revised)\\b.{0,40}\\d{4}|"
                    + "crs (insight|report|in focus|legal sidebar)|legal sidebar\\w?|insight\\w?|in focus|"
                    + "prepared for members and|committees of congress|congressional research service|"
                    + "summary|contents|table of contents|[A-Z]{1,4}\\d{3,6}|\\d{2}-\\d{3,4}|page \\d+.*|\\d+|"
                    + "(version|report no\\.?|order code)\\b.*|for official use only|unclassified|confidential|"
                    + "classification:.*|(january|february|march|april|may|june|july|august|september|october|"
                    + "november|december) \\d{1,2}, \\d{4}|\\d{1,2} (january|february|march|april|may|june|july|"
                    + "august|september|october|november|december) \\d{4}|\\d{4}-\\d{2}-\\d{2})$");

    private static final Pattern DATE_LINE = Pattern.compile("(?i)\\b(19|20)\\d{2}$");

    private static final Set<String> CONTINUING = WordSet.of(
            "a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "its",
            "their", "vs", "versus", "under", "over", "after", "before", "between", "about", "as");

    private static final int MAX_TITLE = 250;

    /** The title of an extracted document, or null when nothing looks like one. */
    public String find(ExtractedText doc, String body) {
        String meta = doc.title();
        if (meta != null) {
            String t = meta.strip().replaceAll("\\s+", " ");
            if (t.length() >= 3 && !JUNK_TITLE.matcher(t).matches()) {
                return cut(t);
            }
        }
        String text = body != null ? body : doc.text();
        List<String> lines = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        int pos = 0;
        while (pos < text.length() && lines.size() < 60) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).strip();
            pos = end + 1;
            if (!line.isEmpty()) {
                lines.add(line);
                ends.add(end);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isFurniture(line)) {
                continue;
            }
            // a title block closed by a date line ("... Grants: Recent Developments" / "April 17, 2026")
            int close = -1;
            for (int k = i + 1; k < Math.min(lines.size(), i + 4); k++) {
                if (isFurniture(lines.get(k))) {
                    close = DATE_LINE.matcher(lines.get(k)).find() ? k : -1;
                    break;
                }
                if (lines.get(k).endsWith(".") || lines.get(k).length() > 100) {
                    break;
                }
            }
            if (close > i + 1) {
                return cut(String.join(" ", lines.subList(i, close)).replaceAll("\\s+", " "));
            }
            StringBuilder title = new StringBuilder(line);
            String later = normalise(text.substring(
                    Math.min(text.length(), ends.get(i)), Math.min(text.length(), ends.get(i) + 20_000)));
            for (int k = i + 1; k < Math.min(lines.size(), i + 4); k++) {
                String next = lines.get(k);
                if (isFurniture(next)) {
                    break;
                }
                String joined = title + " " + next;
                boolean continues = endsOpen(title.toString())
                        || Character.isLowerCase(next.charAt(0))
                        || (normalise(joined).length() > 20 && later.contains(normalise(joined)));
                if (!continues || joined.length() > MAX_TITLE) {
                    break;
                }
                title.append(' ').append(next);
            }
            return cut(title.toString().replaceAll("\\s+", " "));
        }
        return null;
    }

    private static boolean isFurniture(String line) {
        return FURNITURE.matcher(line).matches()
                || line.chars().filter(Character::isLetter).count() < 3;
    }

    private static boolean endsOpen(String title) {
        String t = title.strip();
        if (t.endsWith(":")
                || t.endsWith(",")
                || t.endsWith("-")
                || t.endsWith("\u2013")
                || t.endsWith("\u2014")
                || t.endsWith("&")) {
            return true;
        }
        int sp = t.lastIndexOf(' ');
        String last = (sp < 0 ? t : t.substring(sp + 1)).toLowerCase(Locale.ROOT);
        return CONTINUING.contains(last);
    }

    /**
     * Lower case, punctuation and runs of whitespace folded to single spaces: what
     * {@code s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip()} gives, without
     * the expression (it ran over the 20,000 characters after a PDF's first lines; 2% of enrichment
     * on the CRS reports). Lower-cased first: "İ" lower-cases to an "i" and a combining mark, which
     * is not a letter and goes.
     */
    public static String normalise(String s) {
        return Words.lettersAndNumbers(s.toLowerCase(Locale.ROOT), 0);
    }

    /**
     * A long first line cut to {@link #MAX_TITLE} characters, at the last space before the limit
     * when there is one: a word cut in half ("Pete H" of "Pete Hegseth") would be tagged as a name
     * of its own in the title.
     */
    private static String cut(String t) {
        return cutAtWord(t, MAX_TITLE);
    }

    /** {@code t} cut to at most {@code max} characters and an ellipsis, at a space when one is past half way. */
    static String cutAtWord(String t, int max) {
        if (t.length() <= max) {
            return t;
        }
        int space = t.lastIndexOf(' ', max);
        return t.substring(0, space > max / 2 ? space : max).strip() + "\u2026";
    }
}
