package org.briefings.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.briefings.Json;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.http.BriefingServer;
import org.briefings.http.ServerConfig;
import org.briefings.ingest.ParserIsolation;

/**
 * The real server on a free loopback port over a temporary copy of the sample corpus, with a real
 * HTTP client. One per test class.
 */
public final class TestServer implements AutoCloseable {

    public final Path corpus;
    public final BriefingEngine engine;
    public final BriefingServer server;
    public final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * Parses in-process: these servers test the API, and a child JVM's start-up (3-4 s) per test
     * class adds up. Tests of isolation itself pass a configuration with child processes.
     */
    public TestServer(Path dir, ServerConfig config, boolean withSampleCorpus) throws Exception {
        this(dir, config, withSampleCorpus, c -> c.withIsolation(ParserIsolation.inProcess()));
    }

    /**
     * @param engineConfig adjusts the engine's configuration (limits, in-process or child-process parsing)
     */
    public TestServer(Path dir, ServerConfig config, boolean withSampleCorpus, UnaryOperator<EngineConfig> engineConfig)
            throws Exception {
        this(dir, config, withSampleCorpus, engineConfig, null);
    }

    /** With the index opened by {@code index} (a SolrCloud collection), or the embedded one when null. */
    public TestServer(
            Path dir,
            ServerConfig config,
            boolean withSampleCorpus,
            UnaryOperator<EngineConfig> engineConfig,
            EngineBuilder.IndexOpener index)
            throws Exception {
        this(dir, config, withSampleCorpus, engineConfig, index, false);
    }

    /** As {@code serve --semantic} when {@code semantic}: briefings embedded, {@code mode=hybrid} offered. */
    public TestServer(
            Path dir,
            ServerConfig config,
            boolean withSampleCorpus,
            UnaryOperator<EngineConfig> engineConfig,
            EngineBuilder.IndexOpener index,
            boolean semantic)
            throws Exception {
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        if (withSampleCorpus) {
            copyTree(SharedData.projectDir().resolve("corpus"), corpus);
        }
        EngineBuilder builder = EngineBuilder.of(engineConfig.apply(EngineConfig.of(corpus, dir.resolve("index"))))
                .semantic(semantic);
        engine = (index == null ? builder : builder.index(index)).open();
        server = new BriefingServer(engine, config.withHostPort("127.0.0.1", 0));
        server.start();
        awaitReconciled();
    }

    /** Waits until the background reconciliation has finished. */
    public void awaitReconciled() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (server.housekeeper().lastReport() == null || server.housekeeper().isReconciling()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reconciliation did not finish in time");
            }
            Thread.sleep(50);
        }
    }

    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " -> " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    public static JsonNode json(HttpResponse<String> r) throws IOException {
        return Json.MAPPER.readTree(r.body());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() throws Exception {
        server.close();
        engine.close();
    }
}
