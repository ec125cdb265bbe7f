package org.briefings.bulk;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.briefings.Json;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.BatchSearcher;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchRequest;

/**
 * Runs a batch search and writes each query's row as it is answered, in the order of the input:
 * JSON ({@code {"results": [...], "queries", "failed"}}) or CSV (one record per query, {@link
 * #COLUMNS}). A row carries the line, the query, its total, its top hits and a link to run it on
 * the page, or the line's error.
 */
public final class BatchWriter {

    /** The CSV columns, in order. */
    public static final List<String> COLUMNS =
            List.of("line", "query", "total", "total_exact", "top_ids", "top_titles", "link", "error");

    /** One query's row, for JSON (nulls left out). */
    public record Row(
            int line,
            String query,
            Long total,
            Boolean totalExact,
            List<BatchSearcher.TopHit> top,
            String link,
            String error) {}

    /** Counts for the closing summary. */
    public record Summary(int queries, int failed) {}

    private final boolean csv;
    private final Writer out;
    private JsonGenerator json;

    /** @param csv CSV rather than JSON */
    public BatchWriter(boolean csv, Writer out) {
        this.csv = csv;
        this.out = out;
    }

    /**
     * Runs {@code entries} through the engine under the filters of {@code template} and writes the
     * rows. Nothing is written when the template's filters are not valid (the caller answers 400).
     */
    public Summary run(
            BriefingEngine engine, SearchRequest template, List<BatchInput.Entry> entries, int top, PageLinks links)
            throws IOException {
        List<BatchInput.Entry> runnable = new ArrayList<>();
        List<Integer> where = new ArrayList<>(); // runnable position -> index in entries
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).error() == null) {
                runnable.add(entries.get(i));
                where.add(i);
            }
        }
        int[] next = {0}; // the next entry of `entries` to write
        int[] failed = {0};
        boolean[] begun = {false};
        engine.batch(template, runnable.stream().map(BatchInput.Entry::query).toList(), top, new BatchSearcher.Sink() {
            @Override
            public void answer(int position, BatchSearcher.Answer a) throws IOException {
                BatchInput.Entry e = upTo(where.get(position));
                write(new Row(
                        e.line(),
                        e.query(),
                        a.total(),
                        a.totalExact(),
                        a.top(),
                        links.search(e.query(), template),
                        null));
            }

            @Override
            public void failed(int position, InvalidRequestException error) throws IOException {
                BatchInput.Entry e = upTo(where.get(position));
                failed[0]++;
                write(new Row(e.line(), e.query(), null, null, null, null, error.getMessage()));
            }

            /** Writes the input's own errors that come before entry {@code index}; returns that entry. */
            private BatchInput.Entry upTo(int index) throws IOException {
                if (!begun[0]) {
                    begun[0] = true;
                    begin();
                }
                while (next[0] < index) {
                    BatchInput.Entry bad = entries.get(next[0]++);
                    failed[0]++;
                    write(new Row(bad.line(), bad.query(), null, null, null, null, bad.error()));
                }
                next[0]++;
                return entries.get(index);
            }
        });
        if (!begun[0]) {
            begin();
        }
        while (next[0] < entries.size()) {
            BatchInput.Entry bad = entries.get(next[0]++);
            failed[0]++;
            write(new Row(bad.line(), bad.query(), null, null, null, null, bad.error()));
        }
        Summary summary = new Summary(entries.size(), failed[0]);
        end(summary);
        return summary;
    }

    private void begin() throws IOException {
        if (csv) {
            Csv.writeRecord(out, COLUMNS);
        } else {
            json = Json.MAPPER.getFactory().createGenerator(out);
            json.setCodec(Json.MAPPER);
            json.writeStartObject();
            json.writeArrayFieldStart("results");
        }
    }

    private void write(Row r) throws IOException {
        if (!csv) {
            json.writeObject(r);
            return;
        }
        List<BatchSearcher.TopHit> top = r.top() == null ? List.of() : r.top();
        Csv.writeRecord(
                out,
                List.of(
                        String.valueOf(r.line()),
                        r.query() == null ? "" : r.query(),
                        r.total() == null ? "" : String.valueOf(r.total()),
                        r.totalExact() == null ? "" : String.valueOf(r.totalExact()),
                        top.stream().map(BatchSearcher.TopHit::id).collect(Collectors.joining("; ")),
                        top.stream()
                                .map(t -> t.title() == null ? "" : t.title())
                                .collect(Collectors.joining("; ")),
                        r.link() == null ? "" : r.link(),
                        r.error() == null ? "" : r.error()));
    }

    private void end(Summary s) throws IOException {
        if (!csv) {
            json.writeEndArray();
            json.writeNumberField("queries", s.queries());
            json.writeNumberField("failed", s.failed());
            json.writeEndObject();
            json.flush();
        }
        out.flush();
    }
}
