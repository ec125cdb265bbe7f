package org.briefings.safety;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.Json;

/**
 * The real server as a separate process ({@code org.briefings.cli.Main serve} on the test class
 * path, port 0 on loopback), so a test can kill it with SIGKILL and start it again on the same
 * folders. Its output goes to log files next to the corpus.
 */
final class ServerProcess implements AutoCloseable {

    private static final Pattern SERVING = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)");

    final Process process;
    final int port;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code serve} and waits until it prints its address. */
    static ServerProcess start(Path corpus, Path index, Path logs, String... extraArgs) throws Exception {
        Files.createDirectories(logs);
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "org.briefings.cli.Main",
                "serve",
                "--corpus",
                corpus.toString(),
                "--index",
                index.toString(),
                "--port",
                "0"));
        cmd.addAll(List.of(extraArgs));
        Path out = Files.createTempFile(logs, "server-", ".out");
        Process p = new ProcessBuilder(cmd)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(out.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        logs.resolve("server.err").toFile()))
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(Files.readString(out));
            if (m.find()) {
                return new ServerProcess(p, Integer.parseInt(m.group(1)));
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("the server exited with " + p.exitValue() + "; see " + logs);
            }
            Thread.sleep(100);
        }
        p.destroyForcibly();
        throw new IllegalStateException("the server did not start within 120 s; see " + logs);
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + pathAndQuery + " -> " + r.statusCode() + ": " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }

    HttpResponse<String> upload(String name, byte[] body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/documents?name=" + name))
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the reconciliation the server runs at start has finished. */
    void awaitReconciled(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode r = getJson("/api/stats").get("reconcile");
            if (!r.get("running").asBoolean() && r.has("last")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("reconciliation did not finish within " + limit.toSeconds() + " s");
    }

    /** SIGKILL: no shutdown hook, no commit, no clean-up. Returns the parser children it had. */
    List<ProcessHandle> kill() throws InterruptedException {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        process.waitFor();
        return children;
    }

    /** SIGTERM: the shutdown hook closes the server, commits and stops the parsers. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
