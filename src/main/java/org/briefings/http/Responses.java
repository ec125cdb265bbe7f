package org.briefings.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.charset.StandardCharsets;
import org.briefings.Json;

/** Writes JSON answers. */
final class Responses {

    static void json(HttpServerExchange exchange, int status, Object body) {
        String text;
        try {
            text = Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            status = 500;
            text = "{\"error\":\"internal\",\"message\":\"answer could not be written as JSON\"}";
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(text, StandardCharsets.UTF_8);
    }

    private Responses() {}
}
