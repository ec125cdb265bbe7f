package org.briefings.bulk;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.briefings.search.InvalidRequestException;
import org.junit.jupiter.api.Test;

class BatchInputTest {

    @Test
    void linesKeepTheirNumbersAndBlankLinesAreSkipped() {
        List<BatchInput.Entry> e =
                BatchInput.read("\uFEFFkim jong un\n\n  opec \r\nlast", BatchInput.Kind.LINES, false);
        assertEquals(List.of(1, 3, 4), e.stream().map(BatchInput.Entry::line).toList());
        assertEquals(
                List.of("kim jong un", "opec", "last"),
                e.stream().map(BatchInput.Entry::query).toList());
    }

    @Test
    void csvTakesTheFirstColumnAndCanSkipAHeader() {
        List<BatchInput.Entry> e =
                BatchInput.read("name,note\n\"Kim, Jong Un\",x\nOPEC,y\n", BatchInput.Kind.CSV, true);
        assertEquals(
                List.of("Kim, Jong Un", "OPEC"),
                e.stream().map(BatchInput.Entry::query).toList());
        assertEquals(List.of(2, 3), e.stream().map(BatchInput.Entry::line).toList());
    }

    @Test
    void aJsonItemThatIsNotAStringIsReportedAtItsPosition() {
        List<BatchInput.Entry> e = BatchInput.read("[\"iran\", 42, \"opec\"]", BatchInput.Kind.JSON, false);
        assertEquals(3, e.size());
        assertEquals(2, e.get(1).line());
        assertNotNull(e.get(1).error());
        assertThrows(InvalidRequestException.class, () -> BatchInput.read("{\"q\":1}", BatchInput.Kind.JSON, false));
    }

    @Test
    void moreThanTenThousandQueriesAreRefusedWhole() {
        String body = "name\n".repeat(BatchInput.MAX_QUERIES);
        assertEquals(
                BatchInput.MAX_QUERIES,
                BatchInput.read(body, BatchInput.Kind.LINES, false).size());
        var e = assertThrows(
                BatchInput.TooManyQueriesException.class,
                () -> BatchInput.read(body + "one more", BatchInput.Kind.LINES, false));
        assertTrue(e.getMessage().contains("10000"), e.getMessage());
    }
}
