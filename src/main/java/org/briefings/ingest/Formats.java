package org.briefings.ingest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Short, stable format names for the format facet: analysts filter by "pdf" or "docx", not by
 * {@code application/vnd.openxmlformats-officedocument.wordprocessingml.document}.
 */
public final class Formats {

    /** Container types whose own "text" is only a listing; their entries are the documents. */
    private static final Set<String> ARCHIVE_TYPES = Set.of(
            "application/zip",
            "application/x-tar",
            "application/gzip",
            "application/x-gzip",
            "application/x-7z-compressed",
            "application/x-bzip2",
            "application/x-xz",
            "application/java-archive",
            "application/x-gtar",
            "application/vnd.ms-outlook-pst",
            "application/mbox");

    /** Whether a container of this base type is only a listing of the documents it holds. */
    static boolean isArchive(String baseType) {
        return ARCHIVE_TYPES.contains(baseType);
    }

    private static final Map<String, String> BY_MEDIA_TYPE = Map.ofEntries(
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/rtf", "rtf"),
            Map.entry("application/vnd.oasis.opendocument.text", "odt"),
            Map.entry("text/html", "html"),
            Map.entry("application/xhtml+xml", "html"),
            Map.entry("text/plain", "txt"),
            Map.entry("text/markdown", "md"),
            Map.entry("text/x-web-markdown", "md"),
            Map.entry("message/rfc822", "eml"),
            Map.entry("application/vnd.ms-outlook", "msg"),
            Map.entry("application/mbox", "mbox"),
            Map.entry("application/epub+zip", "epub"),
            Map.entry("application/zip", "zip"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("application/vnd.ms-powerpoint", "ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/xml", "xml"),
            Map.entry("text/csv", "csv"));

    /** The short name for a media type (parameters such as charset ignored); the subtype as fallback. */
    public static String shortName(String mediaType, String fileName) {
        if (mediaType == null) {
            return "unknown";
        }
        String base = mediaType.toLowerCase(Locale.ROOT);
        int semi = base.indexOf(';');
        if (semi >= 0) {
            base = base.substring(0, semi).strip();
        }
        if (base.equals("text/plain")
                && fileName != null
                && fileName.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return "md";
        }
        String known = BY_MEDIA_TYPE.get(base);
        if (known != null) {
            return known;
        }
        int slash = base.indexOf('/');
        String sub = slash >= 0 ? base.substring(slash + 1) : base;
        if (sub.startsWith("x-")) {
            sub = sub.substring(2);
        }
        return sub.length() > 20 ? sub.substring(0, 20) : sub;
    }

    /**
     * The extension of a media type this class names ({@code application/pdf} -> {@code .pdf}),
     * for an upload that arrives without a file name; empty for any other type.
     */
    public static Optional<String> extension(String mediaType) {
        return Optional.ofNullable(BY_MEDIA_TYPE.get(mediaType)).map(name -> "." + name);
    }

    private Formats() {}
}
