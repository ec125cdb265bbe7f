package org.briefings.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineStats;
import org.briefings.http.BriefingServer;
import org.briefings.http.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: serves search at once and brings the index up to date with the corpus in the
 * background (progress in {@code /api/stats}); files dropped into the corpus later are picked up.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serve the search API and web page, indexing the corpus in the background.",
            "Open http://127.0.0.1:8080 (or the --port given). Stop with Ctrl-C."
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Mixin
    ParsingOptions parsing;

    @Mixin
    SemanticOption semantic;

    @Option(
            names = "--host",
            defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}). Beyond loopback a --write-token is required.")
    String host;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(
            names = "--max-upload-mb",
            defaultValue = "100",
            description = "Largest upload accepted, in MB (default: ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(
            names = "--write-token",
            defaultValue = "${env:BRIEFINGS_WRITE_TOKEN}",
            description = "Token required for every change: uploads, deletes, curation, watches"
                    + " (default: $BRIEFINGS_WRITE_TOKEN).")
    String writeToken;

    @Option(
            names = "--read-token",
            defaultValue = "${env:BRIEFINGS_READ_TOKEN}",
            description = "Token required to search and read (default: $BRIEFINGS_READ_TOKEN; none).")
    String readToken;

    @Option(
            names = "--request-timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Close connections idle or stalled mid-request for this long (default: ${DEFAULT-VALUE}).")
    int requestTimeoutSeconds;

    @Option(
            names = "--rescan-interval",
            paramLabel = "INTERVAL",
            defaultValue = "60s",
            converter = IntervalConverter.class,
            description = {
                "Rescan the corpus folder this long after the last rescan ended, besides the file watch"
                        + " (default: ${DEFAULT-VALUE}; 90s, 5m, 1h; 0 or off: no periodic rescan, the start-up"
                        + " reconciliation and the watch still run). A million files take minutes to rescan:"
                        + " give such a corpus 10m or more."
            })
    Duration rescanInterval;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ServerConfig config = ServerConfig.defaults()
                .withHostPort(host, port)
                .withMaxUploadBytes(maxUploadMb * 1024 * 1024)
                .withTokens(writeToken, readToken)
                .withRequestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                .withRescanEvery(rescanInterval);
        BriefingEngine engine = paths.builder(parsing.applyForServer(paths.config()))
                .semantic(semantic.on)
                .open();
        BriefingServer server;
        try {
            server = new BriefingServer(engine, config);
            server.start();
            engine.warmUp();
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                server.close();
                                engine.close();
                            } catch (Exception e) {
                                System.err.println("error while stopping: " + e);
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "shutdown"));
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        EngineStats stats = engine.stats();
        out.printf(
                "serving http://%s:%d  (corpus %s, index %s; indexing in the background, see /api/stats)%n",
                shownHost, server.port(), stats.corpus(), stats.index());
        out.println(stats.limits().ocr().summary());
        if (engine.semantic()) {
            out.println("semantic search on: briefings are embedded in the background (mode=hybrid; /api/stats)");
        }
        out.flush();
        stopped.await();
        return 0;
    }
}
