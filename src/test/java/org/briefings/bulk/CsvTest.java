package org.briefings.bulk;

import static org.junit.jupiter.api.Assertions.*;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV written by {@link Csv} reads back through Apache Commons CSV's strict RFC 4180 parser, formulas defused. */
class CsvTest {

    private static List<CSVRecord> strict(String text) throws Exception {
        return CSVFormat.RFC4180.builder().get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void commasQuotesAndNewlinesSurviveARoundTripThroughAStrictReader() throws Exception {
        List<String> nasty =
                List.of("plain", "a, b", "say \"no\"", "two\nlines", "cr\r\nlf", "", "ünïcödé — 北朝鮮", "\"quoted\"");
        StringWriter out = new StringWriter();
        Csv.writeRecord(out, nasty);
        Csv.writeRecord(out, List.of("x", "y", "z", "w", "v", "u", "t", "s"));
        List<CSVRecord> records = strict(out.toString());
        assertEquals(2, records.size());
        assertEquals(nasty, records.get(0).toList());
        assertTrue(out.toString().endsWith("\r\n"), "records end with CRLF");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe() throws Exception {
        List<String> formulas =
                List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-3", "@SUM(A1)", "\tx", "\rx");
        StringWriter out = new StringWriter();
        Csv.writeRecord(out, formulas);
        List<String> read = strict(out.toString()).getFirst().toList();
        for (int i = 0; i < formulas.size(); i++) {
            assertEquals("'" + formulas.get(i), read.get(i));
        }
        assertEquals("a-b", Csv.field("a-b"), "only the first character counts");
    }

    @Test
    void readsRecordsWithTheLineTheyStartOn() {
        List<Csv.Row> rows = Csv.records("kim,1\n\"two\nlines\",2\r\nlast");
        assertEquals(List.of(1, 2, 4), rows.stream().map(Csv.Row::line).toList());
        assertEquals("two\nlines", rows.get(1).fields().getFirst());
        assertEquals(List.of("kim", "1"), rows.getFirst().fields());
    }

    @Test
    void anOpenQuoteIsReportedOnItsLine() {
        List<Csv.Row> rows = Csv.records("ok\n\"never closed\nmore\n");
        assertEquals(2, rows.size());
        assertNull(rows.get(0).error());
        assertEquals(2, rows.get(1).line());
        assertNotNull(rows.get(1).error());
    }
}
