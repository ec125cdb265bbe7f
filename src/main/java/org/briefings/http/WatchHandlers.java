package org.briefings.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.Json;
import org.briefings.engine.BriefingEngine;
import org.briefings.index.FacetDimension;
import org.briefings.watch.AtomFeed;
import org.briefings.watch.Watch;
import org.briefings.watch.WatchSpec;
import org.briefings.watch.Watches;

/**
 * {@code /api/watches}: create, list, read, delete, matches, mark read, rotate the feed key, and the
 * Atom feed. A watch is created from a JSON body with the parameters {@code /api/search} takes.
 */
final class WatchHandlers {

    /** A watch definition is small; a bigger body is refused before it is parsed. */
    static final int MAX_BODY = 64 * 1024;

    private static final Set<String> OWN_FIELDS = Set.of("name", "q", "from", "to", "webhook");

    static HttpHandler create(BriefingEngine engine) {
        return exchange -> {
            Params.of(exchange, Set.of());
            Watch w = engine.watches().create(spec(body(exchange)));
            Map<String, Object> view = view(engine.watches().summary(w));
            if (w.webhookSecret() != null) {
                view.put("webhookSecret", w.webhookSecret()); // shown once, like a token
            }
            exchange.getResponseHeaders().put(Headers.LOCATION, "/api/watches/" + w.id());
            Responses.json(exchange, 201, view);
        };
    }

    static HttpHandler list(BriefingEngine engine) {
        return exchange -> {
            Params.of(exchange, Set.of());
            List<Map<String, Object>> out = new ArrayList<>();
            for (Watches.Summary s : engine.watches().list()) {
                out.add(view(s));
            }
            Responses.json(exchange, 200, Map.of("watches", out));
        };
    }

    static HttpHandler get(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of());
            Responses.json(exchange, 200, view(engine.watches().summary(watch(engine, p))));
        };
    }

    static HttpHandler delete(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of());
            Watch w = watch(engine, p);
            engine.watches().delete(w.id());
            Responses.json(exchange, 200, Map.of("deleted", w.id()));
        };
    }

    static HttpHandler matches(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of("cursor", "size"));
            Watch w = watch(engine, p);
            String cursor = p.first("cursor");
            Watches.Page page = engine.watches()
                    .matches(w, cursor == null || cursor.isBlank() ? null : cursor, p.integer("size", 20, 1, 200));
            List<Map<String, Object>> items = new ArrayList<>();
            for (Watches.Item i : page.items()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("seq", i.match().seq());
                m.put("matchedAt", i.match().matchedAt().toString());
                m.put("earlier", i.match().earlier());
                m.put("unread", i.unread());
                m.put("hit", i.hit());
                items.add(m);
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("watch", view(engine.watches().summary(w)));
            body.put("matches", items);
            body.put("nextCursor", page.nextCursor());
            Responses.json(exchange, 200, body);
        };
    }

    static HttpHandler read(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of("upTo"));
            Watch w = watch(engine, p);
            String upTo = p.first("upTo");
            Long seq = upTo == null || upTo.isBlank() ? null : (long) p.integer("upTo", 0, 0, Integer.MAX_VALUE);
            Watch updated = engine.watches().markRead(w.id(), seq).orElseThrow();
            Responses.json(exchange, 200, view(engine.watches().summary(updated)));
        };
    }

    static HttpHandler rotateFeedKey(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of());
            Watch updated =
                    engine.watches().rotateFeedKey(watch(engine, p).id()).orElseThrow();
            Responses.json(exchange, 200, view(engine.watches().summary(updated)));
        };
    }

    /**
     * The Atom feed. Needs the watch's feed key ({@code ?key=}), not the API token: a feed reader
     * cannot send one. A wrong key is a 404, so the feed's existence is not revealed.
     */
    static HttpHandler feed(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of("key"));
            Watch w = engine.watches().get(p.pathId()).orElse(null);
            String key = p.first("key");
            if (w == null
                    || key == null
                    || !MessageDigest.isEqual(
                            key.getBytes(StandardCharsets.UTF_8), w.feedKey().getBytes(StandardCharsets.UTF_8))) {
                throw ApiException.notFound("no feed here (check the feed URL and its key)");
            }
            String base = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
            String xml = AtomFeed.write(w, engine.watches().matches(w, null, AtomFeed.ENTRIES), base);
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/atom+xml; charset=utf-8");
            exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
            exchange.getResponseSender().send(xml, StandardCharsets.UTF_8);
        };
    }

    private static Watch watch(BriefingEngine engine, Params p) {
        String id = p.pathId();
        return engine.watches()
                .get(id)
                .orElseThrow(
                        () -> ApiException.notFound("no watch with id '" + id.replaceAll("[^0-9a-zA-Z]", "?") + "'"));
    }

    /** A watch as JSON: its search, counts, and the feed URL with its key. Never the webhook secret. */
    static Map<String, Object> view(Watches.Summary s) {
        Watch w = s.watch();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("name", w.name());
        m.put("q", w.q());
        w.filters().forEach(m::put);
        m.put("from", w.from());
        m.put("to", w.to());
        m.put("webhook", w.webhook());
        m.put("created", w.created().toString());
        m.put("matches", s.matches());
        m.put("unread", s.unread());
        m.put("latest", s.latest());
        m.put("readUpTo", w.readUpTo());
        m.put("feed", "/api/watches/" + w.id() + "/feed.atom?key=" + w.feedKey());
        return m;
    }

    private static JsonNode body(HttpServerExchange exchange) throws IOException {
        exchange.startBlocking();
        byte[] bytes;
        try (InputStream in = exchange.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            throw new ApiException(413, "too_large", "a watch definition is at most " + MAX_BODY + " bytes");
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiException.badRequest("the body must be a JSON object: {\"name\": ..., \"q\": ...}");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Reads a definition: the search's parameters (a filter as a string or a list) plus name and webhook. */
    static WatchSpec spec(JsonNode body) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            JsonNode v = body.get(field);
            if (OWN_FIELDS.contains(field)) {
                if (!v.isTextual() && !v.isNull()) {
                    throw ApiException.badRequest("'" + field + "' must be a string");
                }
                continue;
            }
            if (FacetDimension.byDim(field).isEmpty()) {
                throw ApiException.badRequest("unknown field '" + field + "'; a watch takes " + OWN_FIELDS
                        + " and the filters " + FacetDimension.dims());
            }
            List<String> values = new ArrayList<>();
            if (v.isTextual()) {
                values.add(v.asText());
            } else if (v.isArray()) {
                for (JsonNode e : v) {
                    if (!e.isTextual()) {
                        throw ApiException.badRequest("values of '" + field + "' must be strings");
                    }
                    values.add(e.asText());
                }
            } else if (!v.isNull()) {
                throw ApiException.badRequest("'" + field + "' must be a string or a list of strings");
            }
            if (values.size() > Params.MAX_VALUES) {
                throw ApiException.badRequest("too many values for '" + field + "'");
            }
            filters.put(field, values);
        }
        return new WatchSpec(
                text(body, "name"),
                text(body, "q"),
                filters,
                text(body, "from"),
                text(body, "to"),
                text(body, "webhook"));
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private WatchHandlers() {}
}
