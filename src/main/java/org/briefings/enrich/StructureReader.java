package org.briefings.enrich;

import java.util.regex.Pattern;
import org.briefings.ExtractedText;
import org.briefings.TitleSource;

/**
 * Reads a briefing's shape from its text: the title (from metadata when it is a real title, else
 * the first heading or line) and the summary (an explicit "Summary:" line, else the lede, the
 * first real paragraph). Header lines such as "Publication Date: ..." or "By ..." are skipped.
 */
public final class StructureReader {

    /** Titles that are really file names or tool artefacts. */
    private static final Pattern JUNK_TITLE = Pattern.compile(
            "(?i)^(untitled.*|microsoft word - .*|.*\\.(docx?|pdf|txt|md|html?|rtf)|document\\d*|slide \\d+|title|none|\\W*)$");

    /** A header line ("By ...", "Published: ..."): package-private for HeadSplitsTest. */
    static final Pattern HEADER_LINE = Pattern.compile(
            "(?i)^(publication date|published|updated|date|by|author|authors|from|to|subject|cc|sent|classification|"
                    + "report number|version|source|tags?)\\s*[:\\-].*|^by [A-Z].{0,80}$|^(updated|published) .{0,60}\\d{4}$");

    private static final Pattern SUMMARY_LINE =
            Pattern.compile("(?i)^(summary|bottom line|key points?|in brief|bluf)\\s*[:\\-—]\\s*(.+)$");
    /** The first letters of {@link #SUMMARY_LINE}'s labels, either case (its case folding is ASCII). */
    private static final String SUMMARY_OPENINGS = "sSbBkKiI";

    private static final int MAX_TITLE = 250;
    private static final int HEAD_CHARS = 6_000;
    private static final int MAX_SUMMARY = 600;

    /** Title, where it came from, and summary of a briefing. */
    public record Structure(String title, TitleSource titleSource, String summary) {}

    /** A heading is short and is not a sentence that runs on into the text. */
    private static final int MAX_HEADING_WORDS = 20;

    public Structure read(ExtractedText doc) {
        return read(doc, null);
    }

    /**
     * As {@link #read(ExtractedText)}, with a title already chosen by a better-informed finder
     * (for PDFs, {@link TitleFinder}); the summary is then the first real paragraph after it.
     */
    public Structure read(ExtractedText doc, String chosenTitle) {
        // title and summary live at the top: reading the head keeps long reports cheap
        String text = doc.text();
        String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
        String[] paragraphs = HeadLines.paragraphs(head);
        String metadata = metadataTitle(doc.title());
        String title;
        TitleSource source;
        if (chosenTitle != null && !chosenTitle.isBlank()) {
            title = trimTitle(chosenTitle);
            source = title.equals(metadata)
                    ? TitleSource.METADATA
                    : looksLikeHeading(title) ? TitleSource.HEADING : TitleSource.FIRST_LINE;
        } else {
            title = metadata;
            source = TitleSource.METADATA;
        }
        int firstBodyParagraph = 0;
        if (title == null) {
            for (int i = 0; i < paragraphs.length; i++) {
                String firstLine = HeadLines.firstLine(paragraphs[i]);
                if (!firstLine.isEmpty() && !HEADER_LINE.matcher(firstLine).matches()) {
                    title = trimTitle(firstLine);
                    source = isHeading(paragraphs[i], firstLine) ? TitleSource.HEADING : TitleSource.FIRST_LINE;
                    firstBodyParagraph = i;
                    break;
                }
            }
        }
        if (title == null || title.isEmpty()) {
            title = fallbackTitle(doc.sourcePath());
            source = TitleSource.FILE_NAME;
        }
        return new Structure(title, source, summary(paragraphs, title, firstBodyParagraph));
    }

    /**
     * A first line is a heading when it is marked as one (Markdown {@code #}) or is set apart: short,
     * not ending as a sentence does, and alone in its paragraph or followed only by header lines.
     */
    private static boolean isHeading(String paragraph, String firstLine) {
        if (firstLine.startsWith("#")) {
            return true;
        }
        if (!looksLikeHeading(firstLine)) {
            return false;
        }
        return onlyHeaderLinesAfterFirst(paragraph);
    }

