package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link TextClean#clean} became one pass (issue 16); it must give what the regular expressions gave. */
class TextCleanTest {

    /** The former implementation, kept as the reference. */
    private static String byRegex(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ');
        t = t.replaceAll("[ \\t\\x0B\\f]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
        return t.strip();
    }

    @Test
    void oneInterestingCaseEach() {
        String[] cases = {
            "",
            "  ",
            "a",
            "a\r\nb",
            "a\rb",
            "a\r\r\nb",
            "a \t\n\n\n\nb",
            "a\u00A0\nb",
            " \n \n x \n \n \n y \f\n",
            "a\u000B\r\n\r\n\r\nb",
            "\n\n\na\n\n\n",
            "a  b\t c",
            "x\u2003\ny"
        };
        for (String c : cases) {
            assertEquals(
                    byRegex(c),
                    TextClean.clean(c),
                    () -> "for " + c.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }

    @Test
    void randomTextsOfTheTroublesomeCharactersCleanAsBefore() {
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '.'};
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(40)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(
                    byRegex(s),
                    TextClean.clean(s),
                    () -> "for " + s.replace("\n", "\\n").replace("\r", "\\r"));
        }
    }
}
