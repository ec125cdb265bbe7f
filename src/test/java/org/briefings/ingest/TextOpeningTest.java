package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Which of Tika's patterns a file opening as text cannot match, and which openings count as text. */
class TextOpeningTest {

    private static final Document DOC = newDocument();

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Element match(String type, String offset, String value, Element... subs) {
        Element e = DOC.createElement("match");
        e.setAttribute("type", type);
        e.setAttribute("offset", offset);
        e.setAttribute("value", value);
        for (Element s : subs) {
            e.appendChild(s);
        }
        return e;
    }

    @Test
    void textOpensWithALetterDigitOrSpaceAndHasOnlyPrintableBytesAfter() {
        assertTrue(TextOpening.opensAsText(bytes("Mr. President, distinguished delegates")));
        assertTrue(TextOpening.opensAsText(bytes("\nIt is a great honour")));
        assertTrue(TextOpening.opensAsText(bytes("2019 was a year")));
        assertTrue(TextOpening.opensAsText(bytes("Short")), "fewer bytes than the span");
        assertFalse(TextOpening.opensAsText(new byte[0]));
        assertFalse(TextOpening.opensAsText(bytes("<html><body>")), "a mark first");
        assertFalse(TextOpening.opensAsText(bytes("%PDF-1.7 and so on")));
        assertFalse(TextOpening.opensAsText(bytes("\uFEFFThe speech")), "a byte-order mark");
        assertFalse(TextOpening.opensAsText(bytes("In 1981, today\u2019s world")), "a byte above 127 in the span");
        assertTrue(TextOpening.opensAsText(bytes("In 1981 the world\u2019s")), "past the span anything goes");
        assertFalse(TextOpening.opensAsText("PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void patternsNeedingAControlByteOrAMarkFirstAreRuledOut() {
        assertTrue(TextOpening.rulesOut(match("string", "0", "\\x89PNG\\x0d\\x0a\\x1a\\x0a")));
        assertTrue(TextOpening.rulesOut(match("string", "0", "PK\\003\\004")), "octal escapes: a control byte at 2");
        assertTrue(TextOpening.rulesOut(match("string", "0", "%PDF-")), "a mark where text has a letter");
        assertTrue(TextOpening.rulesOut(match("stringignorecase", "0", "<html")));
        assertTrue(TextOpening.rulesOut(match("big32", "0", "0xcafebabe")));
        assertTrue(TextOpening.rulesOut(match("little16", "4", "0x0001")), "a zero byte inside the span");
        assertTrue(TextOpening.rulesOut(match("string", "0", "0x7f454c46")), "a hex value: ELF's 0x7f");
    }

    @Test
    void patternsTextCouldMatchStay() {
        assertFalse(TextOpening.rulesOut(match("string", "0", "GIF8")), "letters at the start");
        assertFalse(TextOpening.rulesOut(match("stringignorecase", "0", "BEGIN:VCARD")));
        assertFalse(TextOpening.rulesOut(match("string", "2", "%!")), "a mark after the first byte is printable");
        assertFalse(TextOpening.rulesOut(match("string", "20", "\\x00\\x01")), "past the span");
        assertFalse(TextOpening.rulesOut(match("string", "0:64", "\\x00")), "a range of offsets");
        assertFalse(TextOpening.rulesOut(match("regex", "0", "^\\x00")), "a regular expression");
        assertFalse(TextOpening.rulesOut(match("unicodeLE", "0", "wmv")), "UTF-16");
        Element masked = match("string", "0", "\\x89PNG");
        masked.setAttribute("mask", "0x00FFFFFF");
        assertFalse(TextOpening.rulesOut(masked), "a mask");
    }

    @Test
    void subPatternsRuleOutOnlyWhenEveryOneIsRuledOut() {
        // "RIFF" could open a text; the pattern also needs one of its sub-patterns
        assertTrue(TextOpening.rulesOut(
                match("string", "0", "RIFF", match("string", "8", "\\x00\\x01"), match("big16", "10", "0x0102"))));
        assertFalse(TextOpening.rulesOut(
                match("string", "0", "RIFF", match("string", "8", "\\x00\\x01"), match("string", "8", "WAVE"))));
        Element group = match("string", "0", "", match("string", "0", "\\x00"), match("string", "1", "\\x00"));
        group.setAttribute("minShouldMatch", "1");
        assertFalse(TextOpening.rulesOut(group), "a group with a minimum count is left alone");
    }

    @Test
    void aValueReadOtherwiseThanTikaReadsItRulesNothingOut() {
        // the bytes read here must match Tika's own detector before any byte is tested: a value in
        // a form this class does not read (a number that is not one) yields no bytes at all
        assertFalse(TextOpening.rulesOut(match("big32", "0", "notanumber")));
        assertArrayEquals(
                new byte[] {'P', 'K', 3, 4},
                TextOpening.candidates("string", "PK\\003\\004").get(0));
        List<byte[]> numbers = TextOpening.candidates("little16", "0x0102");
        assertArrayEquals(new byte[] {1, 2}, numbers.get(0), "big-endian first");
        assertArrayEquals(new byte[] {2, 1}, numbers.get(1), "then little-endian");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
