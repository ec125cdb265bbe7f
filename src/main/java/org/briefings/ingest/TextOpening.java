package org.briefings.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.w3c.dom.Element;

/**
 * The opening a text file has and most of Tika's magic patterns cannot match: a letter, a digit
 * or white space first, and only printable ASCII, tabs and line ends in the first {@link #SPAN} bytes. Binary
 * formats announce themselves there with a control byte or a byte above 127 (PNG's 0x89, ZIP's
 * "PK\3\4", OLE2, ELF, JPEG), and most marked-up ones with a mark first ("&lt;?xml", "%PDF", "{\rtf",
 * "#!"); a pattern that needs either at a fixed place cannot match such a file.
 *
 * <p>Why: after {@link MagicGuards} took the costly patterns out, Tika's magic table was still
 * 7% of a one-thread ingest pass over the UN speeches (JFR, 2026-12-06), spread over the 800-odd
 * cheap patterns, each tried in turn on every file (for plain text none matches, so none is
 * skipped). A table without the patterns this opening rules out answers such a file as the whole
 * table would: detection takes the highest-priority patterns that match, and a pattern that cannot
 * match changes nothing.
 *
 * <p>What a pattern needs is not read from its written value alone but asked of Tika itself: the
 * pattern is parsed by Tika's own {@link MagicDetector}, given its own bytes (as this class reads
 * them) to confirm they match, and then given them again with one byte at a time replaced by every
 * byte the opening allows there. Only where each such replacement fails to match is the pattern
 * said to need something the opening rules out. A fixed-offset pattern without a mask or regular
 * expression compares byte by byte, so a byte that fails with the pattern's other bytes in place
 * fails with any. Patterns with a range of offsets, a mask, a regular expression or UTF-16 are
 * never ruled out, nor any this class reads differently from Tika.
 */
final class TextOpening {

    /** How many opening bytes the opening constrains. */
    static final int SPAN = 16;

    private static final MediaType PROBE = MediaType.application("x-briefings-probe");

    private TextOpening() {}

    /** Whether {@code prefix} opens as text: its first byte a letter, a digit or a space, its first {@link #SPAN} printable. */
    static boolean opensAsText(byte[] prefix) {
        if (prefix.length == 0 || !first(prefix[0])) {
            return false;
        }
        for (int i = 1; i < Math.min(SPAN, prefix.length); i++) {
            if (!printable(prefix[i])) {
                return false;
            }
        }
        return true;
    }

    /** What a text may open with: a letter, a digit or white space. */
    private static boolean first(int b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || b == ' '
                || b == '\t'
                || b == '\n'
                || b == '\r';
    }

    private static boolean printable(int b) {
        return (b >= 0x20 && b < 0x7F) || b == '\t' || b == '\n' || b == '\r';
    }

    /**
     * Whether the pattern {@code match} (a {@code <match>} element of Tika's table, with its
     * sub-patterns) cannot match a file that {@link #opensAsText opens as text}. A pattern matches
     * when its own bytes do and, if it has sub-patterns, one of them does; a group with a minimum
     * count is never ruled out here.
     */
    static boolean rulesOut(Element match) {
        if (match.hasAttribute("minShouldMatch")) {
            return false;
        }
        if (ownBytesRuledOut(match)) {
            return true;
        }
        List<Element> subs = MagicWords.elements(match, "match", false);
        return !subs.isEmpty() && subs.stream().allMatch(TextOpening::rulesOut);
    }

