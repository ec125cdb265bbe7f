package org.briefings.http;

import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.server.handlers.resource.ClassPathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.Housekeeper;
import org.xnio.Options;

/**
 * The HTTP server: the JSON API under {@code /api}, Prometheus metrics at {@code /metrics} and
 * the web page at {@code /}. Created and started separately, so tests can start it on port 0 and
 * read back the port. Every API handler runs on a worker thread ({@link BlockingHandler}), never
 * on an I/O thread, and every failure goes through {@link Errors}.
 *
 * <pre>{@code
 * try (BriefingServer server = new BriefingServer(engine, ServerConfig.defaults().withHostPort("127.0.0.1", 0))) {
 *     server.start();
 *     int port = server.port();
 * }
 * }</pre>
 */
public final class BriefingServer implements Closeable {

    /** Query parameters Undertow parses at most; {@link Params} answers more than its own limit with a message. */
    static final int MAX_PARAMETERS = 1000;

    private final BriefingEngine engine;
    private final ServerConfig config;
    private final Housekeeper housekeeper;
    private final Metrics metrics = new Metrics();
    private final Instant started = Instant.now();
    private final EventsHandler events = new EventsHandler();
    private Undertow undertow;

    public BriefingServer(BriefingEngine engine, ServerConfig config) {
        this.engine = engine;
        this.config = config;
        this.housekeeper = new Housekeeper(engine, config.commitEvery(), config.rescanEvery());
        checkExposure(config);
        engine.watches().addListener(events);
    }

