package org.briefings.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.briefings.Json;
import org.briefings.view.BriefingViews;
import org.briefings.view.BriefingViews.CountryRef;
import org.briefings.view.BriefingViews.Hit;

/**
 * Writes an export row by row as matches arrive ({@link org.briefings.engine.BriefingEngine#scan}),
 * so nothing but the row at hand is held. CSV has one column per field and multi-valued fields
 * joined with {@code "; "}; JSON Lines has the search hit's own JSON shape ({@link BriefingViews#hit},
 * without a snippet) plus {@code link}, the briefing's page.
 */
public final class ExportWriter {

    /** The CSV columns, in order. */
    public static final List<String> COLUMNS = List.of(
            "id",
            "title",
            "published",
            "precision",
            "about",
            "about_names",
            "mentioned",
            "mentioned_names",
            "people",
            "organisations",
            "format",
            "language",
            "source_path",
            "link");

    private static final String SEPARATOR = "; ";

    private final ExportFormat format;
    private final Writer out;
    private final PageLinks links;
    private boolean started;

    public ExportWriter(ExportFormat format, Writer out, PageLinks links) {
        this.format = format;
        this.out = out;
        this.links = links;
    }

    /** Writes the header row (CSV), once; {@link #row} calls it when not yet done. */
    public void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        if (format == ExportFormat.CSV) {
            Csv.writeRecord(out, COLUMNS);
        }
    }

    public void row(Hit h) throws IOException {
        start();
        String link = links.briefing(h.id());
        if (format == ExportFormat.JSONL) {
            ObjectNode node = Json.MAPPER.valueToTree(h);
            node.put("link", link);
            out.write(Json.MAPPER.writeValueAsString(node));
            out.write('\n');
            return;
        }
        Csv.writeRecord(
                out,
                List.of(
                        h.id(),
                        nonNull(h.title()),
                        h.published() == null ? "" : nonNull(h.published().date()),
                        h.published() == null ? "" : nonNull(h.published().precision()),
                        join(h.about(), CountryRef::code),
                        join(h.about(), CountryRef::name),
                        join(h.mentioned(), CountryRef::code),
                        join(h.mentioned(), CountryRef::name),
                        String.join(SEPARATOR, h.people()),
                        String.join(SEPARATOR, h.organisations()),
                        nonNull(h.format()),
                        nonNull(h.language()),
                        nonNull(h.sourcePath()),
                        link));
    }

    /** Ends the export: the header when there were no rows, then everything flushed. */
    public void finish() throws IOException {
        start();
        out.flush();
    }

    private static String join(List<CountryRef> refs, Function<CountryRef, String> part) {
        return refs.stream().map(part).map(ExportWriter::nonNull).collect(Collectors.joining(SEPARATOR));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
