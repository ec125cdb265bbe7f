package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * Who may do what, and the security headers every answer carries. Writing (POST, PUT, DELETE,
 * except a batch search, which only reads: {@link #readsWithABody}) needs the write token when one
 * is configured; reading the API needs the read (or write) token
 * when one is configured. Tokens come as {@code Authorization: Bearer TOKEN} and are compared in
 * constant time.
 *
 * <p>A browser cannot add that header where it opens a URL itself: a download link (the original
 * file, an export, streamed to disk rather than held whole in the page's memory) or an {@code
 * EventSource}. Those GET endpoints ({@link #opensDirectly}) also take the token as the query
 * parameter {@code access_token}, which is then removed before the handler reads its parameters.
 * Nowhere else, so the token appears in as few URLs as possible; answers carry {@code
 * Referrer-Policy: no-referrer}, so it does not travel on from there.
 *
 * <p>The API description and its viewer ({@link ApiDocsHandler}) are static files with no data:
 * public, and under the page's Content-Security-Policy. A watch's Atom feed needs no token: its URL
 * carries the watch's own feed key, which its handler checks.
 */
final class AccessGuard implements HttpHandler {

    /** The web page may only load its own scripts and styles, and talk to its own API. */
    static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Watch feeds: their URL carries a per-watch key instead of the read token. */
    private static final java.util.regex.Pattern FEED =
            java.util.regex.Pattern.compile("/api/watches/[^/]+/feed\\.atom");

    private final HttpHandler next;
    private final byte[] writeToken;
    private final byte[] readToken;

    AccessGuard(HttpHandler next, String writeToken, String readToken) {
        this.next = next;
        this.writeToken = writeToken == null ? null : writeToken.getBytes(StandardCharsets.UTF_8);
        this.readToken = readToken == null ? null : readToken.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        var h = exchange.getResponseHeaders();
        h.put(HttpString.tryFromString("X-Content-Type-Options"), "nosniff");
        h.put(HttpString.tryFromString("Referrer-Policy"), "no-referrer");
        h.put(HttpString.tryFromString("X-Frame-Options"), "DENY");
        String path = exchange.getRequestPath();
        boolean docs = ApiDocsHandler.serves(path);
        boolean api = (path.startsWith("/api/") || path.equals("/metrics")) && !docs;
        if (!api) {
            h.put(Headers.CONTENT_SECURITY_POLICY, PAGE_CSP);
        }
        HttpString method = exchange.getRequestMethod();
        boolean write = (method.equals(Methods.POST) || method.equals(Methods.PUT) || method.equals(Methods.DELETE))
                && !readsWithABody(path);
        byte[] given = bearer(exchange);
        if (method.equals(Methods.GET) && opensDirectly(path)) {
            var t = exchange.getQueryParameters().remove(ACCESS_TOKEN);
            if (given == null && t != null && !t.isEmpty()) {
                given = t.getFirst().getBytes(StandardCharsets.UTF_8);
            }
        }
        if (write && writeToken != null && !matches(given, writeToken)) {
            deny(exchange, given);
            return;
        }
        if (api
                && !write
                && readToken != null
                && !matches(given, readToken)
                && !matches(given, writeToken)
                && !path.equals("/api/health")
                && !FEED.matcher(path).matches()) { // a feed checks its own key (a feed reader has no token)
            deny(exchange, given);
            return;
        }
        next.handleRequest(exchange);
    }

    /**
     * POST endpoints that only read: a batch search sends its list of queries as a body, but
     * changes nothing, so it needs what a search needs (the read token, when one is configured),
     * not the write token.
     */
    static boolean readsWithABody(String path) {
        return path.equals("/api/batch-search");
    }

    /** The query parameter that may carry the token on {@link #opensDirectly} endpoints. */
    static final String ACCESS_TOKEN = "access_token";

    /** GET endpoints a browser opens by itself (downloads, the event stream), which cannot send a header. */
    static boolean opensDirectly(String path) {
        return path.equals("/api/export")
                || path.equals("/api/events")
                || (path.startsWith("/api/documents/") && path.endsWith("/original"));
    }

    private static void deny(HttpServerExchange exchange, byte[] given) {
        exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Bearer");
        Responses.json(
                exchange,
                401,
                Map.of(
                        "error",
                        "unauthorized",
                        "message",
                        given == null
                                ? "this request needs a token: send 'Authorization: Bearer TOKEN'"
                                : "the token is not valid"));
    }

    private static byte[] bearer(HttpServerExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return auth.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean matches(byte[] given, byte[] expected) {
        return given != null && expected != null && MessageDigest.isEqual(given, expected);
    }
}
