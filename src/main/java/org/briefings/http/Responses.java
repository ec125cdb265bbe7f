package org.briefings.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.briefings.Json;

/** Writes JSON answers. */
final class Responses {

    /**
     * Writes {@code body} as UTF-8 JSON. Jackson writes the bytes themselves: a string first (as
     * before issue 16) cost a char buffer, the string and its UTF-8 copy for every answer, about
     * three copies of a 29 KB search answer.
     */
    static void json(HttpServerExchange exchange, int status, Object body) {
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            status = 500;
            bytes = "{\"error\":\"internal\",\"message\":\"answer could not be written as JSON\"}"
                    .getBytes(StandardCharsets.UTF_8);
        }
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json; charset=utf-8");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    private Responses() {}
}
