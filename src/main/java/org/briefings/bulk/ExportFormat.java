package org.briefings.bulk;

import java.util.Locale;
import org.briefings.search.InvalidRequestException;

/** How an export is written. */
public enum ExportFormat {
    /** RFC 4180 CSV with a header row, spreadsheet-safe ({@link Csv}). */
    CSV("text/csv; charset=utf-8; header=present", "csv"),
    /** One JSON object per line: a search hit plus a link. */
    JSONL("application/x-ndjson; charset=utf-8", "jsonl");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** {@code csv} or {@code jsonl} (blank: csv). */
    public static ExportFormat parse(String value) {
        if (value == null || value.isBlank()) {
            return CSV;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "jsonl", "ndjson" -> JSONL;
            default -> throw new InvalidRequestException("format", "format must be csv or jsonl, not '" + value + "'");
        };
    }
}
