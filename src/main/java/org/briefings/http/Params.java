package org.briefings.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.io.IOException;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefings.Briefing;
import org.briefings.engine.BriefingEngine;
import org.briefings.ingest.ContentHash;

/**
 * The one place request parameters are read and checked. Unknown parameters are refused with a
 * 400 that names them (a typo such as {@code contry=KP} would otherwise silently widen a search);
 * numbers and ids are validated before they reach the engine.
 */
final class Params {

    /**
     * Parameter values one request may carry (filters included). Undertow itself refuses more than
     * {@code BriefingServer.MAX_PARAMETERS} with a bare 400; below that, this limit answers with a message.
     */
    static final int MAX_VALUES = 100;

    private final HttpServerExchange exchange;
    private final Map<String, Deque<String>> query;

    private Params(HttpServerExchange exchange, Set<String> allowed) {
        this.exchange = exchange;
        this.query = exchange.getQueryParameters();
        int values = query.values().stream().mapToInt(Deque::size).sum();
        if (values > MAX_VALUES) {
            throw ApiException.badRequest(
                    "too many parameters (" + values + "); at most " + MAX_VALUES + " are accepted");
        }
        Set<String> pathParams = pathParameters(exchange).keySet();
        for (String name : query.keySet()) {
            if (!allowed.contains(name) && !pathParams.contains(name)) {
                throw ApiException.badParameter(
                        name,
                        "unknown parameter '" + name + "'; this endpoint takes "
                                + (allowed.isEmpty() ? "none" : new TreeSet<>(allowed)));
            }
        }
    }

    /** Reads the exchange's parameters, refusing any not in {@code allowed}. */
    static Params of(HttpServerExchange exchange, Set<String> allowed) {
        return new Params(exchange, allowed);
    }

    String first(String name) {
        Deque<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badParameter(name, "parameter '" + name + "' may be given once");
        }
        return values.getFirst();
    }

    List<String> all(String name) {
        Deque<String> values = query.get(name);
        return values == null ? List.of() : List.copyOf(values);
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = first(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiException.badParameter(
                        name, "parameter '" + name + "' must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    /** The {id} of the path, checked to be one of our ids (64 hex characters). */
    String id() {
        String id = pathParameters(exchange).get("id");
        if (!ContentHash.isValidId(id)) {
            throw ApiException.notFound("no briefing with id '" + abbreviate(id) + "' (ids are 64 hex characters)");
        }
        return id;
    }

    /**
     * A parameter of the path template, URL-decoded, or null. Undertow decodes a path but leaves
     * {@code %2F} encoded, so that it cannot split the path into other segments; it is decoded
     * here, where the value is one segment, so that a name such as "Radio Free Europe/Radio
     * Liberty" reaches its handler whole.
     */
    String path(String name) {
        String v = pathParameters(exchange).get(name);
        return v == null ? null : v.replace("%2F", "/").replace("%2f", "/");
    }

    /** The {id} of the path as given (for ids that are not briefing ids). */
    String pathId() {
        String id = pathParameters(exchange).get("id");
        return id == null ? "" : id;
    }

    /** A whole-number {name} of the path, or a 404 that says what was not found. */
    int pathNumber(String name, String what) {
        String v = pathParameters(exchange).get(name);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no " + what + " '" + abbreviate(v) + "' (" + what + "s are numbered)");
        }
    }

    /** The briefing named by the path's {id}, or a 404. */
    Briefing briefing(BriefingEngine engine) throws IOException {
        String id = id();
        return engine.get(id).orElseThrow(() -> ApiException.notFound("no briefing with id " + id));
    }

    private static Map<String, String> pathParameters(HttpServerExchange exchange) {
        PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
        return match == null ? Map.of() : match.getParameters();
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("[^\\p{Alnum}_.-]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}
