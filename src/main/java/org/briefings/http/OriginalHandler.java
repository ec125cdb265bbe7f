package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.briefings.Briefing;
import org.briefings.engine.BriefingEngine;

/**
 * {@code GET /api/documents/{id}/original}: the original bytes, always as an attachment with
 * {@code nosniff} and a sandboxing CSP, so a hostile HTML or SVG original can never render as a
 * page of this site.
 */
final class OriginalHandler implements HttpHandler {

    private final BriefingEngine engine;

    OriginalHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Briefing b = Params.of(exchange, Set.of()).briefing(engine);
        Path file = engine.originalFile(b)
                .orElseThrow(() -> ApiException.notFound(
                        b.containerId() != null
                                ? "this briefing was found inside another document; download that one: /api/documents/"
                                        + b.containerId() + "/original"
                                : "the original file of this briefing is no longer in the corpus"));
        String name = file.getFileName().toString().replaceAll("[^\\w.\\- ]", "_");
        var h = exchange.getResponseHeaders();
        h.put(Headers.CONTENT_TYPE, b.mediaType() == null ? "application/octet-stream" : b.mediaType());
        h.put(Headers.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        h.put(Headers.CONTENT_LENGTH, Files.size(file));
        h.put(Headers.CONTENT_SECURITY_POLICY, "sandbox; default-src 'none'");
        exchange.setStatusCode(200);
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = exchange.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
