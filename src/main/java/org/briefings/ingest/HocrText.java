package org.briefings.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns Tesseract's hOCR, as Tika passes it through, back into plain text, and averages the
 * words' confidence on the way.
 *
 * <p>Why hOCR and not Tesseract's plain text: only hOCR carries a confidence per word
 * ({@code title="bbox ...; x_wconf 93"}), and the confidence is what a reader of an OCR'd briefing
 * needs to know how far to trust it. hOCR's own whitespace is layout (one word per line, deep
 * indentation), so inside a page it is dropped and words are joined with a space, lines with a
 * line break and paragraphs with a blank line, which is the shape the rest of the pipeline
 * expects. Everything outside an hOCR page (a PDF's own text) passes through untouched.
 */
final class HocrText extends ContentHandlerDecorator {

    private static final Pattern CONFIDENCE = Pattern.compile("x_wconf (\\d+(?:\\.\\d+)?)");
    private static final Set<String> LINES = Set.of("ocr_line", "ocr_caption", "ocr_header", "ocr_textfloat");
    private static final Set<String> BLOCKS = Set.of("ocr_par", "ocr_carea");

    private final Deque<String> classes = new ArrayDeque<>();
    private int pageDepth = -1;
    private boolean lineHasWords;
    private long words;
    private double confidenceSum;

    HocrText(ContentHandler text) {
        super(text);
    }

    /** Words read by OCR in this document. */
    long words() {
        return words;
    }

    /** Their mean confidence, 0-100 (0 when there are none). */
    double meanConfidence() {
        return words == 0 ? 0 : confidenceSum / words;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        String cls = atts.getValue("class");
        classes.push(cls == null ? "" : cls);
        if ("ocr_page".equals(cls)) {
            pageDepth = classes.size();
        } else if (pageDepth > 0 && "ocrx_word".equals(cls)) {
            if (lineHasWords) {
                emit(" ");
            }
            lineHasWords = true;
            words++;
            String title = atts.getValue("title");
            Matcher m = CONFIDENCE.matcher(title == null ? "" : title);
            confidenceSum += m.find() ? Double.parseDouble(m.group(1)) : 0;
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        String cls = classes.isEmpty() ? "" : classes.pop();
        if (pageDepth < 0) {
            return;
        }
        if (LINES.contains(cls)) {
            emit("\n");
            lineHasWords = false;
        } else if (BLOCKS.contains(cls)) {
            emit("\n");
        } else if (classes.size() < pageDepth) {
            emit("\n\n");
            pageDepth = -1;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (pageDepth > 0 && isBlank(ch, start, length)) {
            return; // hOCR's indentation, not the page's text
        }
        super.characters(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (pageDepth < 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    private void emit(String s) throws SAXException {
        super.characters(s.toCharArray(), 0, s.length());
    }

    private static boolean isBlank(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                return false;
            }
        }
        return true;
    }
}
