package org.briefings.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.InputStream;
import java.util.Set;
import org.briefings.Json;
import org.briefings.curation.CurationRequest;
import org.briefings.curation.Curator;
import org.briefings.engine.BriefingEngine;

/**
 * {@code POST /api/curation}: makes a rule from a JSON body ({@code {"action":"merge","dim":"person",
 * "from":"Abiy","to":"Abiy Ahmed"}}), stores it with the corpus and applies it to the index before
 * answering 201 with the rule and how many briefings changed. A malformed rule is a 400 naming the
 * field; a value that already has a rule is a 409.
 */
final class CurationAddHandler implements HttpHandler {

    /** A rule is a few short strings; anything longer is not one. */
    static final int MAX_BODY = 16 * 1024;

    private final BriefingEngine engine;

    CurationAddHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params.of(exchange, Set.of());
        byte[] body;
        try (InputStream in = exchange.getInputStream()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new ApiException(413, "too_large", "a curation rule is at most " + MAX_BODY + " bytes of JSON");
        }
        CurationRequest request;
        try {
            request = body.length == 0 ? null : Json.MAPPER.readValue(body, CurationRequest.class);
        } catch (JsonProcessingException e) {
            request = null;
        }
        if (request == null) {
            throw ApiException.badRequest("the body must be a JSON object such as "
                    + "{\"action\":\"merge\",\"dim\":\"person\",\"from\":\"Abiy\",\"to\":\"Abiy Ahmed\"} or "
                    + "{\"action\":\"reject\",\"dim\":\"org\",\"value\":\"Appropriations\"}");
        }
        Curator.Applied applied = engine.curation().add(request);
        Responses.json(exchange, 201, applied);
    }
}
