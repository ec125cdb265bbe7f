package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.sse.ServerSentEventConnection;
import io.undertow.server.handlers.sse.ServerSentEventHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.briefings.Json;
import org.briefings.view.BriefingViews;
import org.briefings.watch.Match;
import org.briefings.watch.Watch;
import org.briefings.watch.WatchEvents;

/**
 * {@code GET /api/events}: Server-Sent Events, one {@code match} event per new match of any watch,
 * with the watch's unread count, so the page updates its counts live. A browser's EventSource
 * cannot send an Authorization header, so when the server has a read token this endpoint also takes
 * it as the query parameter {@code access_token}, which {@link AccessGuard} checks and removes.
 */
final class EventsHandler implements HttpHandler, WatchEvents {

    /** A comment line this often keeps proxies and idle timeouts from closing a quiet stream. */
    static final long KEEP_ALIVE_MILLIS = 15_000;

    private final ServerSentEventHandler sse =
            new ServerSentEventHandler((ServerSentEventConnection connection, String lastEventId) -> {
                connection.setKeepAliveTime(KEEP_ALIVE_MILLIS);
                connection.send("{}", "hello", null, null);
            });

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params.of(exchange, Set.of());
        exchange.getResponseHeaders().put(io.undertow.util.Headers.CACHE_CONTROL, "no-store");
        sse.handleRequest(exchange);
    }

    @Override
    public void matched(Watch watch, Match match, BriefingViews.Hit briefing, int unread) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("watch", watch.id());
        event.put("name", watch.name());
        event.put("seq", match.seq());
        event.put("unread", unread);
        event.put("briefing", Map.of("id", briefing.id(), "title", briefing.title()));
        String data;
        try {
            data = Json.MAPPER.writeValueAsString(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return;
        }
        for (ServerSentEventConnection c : sse.getConnections()) {
            c.send(data, "match", Long.toString(match.seq()), null);
        }
    }

    /** Open event streams (for tests and stats). */
    int connections() {
        return sse.getConnections().size();
    }
}
