package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API description, browsable: {@code /api/docs} is Swagger UI (from its WebJar, served from
 * the jar: no CDN) pointed at {@code /api/openapi.yaml}, which is {@code docs/openapi.yaml} copied
 * into the jar at build time (one copy of the description). Swagger UI's own index page starts it
 * with an inline script, which the page's Content-Security-Policy forbids; ours loads {@code
 * init.js} instead. Only the files listed here are served.
 */
final class ApiDocsHandler {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

    /** Path under /api/docs/ -> classpath resource and media type. */
    private static final Map<String, String[]> FILES = Map.of(
            "", new String[] {"api-docs/index.html", "text/html; charset=utf-8"},
            "init.js", new String[] {"api-docs/init.js", "text/javascript; charset=utf-8"},
            "swagger-ui.css", new String[] {WEBJAR + "swagger-ui.css", "text/css; charset=utf-8"},
            "swagger-ui-bundle.js", new String[] {WEBJAR + "swagger-ui-bundle.js", "text/javascript; charset=utf-8"},
            "favicon-32x32.png", new String[] {WEBJAR + "favicon-32x32.png", "image/png"});

    private static final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    /** {@code GET /api/docs} and the files under it. */
    static final HttpHandler PAGE = exchange -> {
        String path = exchange.getRequestPath();
        String file = path.equals("/api/docs") ? "" : path.substring("/api/docs/".length());
        String[] entry = FILES.get(file);
        if (entry == null) {
            throw ApiException.notFound("no file " + path);
        }
        send(exchange, entry[0], entry[1]);
    };

    /** {@code GET /api/openapi.yaml}. */
    static final HttpHandler DESCRIPTION =
            exchange -> send(exchange, "api/openapi.yaml", "application/yaml; charset=utf-8");

    /** True for the paths this class serves: static files, public and under the page's CSP. */
    static boolean serves(String path) {
        return path.equals("/api/docs") || path.startsWith("/api/docs/") || path.equals("/api/openapi.yaml");
    }

    private static void send(HttpServerExchange exchange, String resource, String type) {
        byte[] bytes = load(resource)
                .orElseThrow(() -> ApiException.notFound(
                        "this build has no " + resource + " (it is put in the jar by the Maven build)"));
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, type);
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    private static Optional<byte[]> load(String resource) {
        byte[] cached = cache.get(resource);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (InputStream in = ApiDocsHandler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            cache.put(resource, bytes);
            return Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebJar's version, which names the folder its files are in. */
    private static String swaggerUiVersion() {
        try (InputStream in = ApiDocsHandler.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private ApiDocsHandler() {}
}
