package org.briefings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Over-HTTP measurements against {@code briefings serve}, on loopback only (127.0.0.1):
 * time from starting the server on the existing search index to the first answered search, load
 * from a separate process ({@link HttpLoad}), freshness of uploads, and the server's resident memory.
 *
 * <p>The server runs on a hard-linked copy of the benchmark's engine index (Lucene never changes
 * a file once written, so the copy costs nothing and the cached index stays as built) and on the
 * corpus folder {@link BuildSearchIndex} wrote, in which the background reconciliation finds every
 * file unchanged. Uploads land in {@code corpus/uploads/}, removed afterwards.
 */
final class HttpBench {

    static final int STARTS = 3;

    record Start(double firstSearchMs, double reconciledMs) {}

    static void run(BenchOptions o, Report report) throws Exception {
        Path jar = o.project().resolve("target/briefings.jar");
        if (!classExists("org.briefings.http.BriefingServer") || !Files.exists(jar)) {
            report.http()
                    .append("Not measured: this build has no HTTP server (org.briefings.http) or no "
                            + "target/briefings.jar.\n\n");
            return;
        }
        BuildSearchIndex.Built built = BenchMain.ensureIndex(o, o.docs());
        Path src = BuildSearchIndex.dir(o.work(), o.docs());
        Path corpus = src.resolve("corpus");
        Path http = o.work().resolve("http");
        Files.createDirectories(http);
        cleanUploads(corpus);

        List<Start> starts = new ArrayList<>();
        Process server = null;
        String base = null;
        HttpLoad.LoadResult load;
        HttpLoad.FreshResult fresh;
        long rssAfterStart;
        long rssAfterLoad;
        long rssAfterUploads;
        double launcher;
        try {
            int startCount = o.quick() ? 1 : STARTS;
            for (int s = 1; s <= startCount; s++) {
                Path index = http.resolve("index");
                linkCopy(src.resolve("engine"), index);
                int port = freePort();
                base = "http://127.0.0.1:" + port;
                BenchMain.log("http: starting serve on %,d briefings (start %d of %d)", o.docs(), s, startCount);
                long t0 = System.nanoTime();
                server = new ProcessBuilder(serveCommand(jar, o.heap(), port, corpus, index))
                        .redirectErrorStream(true)
                        .redirectOutput(http.resolve("server.log").toFile())
                        .directory(o.project().toFile())
                        .start();
                double first = waitForFirstSearch(base, server, t0);
                double reconciled = waitForReconcile(base, t0);
                starts.add(new Start(first, reconciled));
                BenchMain.log(
                        "http: first search answered %.0f ms after start, reconciliation done after %.0f ms",
                        first, reconciled);
                if (s < startCount) {
                    stop(server);
                    server = null;
                }
            }
            rssAfterStart = SearchRun.rssMb(server.pid());
            launcher = launcherMs(o.project());
            BenchMain.log("http: load from a separate JVM");
            load = ChildJvm.run(
                    HttpLoad.class,
                    List.of("load", base, String.valueOf(o.seconds()), String.valueOf(o.rounds())),
                    "512m",
                    HttpLoad.LoadResult.class);
            rssAfterLoad = SearchRun.rssMb(server.pid());
            BenchMain.log("http: freshness of uploads");
            fresh = ChildJvm.run(
                    HttpLoad.class,
                    List.of("fresh", base, String.valueOf(o.quick() ? 10 : 100)),
                    "512m",
                    HttpLoad.FreshResult.class);
            rssAfterUploads = SearchRun.rssMb(server.pid());
        } finally {
            if (server != null) {
                stop(server);
            }
            cleanUploads(corpus);
        }
        report.http(built, starts, launcher, load, fresh, rssAfterStart, rssAfterLoad, rssAfterUploads);
    }

    /**
     * What {@code bin/briefings serve} runs once it has found a JDK (the same flags), started
     * directly so the time is the server's, not the launcher's search for a JDK (measured apart).
     */
    static List<String> serveCommand(Path jar, String heap, int port, Path corpus, Path index) {
        List<String> command = new ArrayList<>(jvm(jar, heap));
        command.addAll(serveArguments(port, corpus, index));
        return command;
    }

    /** {@code serve} on loopback at {@code port} over {@code corpus} and {@code index}. */
    static List<String> serveArguments(int port, Path corpus, Path index) {
        return List.of(
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                String.valueOf(port),
                "--corpus",
                corpus.toString(),
                "--index",
                index.toString());
    }

    /** {@code java FLAGS -jar briefings.jar}: the JVM and flags {@code bin/briefings} runs the engine with. */
    static List<String> jvm(Path jar, String heap) {
        return List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--add-modules",
                "jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED",
                "-XX:+UseG1GC",
                "-Xss4m",
                "-Xmx" + heap,
                "-jar",
                jar.toString());
    }

    /** Milliseconds {@code bin/briefings --version} takes: the launcher's own cost (finding a JDK) plus a JVM start. */
    static double launcherMs(Path project) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(project.resolve("bin/briefings").toString(), "--version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        p.waitFor();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static double waitForFirstSearch(String base, Process server, long t0) throws Exception {
        String url = base + "/api/search?q=sanctions";
        while (true) {
            if (!server.isAlive()) {
                throw new IOException("serve exited with " + server.exitValue() + "; see target/bench/http/server.log");
            }
            try {
                HttpResponse<String> r = HttpLoad.get(url);
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1e6;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - t0 > TimeUnit.MINUTES.toNanos(5)) {
                throw new IOException("serve did not answer within 5 minutes");
            }
            Thread.sleep(5);
        }
    }

    /** Milliseconds from start until the background reconciliation has finished. */
    static double waitForReconcile(String base, long t0) throws Exception {
        while (System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(10)) {
            HttpResponse<String> r = HttpLoad.get(base + "/api/stats");
            JsonNode reconcile = ChildJvm.JSON.readTree(r.body()).get("reconcile");
            if (!reconcile.get("running").asBoolean() && reconcile.has("last")) {
                JsonNode last = reconcile.get("last");
                if (last.get("indexed").asInt() > 0 || last.get("deleted").asInt() > 0) {
                    BenchMain.log("http: warning: reconciliation changed the index: %s", last);
                }
                return (System.nanoTime() - t0) / 1e6;
            }
            Thread.sleep(50);
        }
        throw new IOException("reconciliation did not finish within 10 minutes");
    }

    static void stop(Process server) throws InterruptedException {
        server.destroy(); // SIGTERM: the shutdown hook closes the server and commits
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }

    /** A copy of an index made of hard links (or copies where links are not possible). */
    static void linkCopy(Path from, Path to) throws IOException {
        Corpora.deleteTree(to);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().equals("write.lock")) {
                    continue;
                }
                try {
                    Files.createLink(to.resolve(f.getFileName()), f);
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    static void cleanUploads(Path corpus) throws IOException {
        Corpora.deleteTree(corpus.resolve("uploads"));
        Corpora.deleteTree(corpus.resolve(".incoming"));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private HttpBench() {}
}
