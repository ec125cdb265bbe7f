package org.briefings.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefings.Json;
import org.briefings.search.InvalidRequestException;

/**
 * The queries of a batch search, read from what an analyst has at hand: a JSON array of strings,
 * plain text with one query per line, or CSV whose first column is the query. Each query keeps
 * the line it came from (its position, from 1, in a JSON array), so a query that cannot run is
 * reported where the analyst can find it; blank lines are skipped but counted. An item that is not
 * a query (a number in the JSON array, a CSV quote left open) is reported the same way, and the
 * others still run.
 */
public final class BatchInput {

    /** Most queries in one batch. */
    public static final int MAX_QUERIES = 10_000;

    /** One query, or the reason the item at {@code line} is not one. */
    public record Entry(int line, String query, String error) {}

    /** More than {@link #MAX_QUERIES} queries: the batch is refused whole (HTTP 413). */
    public static final class TooManyQueriesException extends RuntimeException {
        public TooManyQueriesException(String message) {
            super(message);
        }
    }

    /** How the body is written. */
    public enum Kind {
        JSON,
        CSV,
        LINES;

        /** From a Content-Type: {@code application/json}, {@code text/csv}, anything else is lines. */
        public static Kind of(String contentType) {
            String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            if (t.startsWith("application/json")) {
                return JSON;
            }
            return t.startsWith("text/csv") ? CSV : LINES;
        }
    }

    /**
     * Reads the entries of {@code body}.
     *
     * @param header for CSV: the first record is a header, not a query
     * @throws InvalidRequestException when a JSON body is not an array
     * @throws TooManyQueriesException past {@link #MAX_QUERIES} queries
     */
    public static List<Entry> read(String body, Kind kind, boolean header) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        List<Entry> out = new ArrayList<>();
        switch (kind) {
            case JSON -> json(text, out);
            case CSV -> {
                List<Csv.Row> rows = Csv.records(text);
                for (int i = header ? 1 : 0; i < rows.size(); i++) {
                    Csv.Row r = rows.get(i);
                    if (r.error() != null) {
                        out.add(new Entry(r.line(), null, r.error()));
                    } else if (!r.fields().getFirst().isBlank()) {
                        out.add(new Entry(r.line(), r.fields().getFirst().strip(), null));
                    }
                }
            }
            case LINES -> {
                String[] lines = text.split("\r\n|\r|\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (!lines[i].isBlank()) {
                        out.add(new Entry(i + 1, lines[i].strip(), null));
                    }
                }
            }
        }
        if (out.size() > MAX_QUERIES) {
            throw new TooManyQueriesException("a batch holds at most " + MAX_QUERIES + " queries; this one has "
                    + out.size() + ": split it into several batches");
        }
        return out;
    }

    private static void json(String text, List<Entry> out) {
        JsonNode array;
        try {
            array = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(
                    "body", "the body is not JSON: " + e.getOriginalMessage() + " (send an array of strings)");
        }
        if (array == null || !array.isArray()) {
            throw new InvalidRequestException("body", "a JSON body must be an array of query strings");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual()) {
                out.add(new Entry(
                        i + 1,
                        null,
                        "item " + (i + 1) + " is " + item.getNodeType().name().toLowerCase(Locale.ROOT)
                                + ", not a query string"));
            } else if (!item.asText().isBlank()) {
                out.add(new Entry(i + 1, item.asText().strip(), null));
            }
        }
    }

    private BatchInput() {}
}