    /** Whether the pattern's own bytes need, at a fixed place in the opening, a byte the opening rules out. */
    private static boolean ownBytesRuledOut(Element match) {
        String type = match.getAttribute("type");
        String offsetText = match.getAttribute("offset");
        int[] range = MagicWords.offsets(offsetText);
        if (!match.getAttribute("mask").isEmpty() || range == null || range[0] != range[1] || range[0] >= SPAN) {
            return false;
        }
        int offset = range[0];
        List<byte[]> readings = candidates(type, match.getAttribute("value"));
        if (readings.isEmpty()) {
            return false;
        }
        MagicDetector detector;
        try {
            detector = MagicDetector.parse(PROBE, type, offsetText, match.getAttribute("value"), null);
        } catch (RuntimeException e) {
            return false;
        }
        for (byte[] pattern : readings) {
            byte[] probe = new byte[offset + pattern.length];
            System.arraycopy(pattern, 0, probe, offset, pattern.length);
            if (!matches(detector, probe)) {
                continue; // not how Tika reads the value: try the next reading, or rule nothing out
            }
            for (int p = 0; p < pattern.length && offset + p < SPAN; p++) {
                if (alwaysFails(detector, probe, offset + p)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether every byte the opening allows at {@code at}, put in place of the probe's, makes the
     * detector fail: then a file opening as text cannot match there.
     */
    private static boolean alwaysFails(MagicDetector detector, byte[] probe, int at) {
        byte kept = probe[at];
        try {
            for (int b = 0; b < 128; b++) {
                boolean allowed = at == 0 ? first(b) : printable(b);
                if (allowed) {
                    probe[at] = (byte) b;
                    if (matches(detector, probe)) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            probe[at] = kept;
        }
    }

    private static boolean matches(MagicDetector detector, byte[] probe) {
        try {
            return PROBE.equals(detector.detect(new ByteArrayInputStream(probe), new Metadata()));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The pattern's bytes as this class reads its written value, in each byte order a number may
     * have ({@code host} types follow the machine's); empty for types not read here (regular
     * expressions, UTF-16), which are never ruled out.
     */
    static List<byte[]> candidates(String type, String value) {
        List<byte[]> out = new ArrayList<>();
        if (value.isEmpty()) {
            return out;
        }
        switch (type) {
            case "string", "stringignorecase" -> {
                byte[] b = string(value);
                if (b != null) {
                    out.add(b);
                }
            }
            case "byte" -> number(value, 1, out);
            case "big16", "little16", "host16" -> number(value, 2, out);
            case "big32", "little32", "host32" -> number(value, 4, out);
            default -> {}
        }
        return out;
    }

    /** A number's bytes, big-endian then little-endian; the detector tells which (if either) is right. */
    private static void number(String value, int width, List<byte[]> out) {
        long n;
        try {
            n = Long.decode(value.strip());
        } catch (NumberFormatException e) {
            return;
        }
        byte[] big = new byte[width];
        byte[] little = new byte[width];
        for (int i = 0; i < width; i++) {
            big[width - 1 - i] = (byte) (n >>> (8 * i));
            little[i] = (byte) (n >>> (8 * i));
        }
        out.add(big);
        out.add(little);
    }

    /**
     * A string pattern's bytes: "0x" and hex digits, or chars standing for themselves with the
     * escapes {@code \xHH}, octal {@code \NNN} and a backslash before any other char; null when a
     * char is outside ISO-8859-1.
     */
    private static byte[] string(String value) {
        if (value.startsWith("0x")) {
            String hex = value.substring(2);
            if (hex.length() % 2 != 0) {
                return null;
            }
            byte[] out = new byte[hex.length() / 2];
            for (int i = 0; i < out.length; i++) {
                int hi = Character.digit(hex.charAt(2 * i), 16);
                int lo = Character.digit(hex.charAt(2 * i + 1), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                out[i] = (byte) (hi * 16 + lo);
            }
            return out;
        }
        StringBuilder bytes = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char e = value.charAt(++i);
                if (e == 'x' && hexDigits(value, i + 1, 2)) {
                    bytes.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                } else if (e >= '0' && e <= '7') {
                    int j = i;
                    while (j < value.length() && j < i + 3 && value.charAt(j) >= '0' && value.charAt(j) <= '7') {
                        j++;
                    }
                    bytes.append((char) (Integer.parseInt(value.substring(i, j), 8) & 0xFF));
                    i = j - 1;
                } else {
                    bytes.append(
                            switch (e) {
                                case 'n' -> '\n';
                                case 'r' -> '\r';
                                case 't' -> '\t';
                                default -> e;
                            });
                }
            } else {
                bytes.append(c);
            }
        }
        String s = bytes.toString();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return null;
            }
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean hexDigits(String s, int from, int n) {
        if (from + n > s.length()) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