    /**
     * Whether every line of the paragraph after its first is blank or a header line ("By ...",
     * "Published ..."): what splitting it at line breaks and testing each line gave, without the
     * array of lines (a speech's first paragraph can be long; HeadSplitsTest compares).
     */
    static boolean onlyHeaderLinesAfterFirst(String paragraph) {
        String p = paragraph.strip();
        int nl = p.indexOf('\n');
        while (nl >= 0) {
            int next = p.indexOf('\n', nl + 1);
            String line = p.substring(nl + 1, next < 0 ? p.length() : next).strip();
            if (!line.isEmpty() && !HEADER_LINE.matcher(line).matches()) {
                return false;
            }
            nl = next;
        }
        return true;
    }

    private static boolean looksLikeHeading(String line) {
        String t = line.strip();
        return !t.isEmpty()
                && HeadLines.splitCount(t, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS
                && !t.endsWith(".")
                && !t.endsWith(",")
                && !t.endsWith(";");
    }

    private static String summary(String[] paragraphs, String title, int start) {
        for (String p : paragraphs) {
            String explicit = summaryLine(p);
            if (explicit != null) {
                return explicit;
            }
        }
        String normTitle = HeadLines.norm(title);
        for (int i = start; i < paragraphs.length; i++) {
            String p = paragraphs[i].strip();
            String first = HeadLines.firstLine(p);
            if (p.isEmpty() || HEADER_LINE.matcher(first).matches()) {
                continue;
            }
            // The title's own paragraph may carry the lede on its following lines.
            if (HeadLines.normEquals(first, normTitle)) {
                int nl = p.indexOf('\n');
                if (nl < 0) {
                    continue;
                }
                p = p.substring(nl + 1).strip();
                if (HEADER_LINE.matcher(HeadLines.firstLine(p)).matches()) {
                    continue;
                }
            }
            // counted before joining: the join only narrows runs of white space, so the count is the same
            if (HeadLines.splitCount(p, 6) >= 6) {
                return lede(p);
            }
        }
        return "";
    }

    /**
     * The summary an explicit line of {@code paragraph} gives ("Summary: ..."), or null. Only a
     * line whose first character after white space opens one of the labels is read further; the
     * others are passed over where they stand, with no string made of them (a split of every
     * paragraph of a briefing's head into lines cost 2% of enrichment, 2026-12-05).
     */
    private static String summaryLine(String paragraph) {
        int n = paragraph.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = paragraph.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            int first = lineStart;
            while (first < lineEnd && Character.isWhitespace(paragraph.charAt(first))) {
                first++; // where String.strip would start the line
            }
            if (first < lineEnd && SUMMARY_OPENINGS.indexOf(paragraph.charAt(first)) >= 0) { // no other line can match
                var m = SUMMARY_LINE.matcher(
                        paragraph.substring(lineStart, lineEnd).strip());
                if (m.matches()) {
                    return cut(m.group(2).strip());
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /**
     * The summary a paragraph gives: its lines joined with one space, cut to {@link #MAX_SUMMARY}.
     * What {@code cut(p.replaceAll("\\s*\\n\\s*", " "))} gives, in one pass that stops once the
     * cut is decided (the expression ran over every character of every lede).
     */
    static String lede(String p) {
        return cut(HeadLines.joinLines(p, MAX_SUMMARY + 2));
    }

    private static String metadataTitle(String t) {
        if (t == null) {
            return null;
        }
        t = t.strip();
        if (t.length() < 3 || JUNK_TITLE.matcher(t).matches()) {
            return null;
        }
        return trimTitle(t);
    }

    private static String trimTitle(String line) {
        // a word cut in half would be tagged as a name
        return TitleFinder.cutAtWord(HeadLines.cleanTitle(line), MAX_TITLE);
    }

    private static String fallbackTitle(String sourcePath) {
        String name = sourcePath.substring(Math.max(sourcePath.lastIndexOf('/'), sourcePath.lastIndexOf('!')) + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name)
                .replace('-', ' ')
                .replace('_', ' ')
                .strip();
    }

    static String cut(String s) {
        if (s.length() <= MAX_SUMMARY) {
            return s;
        }
        int end = s.lastIndexOf(". ", MAX_SUMMARY);
        return end > MAX_SUMMARY / 2
                ? s.substring(0, end + 1)
                : s.substring(0, MAX_SUMMARY).strip() + "…";
    }
}
