package org.briefings.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;

/**
 * Which embedded parts of a parsed file become briefings of their own. In an archive or a mailbox
 * every part may; elsewhere only attachments (not a document's inline images). The entries of an
 * archive or a mailbox are the documents, as a file in the corpus is, so any text keeps them (a
 * one-line note, a short e-mail); deeper parts need {@link #MIN_EMBEDDED_CHARS}, below which
 * they are decoration (logos, signatures).
 */
final class EmbeddedParts {

    /** Embedded parts other than entries with less text than this are decoration, not briefings. */
    static final int MIN_EMBEDDED_CHARS = 80;

    private final boolean containerIsArchive;
    /** Each embedded part's base media type by its embedded id path. */
    private final Map<String, String> typesByIdPath = new HashMap<>();

    /** @param parts the container first, then its embedded parts, as Tika's recursive parse lists them */
    EmbeddedParts(List<Metadata> parts, boolean containerIsArchive) {
        this.containerIsArchive = containerIsArchive;
        for (int i = 1; i < parts.size(); i++) {
            String idPath = parts.get(i).get(TikaCoreProperties.EMBEDDED_ID_PATH);
            if (idPath != null) {
                typesByIdPath.put(idPath, Extractor.baseType(parts.get(i).get(Metadata.CONTENT_TYPE)));
            }
        }
    }

    /** Whether {@code part} may be a briefing, before its text is read. */
    boolean candidate(Metadata part) {
        if (containerIsArchive) {
            return true;
        }
        String type = part.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
        return type == null || type.equals(TikaCoreProperties.EmbeddedResourceType.ATTACHMENT.name());
    }

    /** Whether a candidate with this (cleaned) text is a briefing. */
    boolean enoughText(Metadata part, String text) {
        return !text.isBlank() && (text.length() >= MIN_EMBEDDED_CHARS || isEntry(part));
    }

    /**
     * Whether {@code part} is an entry of an archive or a mailbox: its parent is the container
     * when that is one, or an archive nested in it. Parents are found by Tika's embedded id path
     * ("/1/3" is the third document inside the first), which no file name inside an archive can
     * confuse, as a name with slashes would confuse the resource path.
     */
    boolean isEntry(Metadata part) {
        String idPath = part.get(TikaCoreProperties.EMBEDDED_ID_PATH);
        if (idPath == null) {
            return false;
        }
        int slash = idPath.lastIndexOf('/');
        if (slash <= 0) {
            return containerIsArchive; // "/1": a direct entry of the container
        }
        String parentType = typesByIdPath.get(idPath.substring(0, slash));
        return parentType != null && Formats.isArchive(parentType);
    }
}
