package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.briefings.bulk.ExportFormat;
import org.briefings.bulk.ExportWriter;
import org.briefings.bulk.PageLinks;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.SearchRequest;

/**
 * {@code GET /api/export?format=csv|jsonl} with the parameters of a search ({@link SearchParams}):
 * every matching briefing as a download, written while the matches are read ({@link
 * BriefingEngine#scan}), so an export of a million briefings holds one row at a time and its first
 * bytes leave before its last match is read (chunked, no Content-Length). The answer's headers are
 * set at the first row: a request that cannot run is still a plain JSON 400.
 */
final class ExportHandler implements HttpHandler {

    /**
     * The search's parameters; {@code format} is among them (csv or jsonl choose the answer's
     * format, unless {@code output} names it: then every {@code format} filters, as the page sends
     * it). {@code copies=hide} leaves copies out as it does from a search; {@code show} and
     * {@code collapse} both export every match, as both count every match in a search's total.
     */
    static final Set<String> PARAMS = SearchParams.with("q", "copies", "output");

    static final Set<String> ANSWER_FORMATS = Set.of("csv", "jsonl");

    private final BriefingEngine engine;

    ExportHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, PARAMS);
        ExportFormat format = ExportFormat.parse(SearchParams.answerFormat(p, ANSWER_FORMATS));
        SearchRequest request = SearchParams.read(p, ANSWER_FORMATS).build();
        PageLinks links = new PageLinks(exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
        ExportWriter[] writer = {null};
        engine.scan(request, hit -> {
            if (writer[0] == null) {
                writer[0] = open(exchange, format, request, links);
            }
            writer[0].row(hit);
        });
        if (writer[0] == null) {
            writer[0] = open(exchange, format, request, links);
        }
        writer[0].finish();
    }

    private static ExportWriter open(
            HttpServerExchange exchange, ExportFormat format, SearchRequest request, PageLinks links) {
        exchange.setStatusCode(200);
        var h = exchange.getResponseHeaders();
        h.put(Headers.CONTENT_TYPE, format.mediaType());
        h.put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(request, format) + "\"");
        h.put(Headers.CACHE_CONTROL, "no-store");
        return new ExportWriter(
                format,
                new BufferedWriter(new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8), 1 << 16),
                links);
    }

    /** {@code briefings-north-korea-sanctions-2026-12-01.csv}: the query's words, ASCII only, then the day. */
    static String fileName(SearchRequest request, ExportFormat format) {
        String words = request.query()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (words.length() > 40) {
            words = words.substring(0, 40).replaceAll("-+$", "");
        }
        return "briefings-" + (words.isEmpty() ? "all" : words) + "-" + LocalDate.now() + "." + format.extension();
    }
}
