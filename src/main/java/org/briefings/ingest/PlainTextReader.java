package org.briefings.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.txt.UniversalEncodingDetector;
import org.briefings.ExtractedText;

/**
 * Reads plain text and Markdown files that are strict UTF-8 (or pure ASCII) itself, without Tika,
 * and gives Tika everything else.
 *
 * <p>Why: on a UN speech Tika's own work (charset detection over the file, a SAX pipeline, the
 * detector chain, and with parser isolation a child JVM and a pipe both ways) cost more than
 * reading the bytes; for text that is already valid UTF-8 none of it changes the answer. The
 * reader decodes and hashes the file in one pass and returns what Tika's route returns for the
 * same file: the same text (Tika's replacement of characters XML cannot carry included), media
 * type, language, metadata keys and cut warning; {@code PlainTextReaderTest} holds the two routes
 * to that on every speech. It runs in the engine's JVM even when parsing is forked: it uses no
 * parser library, reads at most the text limit into memory, and a strict decoder cannot be led
 * astray by hostile bytes.
 *
 * <p>What goes to Tika instead (the reader answers null): another extension; a first 64 KB that
 * Tika's magic and name rules (asked through {@link MagicGuards}: the same answers, the
 * costliest patterns tried only where they could match) do not call {@code text/plain} or
 * Markdown (HTML, e-mail, CSV named {@code .txt}); any byte sequence that is not UTF-8, a UTF-16 byte order mark, or a NUL byte.
 * Such a file costs the reader at most one read of the file.
 *
 * <p>Two differences from Tika's metadata, on purpose: {@code X-TIKA:encodingDetector} names this
 * reader, and a file whose first non-ASCII byte lies beyond the window Tika's charset detector
 * reads is decoded as the UTF-8 it is (Tika would guess ISO-8859-1 from the window and garble it).
 * A character beyond the Basic Multilingual Plane (an emoji, a rare CJK ideograph) that straddles
 * one of Tika's 32K-character buffers comes out of Tika as two U+FFFD; the reader keeps it. A
 * text over the limit keeps exactly the limit's characters (Tika keeps a dozen fewer, spent on
 * its own line ends). A pure ASCII file gets the label Tika's charset detector gives it (the text is the same under
 * any label).
 *
 * <p>{@code -Dbriefings.plainTextReader=off} sends every file to Tika, to measure what the reader
 * saves.
 */
public final class PlainTextReader {

    /** The extensions read here; any other name goes to Tika. */
    static final Set<String> EXTENSIONS = Set.of("txt", "text", "md", "markdown");

    /** How much of the file the type check sees (Tika's magic rules look no further for text). */
    static final int PREFIX_BYTES = 64 * 1024;

    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/markdown", "text/x-web-markdown");

    private final ExtractionLimits limits;
    private final Supplier<LanguageGuesser> languages;

    /**
     * @param languages the language detector, asked only when a file is read here (a parent that
     *                  forks its parsers loads the profiles on the first plain-text file)
     */
    public PlainTextReader(ExtractionLimits limits, Supplier<LanguageGuesser> languages) {
        this.limits = limits;
        this.languages = languages;
    }

