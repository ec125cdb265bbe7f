package org.briefings.engine;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The share of the corpus one of several indexing processes takes ({@code index --part i/n}):
 * the files whose corpus-relative path hashes to {@code i}. Every process computes the same split
 * without talking to the others, so several machines can extract and enrich one shared corpus into
 * one shared index (a SolrCloud collection) at once; ids are content hashes, so running a part
 * again, or the same bytes in two parts, still indexes each briefing once.
 */
public record CorpusPart(int index, int count) {

    /** The whole corpus. */
    public static final CorpusPart ALL = new CorpusPart(1, 1);

    public CorpusPart {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--part is i/n with 1 <= i <= n, not " + index + "/" + count);
        }
    }

    /** From {@code i/n}. */
    public static CorpusPart parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        try {
            if (slash > 0) {
                return new CorpusPart(
                        Integer.parseInt(t.substring(0, slash)), Integer.parseInt(t.substring(slash + 1)));
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw new IllegalArgumentException("--part is i/n (for example 1/2), not '" + text + "'");
    }

    /** Whether the file at this corpus-relative path is in this part (CRC-32 of the path, stable everywhere). */
    public boolean contains(String relativePath) {
        if (count == 1) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update(relativePath.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }
}