    /**
     * Refuses to accept writes from the network without a token: binding beyond loopback needs a
     * write token.
     */
    static void checkExposure(ServerConfig config) {
        try {
            InetAddress address = InetAddress.getByName(config.host());
            if (!address.isLoopbackAddress() && config.writeToken() == null) {
                throw new IllegalStateException("refusing to serve on " + config.host()
                        + " without a write token: anyone on the network could add or delete briefings. "
                        + "Set --write-token (or BRIEFINGS_WRITE_TOKEN), or bind to 127.0.0.1.");
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host " + config.host(), e);
        }
    }

    /** Binds the port and starts background reconciliation, commits and the corpus watch. */
    public void start() {
        long maxEntity = config.maxUploadBytes() * 20 + 1024 * 1024;
        undertow = Undertow.builder()
                .addHttpListener(config.port(), config.host())
                .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, maxEntity)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, (int)
                        config.requestTimeout().toMillis())
                .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, (int)
                        config.headerTimeout().toMillis())
                .setServerOption(UndertowOptions.MAX_PARAMETERS, MAX_PARAMETERS)
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
                .setSocketOption(
                        Options.READ_TIMEOUT, (int) config.requestTimeout().toMillis())
                .setSocketOption(
                        Options.WRITE_TIMEOUT, (int) config.requestTimeout().toMillis())
                .setHandler(rootHandler())
                .build();
        undertow.start();
        housekeeper.start();
    }

    /** The bound port (useful when configured with port 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    public Housekeeper housekeeper() {
        return housekeeper;
    }

    /** One endpoint: method, path template, name (for metrics) and handler. */
    record Route(String method, String path, String name, HttpHandler handler) {}

    /** Every API endpoint; docs/openapi.yaml is checked against this list by a test. */
    List<Route> routes() {
        return List.of(
                new Route("GET", "/api/search", "search", new SearchHandler(engine)),
                new Route("GET", "/api/export", "export", new ExportHandler(engine)),
                new Route("POST", "/api/batch-search", "batch", new BatchSearchHandler(engine)),
                new Route("GET", "/api/facets", "facets", new FacetsHandler(engine)),
                new Route("GET", "/api/schema", "schema", new SchemaHandler(engine.semantic())),
                new Route("POST", "/api/documents", "upload", new UploadHandler(engine, config.maxUploadBytes())),
                new Route("GET", "/api/documents/{id}", "document", new DocumentHandler(engine)),
                new Route("GET", "/api/documents/{id}/original", "original", new OriginalHandler(engine)),
                new Route("DELETE", "/api/documents/{id}", "delete", new DeleteHandler(engine)),
                new Route("GET", "/api/documents/{id}/similar", "similar", ExploreHandlers.similar(engine)),
                new Route("GET", "/api/documents/{id}/copies", "copies", ExploreHandlers.copies(engine)),
                new Route("GET", "/api/entities/{dim}/{value}", "entity", ExploreHandlers.entity(engine)),
                new Route("POST", "/api/watches", "watch_create", WatchHandlers.create(engine)),
                new Route("GET", "/api/watches", "watches", WatchHandlers.list(engine)),
                new Route("GET", "/api/watches/{id}", "watch", WatchHandlers.get(engine)),
                new Route("DELETE", "/api/watches/{id}", "watch_delete", WatchHandlers.delete(engine)),
                new Route("GET", "/api/watches/{id}/matches", "watch_matches", WatchHandlers.matches(engine)),
                new Route("POST", "/api/watches/{id}/read", "watch_read", WatchHandlers.read(engine)),
                new Route("POST", "/api/watches/{id}/feed-key", "watch_feed_key", WatchHandlers.rotateFeedKey(engine)),
                new Route("GET", "/api/watches/{id}/feed.atom", "watch_feed", WatchHandlers.feed(engine)),
                new Route("GET", "/api/events", "events", events),
                new Route("GET", "/api/curation", "curation", new CurationListHandler(engine)),
                new Route("POST", "/api/curation", "curate", new CurationAddHandler(engine)),
                new Route("DELETE", "/api/curation/{id}", "uncurate", new CurationUndoHandler(engine)),
                new Route("GET", "/api/health", "health", new HealthHandler(engine)),
                new Route("GET", "/api/stats", "stats", new StatsHandler(engine, housekeeper, started)),
                new Route("GET", "/api/docs", "docs", ApiDocsHandler.PAGE),
                new Route("GET", "/api/openapi.yaml", "openapi", ApiDocsHandler.DESCRIPTION),
                new Route("GET", "/metrics", "metrics", metrics.handler(engine)));
    }

    HttpHandler rootHandler() {
        RoutingHandler api = Handlers.routing();
        for (Route r : routes()) {
            api.add(r.method(), r.path(), endpoint(r.name(), r.handler()));
        }
        api.setInvalidMethodHandler(exchange -> Errors.send(
                        exchange,
                        new ApiException(
                                405,
                                "method_not_allowed",
                                exchange.getRequestMethod() + " is not allowed on " + exchange.getRequestPath())))
                .setFallbackHandler(this::fallback);
        return new AccessGuard(api, config.writeToken(), config.readToken());
    }

    private final HttpHandler page = new ResourceHandler(
                    new ClassPathResourceManager(BriefingServer.class.getClassLoader(), "web"))
            .setWelcomeFiles("index.html")
            .setDirectoryListingEnabled(false);

    /** Swagger UI's files under /api/docs/, outside the route table (which lists endpoints, not files). */
    private final HttpHandler docsFiles = endpoint("docs", ApiDocsHandler.PAGE);

    private void fallback(HttpServerExchange exchange) throws Exception {
        String path = exchange.getRequestPath();
        if (path.startsWith("/api/docs/")) {
            docsFiles.handleRequest(exchange);
            return;
        }
        if (path.startsWith("/api/") || path.equals("/api") || path.equals("/metrics")) {
            Errors.send(exchange, ApiException.notFound("no endpoint " + exchange.getRequestMethod() + " " + path));
            return;
        }
        page.handleRequest(exchange);
    }

    /** Counts, times, moves to a worker thread and catches every failure of one endpoint. */
    private HttpHandler endpoint(String name, HttpHandler handler) {
        HttpHandler safe = exchange -> {
            try {
                handler.handleRequest(exchange);
            } catch (Throwable t) {
                Errors.send(exchange, t);
            }
        };
        return metrics.timed(name, new BlockingHandler(safe));
    }

    @Override
    public void close() throws IOException {
        engine.watches().removeListener(events);
        if (undertow != null) {
            undertow.stop();
        }
        housekeeper.close();
    }

    /** For tests: the configuration in force. */
    public ServerConfig config() {
        return config;
    }
}