    /** Whether the reader is on ({@code -Dbriefings.plainTextReader=off} turns it off). */
    public static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty("briefings.plainTextReader", "on"));
    }

    /**
     * Reads {@code file} if it is plain text or Markdown in strict UTF-8.
     *
     * @param size   the file's size, already checked against the limits
     * @param fileId the file's content hash, or null to compute it while reading
     * @return the extraction, or null when Tika must read the file
     * @throws IngestException when the file cannot be read, or holds nothing but white space
     */
    public Extraction read(Path file, String sourcePath, String fileId, long size) throws IngestException {
        String name = fileName(sourcePath);
        if (!EXTENSIONS.contains(extension(name))) {
            return null;
        }
        MessageDigest digest = fileId == null ? ContentHash.sha256() : null;
        Decoded decoded;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes(PREFIX_BYTES);
            MediaType type = textType(prefix, name);
            if (type == null) {
                return null;
            }
            decoded = decode(prefix, in, digest);
            if (decoded == null) {
                return null;
            }
            decoded.type = type;
            decoded.charset = decoded.nonAscii ? "UTF-8" : asciiLabel(prefix);
        } catch (IOException e) {
            throw new IngestException(IngestException.Reason.IO_ERROR, "cannot read file: " + e.getMessage(), e);
        }
        String id = fileId != null ? fileId : HexFormat.of().formatHex(digest.digest());
        String text = TextClean.clean(decoded.text);
        String mediaType = decoded.type.getBaseType().toString();
        if (text.isBlank()) {
            throw new IngestException(IngestException.Reason.NO_TEXT, "no text found in " + mediaType);
        }
        ExtractedText document = new ExtractedText(
                id,
                sourcePath,
                null,
                mediaType,
                null,
                text,
                languages.get().detect(text),
                metadata(decoded, mediaType, name, size),
                size);
        List<Warning> warnings = decoded.cut ? List.of(Warning.textCut(limits.maxChars())) : List.of();
        return new Extraction(id, List.of(document), warnings);
    }

    /** The type Tika's magic and name rules give the first bytes, if it is plain text or Markdown. */
    private MediaType textType(byte[] prefix, String name) throws IOException {
        Metadata m = new Metadata();
        m.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType type = Magic.GUARDS.detect(prefix, m);
        if (type == null || !TEXT_TYPES.contains(type.getBaseType().toString())) {
            return null;
        }
        return type.getBaseType().toString().equals("text/plain")
                ? MediaType.TEXT_PLAIN
                : MediaType.parse("text/markdown");
    }

    /** Tika's magic table with its guarded second table, built once per JVM, on the first text file read here. */
    private static final class Magic {
        static final MagicGuards GUARDS = MagicGuards.load();
    }

    /** What decoding gave. */
    private static final class Decoded {
        final StringBuilder text;
        boolean cut;
        boolean nonAscii;
        long millis;
        MediaType type;
        String charset;

        /** Room for {@code chars} characters at first: a file read whole in its first bytes never grows it. */
        Decoded(int chars) {
            text = new StringBuilder(chars);
        }
    }

    /**
     * Decodes the prefix and the rest of the stream strictly, hashing every byte, keeping at most
     * the text limit. Null when a byte sequence is not UTF-8 or a NUL byte occurs.
     */
    private Decoded decode(byte[] prefix, InputStream rest, MessageDigest digest) throws IOException {
        long start = System.nanoTime();
        Decoded d = new Decoded(Math.min(prefix.length, limits.maxChars()));
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = CharBuffer.allocate(16 * 1024);
        ByteBuffer bytes = ByteBuffer.allocate(PREFIX_BYTES + 8);
        int offset = 0;
        if (prefix.length >= 3
                && (prefix[0] & 0xFF) == 0xEF
                && (prefix[1] & 0xFF) == 0xBB
                && (prefix[2] & 0xFF) == 0xBF) {
            offset = 3; // a UTF-8 byte order mark: Tika drops it too
            d.nonAscii = true;
        }
        if (digest != null) {
            digest.update(prefix);
        }
        if (!scan(prefix, offset, prefix.length, d)) {
            return null;
        }
        bytes.put(prefix, offset, prefix.length - offset);
        byte[] buffer = new byte[PREFIX_BYTES];
        boolean end = prefix.length < PREFIX_BYTES;
        while (true) {
            bytes.flip();
            CoderResult r;
            do {
                r = decoder.decode(bytes, chars, end);
                if (r.isError()) {
                    return null;
                }
                keep(chars, d);
            } while (r.isOverflow());
            bytes.compact();
            if (end) {
                break;
            }
            int n = rest.readNBytes(buffer, 0, Math.min(buffer.length, bytes.remaining()));
            if (n <= 0) {
                end = true;
                continue;
            }
            if (digest != null) {
                digest.update(buffer, 0, n);
            }
            if (!scan(buffer, 0, n, d)) {
                return null;
            }
            bytes.put(buffer, 0, n);
        }
        if (decoder.flush(chars).isError()) {
            return null;
        }
        keep(chars, d);
        d.millis = (System.nanoTime() - start) / 1_000_000;
        return d;
    }

    /** Notes non-ASCII bytes; false at a NUL byte (binary, or UTF-16 without a mark). */
    private static boolean scan(byte[] b, int from, int to, Decoded d) {
        for (int i = from; i < to; i++) {
            byte x = b[i];
            if (x == 0) {
                return false;
            }
            if (x < 0) {
                d.nonAscii = true;
            }
        }
        return true;
    }

    /**
     * Appends decoded characters up to the text limit, each character XML cannot carry replaced by
     * U+FFFD as Tika's XHTML handler replaces it.
     */
    private void keep(CharBuffer chars, Decoded d) {
        chars.flip();
        int room = limits.maxChars() - d.text.length();
        int n = chars.remaining();
        if (n > room) {
            d.cut = true;
            n = Math.max(room, 0);
        }
        // most texts have no character to replace: they are copied whole, which a character at a
        // time took five times as long (the builder checks its room and its coding per character)
        char[] a = chars.array();
        int from = chars.arrayOffset() + chars.position();
        int clean = 0;
        while (clean < n && xmlAllows(a[from + clean])) {
            clean++;
        }
        d.text.append(a, from, clean);
        for (int i = clean; i < n; i++) {
            char c = a[from + i];
            d.text.append(xmlAllows(c) ? c : '\uFFFD');
        }
        chars.clear();
    }

    private static Map<String, List<String>> metadata(Decoded d, String mediaType, String name, long size) {
        String charset = d.charset;
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("X-TIKA:detectedEncoding", List.of(charset));
        m.put("X-TIKA:embedded_depth", List.of("0"));
        m.put("Content-Type", List.of(mediaType + "; charset=" + charset));
        m.put("Content-Encoding", List.of(charset));
        m.put("X-TIKA:encodingDetector", List.of(PlainTextReader.class.getSimpleName()));
        m.put("resourceName", List.of(name));
        m.put("Content-Length", List.of(Long.toString(size)));
        m.put("X-TIKA:parse_time_millis", List.of(Long.toString(d.millis)));
        if (d.cut) {
            m.put("X-TIKA:EXCEPTION:write_limit_reached", List.of("true"));
        }
        return m;
    }

    /**
     * The label Tika's charset detector gives a pure ASCII file (ISO-8859-1, or windows-1252 when
     * it sees carriage returns): the text is the same under any of them, only the label differs.
     */
    private static String asciiLabel(byte[] prefix) throws IOException {
        Charset c = new UniversalEncodingDetector().detect(new ByteArrayInputStream(prefix), new Metadata());
        return c == null ? "ISO-8859-1" : c.name();
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String fileName(String sourcePath) {
        int slash = Math.max(sourcePath.lastIndexOf('/'), sourcePath.lastIndexOf('\\'));
        return slash >= 0 ? sourcePath.substring(slash + 1) : sourcePath;
    }

    /**
     * Whether XML (and so Tika's XHTML handler) carries the character: tab, line ends, and
     * everything from U+0020 on except U+FFFE and U+FFFF. Surrogates pass: strict decoding only
     * yields them in pairs, which stand for characters XML carries.
     */
    static boolean xmlAllows(char c) {
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n' || c == '\r';
    }
}
