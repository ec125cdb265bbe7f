package org.briefings.ingest;

/** The text Tika gives, with its line ends and blank lines made regular before anything reads it. */
final class TextClean {

    /**
     * Normalises line ends and trims runs of blank lines, keeping paragraph breaks: CR and CRLF
     * become LF, a no-break space a space, spaces and tabs before a line end go, three or more
     * line ends become two, and the ends are stripped. One pass over the text, not four regular
     * expressions (it ran on every extracted character).
     */
    static String clean(CharSequence text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n') {
                int end = out.length();
                while (end > 0 && isLineSpace(out.charAt(end - 1))) {
                    end--;
                }
                out.setLength(end);
                if (end >= 2 && out.charAt(end - 1) == '\n' && out.charAt(end - 2) == '\n') {
                    continue;
                }
            } else if (c == '\u00A0') {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString().strip();
    }

    private static boolean isLineSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
    }

    private TextClean() {}
}
