package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.bulk.BatchInput;
import org.briefings.bulk.BatchWriter;
import org.briefings.bulk.PageLinks;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.BatchSearcher;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.SearchRequest;

/**
 * {@code POST /api/batch-search}: up to {@value BatchInput#MAX_QUERIES} queries in the body (a
 * JSON array of strings, or text or CSV with one per line) under the filters, dates and sort of the
 * query parameters; for each, its total, its {@code top} hits and a link that runs it on the page.
 * JSON by default, CSV with {@code format=csv} or {@code Accept: text/csv}. A line that cannot run
 * is reported by its number and the rest go on.
 */
final class BatchSearchHandler implements HttpHandler {

    /**
     * The filters, dates and sort, plus {@code top}, {@code header} and {@code copies} (as in a
     * search: {@code hide} leaves copies out of every total); {@code format=json|csv} chooses the
     * answer's format.
     */
    static final Set<String> PARAMS = SearchParams.with("top", "header", "copies", "output");

    static final Set<String> ANSWER_FORMATS = Set.of("json", "csv");

    static final int DEFAULT_TOP = 3;

    /** Largest body read: 10,000 queries of over a thousand characters each. */
    static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

    private final BriefingEngine engine;

    BatchSearchHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, PARAMS);
        int top = p.integer("top", DEFAULT_TOP, 0, BatchSearcher.MAX_TOP);
        boolean csv = csv(
                SearchParams.answerFormat(p, ANSWER_FORMATS),
                exchange.getRequestHeaders().getFirst(Headers.ACCEPT));
        boolean header = bool("header", p.first("header"));
        SearchRequest template = SearchParams.read(p, ANSWER_FORMATS).build();
        byte[] bytes = exchange.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiException(
                    413, "too_large", "a batch body is at most " + (MAX_BODY_BYTES >> 20) + " MB; split the list");
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        List<BatchInput.Entry> entries =
                BatchInput.read(new String(bytes, StandardCharsets.UTF_8), BatchInput.Kind.of(contentType), header);
        if (entries.isEmpty()) {
            throw new InvalidRequestException("body", "the batch has no queries: send one query per line");
        }
        exchange.getResponseHeaders()
                .put(
                        Headers.CONTENT_TYPE,
                        csv ? "text/csv; charset=utf-8; header=present" : "application/json; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        BufferedWriter out =
                new BufferedWriter(new OutputStreamWriter(exchange.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        PageLinks links = new PageLinks(exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
        new BatchWriter(csv, out).run(engine, template, entries, top, links);
    }

    private static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default ->
                    throw ApiException.badParameter(
                            "format", "parameter 'format' must be json or csv, not '" + format + "'");
            };
        }
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("text/csv");
    }

    private static boolean bool(String name, String v) {
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default ->
                throw ApiException.badParameter(
                        name, "parameter '" + name + "' must be true or false, not '" + v + "'");
        };
    }
}
