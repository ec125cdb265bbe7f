package org.briefings.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Tika's MIME detection of a file's first bytes, with the same answer for every input, at a fraction
 * of the cost on ordinary text: the magic patterns that cost most are first checked for a word
 * they cannot match without.
 *
 * <p>Why: on a UN speech Tika's magic table was a tenth of the engine's whole ingest (JFR,
 * 2026-12-04): every one of its 849 patterns is tried on the first 64 KB of every file, and a few
 * scan thousands of offsets (a regular expression for Illustrator files is decoded and tried at
 * each of 8,192 positions, mail headers at each of 1,024, HTML and UTF-16 media names at each of
 * 8,192). Those few are most of the cost, and each needs a literal word somewhere in its window:
 * "FileFormat" for the Illustrator pattern, "Received" for one mail header, a NUL byte for any
 * UTF-16 pattern of ASCII letters.
 *
 * <p>How: at start the reader reads Tika's own table ({@code tika-mimetypes.xml}), derives for each
 * costly magic (one with an offset range, a regular expression or UTF-16) the words one of its
 * patterns must contain, and builds a second table without those magics. A file whose first bytes
 * contain none of the words cannot match any removed magic, so the second table gives the answer
 * the full one would (detection takes the highest-priority magics that match, then the name; a
 * magic that cannot match changes neither); any other file is detected with the full table. A
 * magic is removed only when every pattern it has yields a word by rules that only ever
 * under-claim: masks, hex values and regular expressions with groups or alternatives keep a magic
 * in place. Where extra type definitions are installed ({@code custom-mimetypes.xml} or Tika's
 * system property), or the table cannot be read, every file gets the full table.
 * {@code MagicGuardsTest} holds the two to the same answers on every speech and every test
 * document, under its own name and as {@code .txt} and {@code .md}.
 *
 * <p>A third table goes without the patterns a file that {@link TextOpening opens as text} cannot
 * match either (778 cheap patterns down to 334): most of the speeches take it.
 */
final class MagicGuards {

    private static final String CORE = "/org/apache/tika/mime/tika-mimetypes.xml";
    private static final String CUSTOM = "org/apache/tika/mime/custom-mimetypes.xml";

    private final MimeTypes full;
    private final MimeTypes reduced;
    /** The reduced table without the patterns a file {@link TextOpening opening as text} cannot match; may be null. */
    private final MimeTypes textOpening;

    private final List<MagicWords.Word> words;
    private final int removed;
    /** How far into the first bytes any word's window reaches. */
    private final int reach;

    private MagicGuards(
            MimeTypes full, MimeTypes reduced, MimeTypes textOpening, List<MagicWords.Word> words, int removed) {
        this.full = full;
        this.reduced = reduced;
        this.textOpening = textOpening;
        this.words = words;
        this.removed = removed;
        this.reach = words.stream().mapToInt(MagicWords.Word::to).max().orElse(0);
    }

    /** Tika's default table, with the reduced one where it can be built. */
    static MagicGuards load() {
        MimeTypes full = MimeTypes.getDefaultMimeTypes();
        try {
            if (System.getProperty(MimeTypesFactory.CUSTOM_MIMES_SYS_PROP) != null
                    || MagicGuards.class.getClassLoader().getResources(CUSTOM).hasMoreElements()) {
                return new MagicGuards(full, null, null, List.of(), 0);
            }
            Document table;
            try (InputStream in = MimeTypes.class.getResourceAsStream(CORE)) {
                if (in == null) {
                    return new MagicGuards(full, null, null, List.of(), 0);
                }
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                f.setExpandEntityReferences(false);
                table = f.newDocumentBuilder().parse(in);
            }
            List<MagicWords.Word> words = new ArrayList<>();
            int removed = 0;
            for (Element magic : MagicWords.elements(table.getDocumentElement(), "magic", true)) {
                List<MagicWords.Word> own = MagicWords.of(magic);
                if (own != null) {
                    words.addAll(own);
                    magic.getParentNode().removeChild(magic);
                    removed++;
                }
            }
            MimeTypes reduced = MimeTypesFactory.create(table);
            // the same word with the same window is searched once
            return new MagicGuards(
                    full, reduced, textOpening(table, reduced), List.copyOf(new LinkedHashSet<>(words)), removed);
        } catch (Exception | LinkageError e) {
            return new MagicGuards(full, null, null, List.of(), 0); // Tika's table as it is, at its own cost
        }
    }

    /**
     * The reduced table without the patterns a file opening as text cannot match ({@link
     * TextOpening}), or null when it would read fewer first bytes than the reduced one (Tika's
     * last resort, telling text from binary, looks at as many as the table's longest pattern
     * reaches) or cannot be built.
     */
    private static MimeTypes textOpening(Document reducedTable, MimeTypes reduced) {
        try {
            Document table = (Document) reducedTable.cloneNode(true);
            for (Element magic : MagicWords.elements(table.getDocumentElement(), "magic", true)) {
                for (Element match : MagicWords.elements(magic, "match", false)) {
                    if (TextOpening.rulesOut(match)) {
                        magic.removeChild(match);
                    }
                }
                if (MagicWords.elements(magic, "match", false).isEmpty()) {
                    magic.getParentNode().removeChild(magic);
                }
            }
            MimeTypes types = MimeTypesFactory.create(table);
            return types.getMinLength() == reduced.getMinLength() ? types : null;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    /** The type Tika's magic and name rules give these first bytes ({@link MimeTypes#detect}). */
    MediaType detect(byte[] prefix, Metadata metadata) throws IOException {
        return table(prefix).detect(new ByteArrayInputStream(prefix), metadata);
    }

    /** The smallest table that answers these first bytes as Tika's whole table would. */
    MimeTypes table(byte[] prefix) {
        if (reduced == null || mayMatchRemoved(prefix)) {
            return full;
        }
        return textOpening != null && TextOpening.opensAsText(prefix) ? textOpening : reduced;
    }

    /** True when a removed magic could match: one of the words occurs in its window. */
    boolean mayMatchRemoved(byte[] prefix) {
        int n = Math.min(prefix.length, reach);
        String bytes = new String(prefix, 0, n, StandardCharsets.ISO_8859_1);
        String lowered = null;
        for (MagicWords.Word w : words) {
            if (w.ignoreCase() && lowered == null) {
                lowered = asciiLower(prefix, n);
            }
            if (w.in(bytes, lowered)) {
                return true;
            }
        }
        return false;
    }

    /** How many magics the reduced table goes without (0: every file gets the full table). */
    int removedMagics() {
        return removed;
    }

    /** Whether the table without the patterns text cannot open with was built (see {@link TextOpening}). */
    boolean hasTextOpeningTable() {
        return textOpening != null;
    }

    /** Whether these first bytes are answered by the table without the patterns text cannot open with. */
    boolean usesTextOpeningTable(byte[] prefix) {
        return table(prefix) == textOpening;
    }

    /** The words checked before the reduced table answers. */
    List<MagicWords.Word> words() {
        return words;
    }

    /** The bytes with ASCII letters lower-cased, as ISO-8859-1 chars (Tika folds ASCII the same way). */
    private static String asciiLower(byte[] prefix, int n) {
        byte[] low = Arrays.copyOf(prefix, n);
        for (int i = 0; i < n; i++) {
            if (low[i] >= 'A' && low[i] <= 'Z') {
                low[i] += 32;
            }
        }
        return new String(low, StandardCharsets.ISO_8859_1);
    }
}
