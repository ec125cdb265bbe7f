package org.briefings.bulk;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 describes it, made safe to open in a spreadsheet.
 *
 * <p>Writing: fields are separated by commas and records end with CRLF; a field that holds a
 * comma, a double quote, CR or LF is quoted, its quotes doubled. A field that begins with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab or a CR would be run as a formula by Excel, LibreOffice
 * and Google Sheets (CSV injection: a briefing titled {@code =HYPERLINK(...)} could send the
 * reader's data away), so it is written with an apostrophe in front, which spreadsheets show as
 * text and do not display; a program reading the file sees the apostrophe.
 *
 * <p>Reading ({@link #records}): the same grammar, for batch-search input; a record's line number is
 * the line it starts on.
 */
public final class Csv {

    /** Writes {@code fields} as one record. */
    public static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, neutralised and quoted as needed; null is empty. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = neutralise(value);
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char c = v.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** A value a spreadsheet would take for a formula, with an apostrophe in front; others as they are. */
    static String neutralise(String v) {
        char c = v.charAt(0);
        boolean formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return formula ? "'" + v : v;
    }

    /** A record read, with the line it starts on (from 1), or the reason it could not be read. */
    public record Row(int line, List<String> fields, String error) {}

    /**
     * The records of {@code text}. A quote left open is reported on the record's line, and ends the
     * reading: everything after it would be inside the quote.
     */
    public static List<Row> records(String text) {
        List<Row> rows = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean quoted = false;
            boolean fieldQuoted = false;
            String error = null;
            while (true) {
                if (i >= n) {
                    if (quoted) {
                        error = "a quoted field is not closed";
                    }
                    break;
                }
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            f.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        f.append(c);
                    }
                } else if (c == '"' && f.isEmpty() && !fieldQuoted) {
                    quoted = true;
                    fieldQuoted = true;
                } else if (c == ',') {
                    fields.add(f.toString());
                    f.setLength(0);
                    fieldQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i < n && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    break;
                } else {
                    f.append(c);
                }
            }
            fields.add(f.toString());
            rows.add(new Row(start, List.copyOf(fields), error));
            if (error != null) {
                break;
            }
        }
        return rows;
    }

    private Csv() {}
}
