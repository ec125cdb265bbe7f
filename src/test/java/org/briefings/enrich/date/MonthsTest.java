package org.briefings.enrich.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * A token's month is read from what the token keeps (its length, first character and lower-case
 * form); it must be the month of the word as written, on every token of real texts.
 */
class MonthsTest {

    @Test
    void aTokensMonthIsTheMonthOfItsWord() {
        List<String> texts = SampleTexts.with(
                "In March, MARCH and march; Sept. 5, Sep 5, Sept 5; Dec. and December; May may; "
                        + "Mayo, Junes, Julyy, Ja, Augusts, Ókt, Éire, İstanbul, Month Jan Feb Mar Apr Jun Jul Aug Oct Nov");
        int months = 0;
        for (String text : texts) {
            for (Token t : Tokenizer.tokenize(text)) {
                int expected = Months.month(t.text());
                assertEquals(expected, Months.month(t), t.text());
                months += expected > 0 ? 1 : 0;
            }
        }
        assertTrue(months >= 15, "month names seen: " + months);
    }
}
