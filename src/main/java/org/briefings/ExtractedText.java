package org.briefings;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What extraction yields for one document, before any enrichment: plain text plus what the
 * format itself says about the document. It carries no Tika or Lucene types, so enrichment can
 * be tested on strings.
 *
 * @param id          content hash of the original bytes (or of the embedded document's bytes)
 * @param sourcePath  path of the original relative to the corpus root; for embedded documents
 *                    {@code container-path!/inner-name}
 * @param containerId id of the archive or e-mail this document came out of, or null
 * @param mediaType   detected media type, e.g. {@code application/pdf}
 * @param title       title from the format's metadata (dc:title, HTML title, e-mail subject), or null
 * @param text        the extracted plain text, paragraphs separated by blank lines
 * @param language    ISO 639-1 code detected from the text, or {@code "und"} when unsure
 * @param metadata    the format's metadata, keys as Tika names them (dcterms:created, ...)
 * @param sizeBytes   size of the original bytes
 */
public record ExtractedText(
        String id,
        String sourcePath,
        String containerId,
        String mediaType,
        String title,
        String text,
        String language,
        Map<String, List<String>> metadata,
        long sizeBytes) {

    public ExtractedText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(mediaType, "mediaType");
        text = text == null ? "" : text;
        language = language == null ? "und" : language;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** First value of a metadata key, or null. */
    public String meta(String key) {
        List<String> values = metadata.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** Convenience for tests and for text that needs no metadata. */
    public static ExtractedText ofPlainText(String id, String sourcePath, String title, String text) {
        return new ExtractedText(
                id, sourcePath, null, "text/plain", title, text, "en", Map.of(), text == null ? 0 : text.length());
    }
}
