package org.briefings.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.briefings.solr.SolrConfigset;
import org.briefings.testing.Launched;

/**
 * The peers part's ingest peer (issue 16): Solr Cell, Solr's extracting request handler, which runs
 * Tika (PDFBox for PDFs) inside Solr's own JVM and indexes the text. Solr 9 does not publish its
 * extraction module to Maven Central, so this is Solr Cell 8.11.4, the last one published there
 * (src/bench/solr-cell/pom.xml, resolved into {@code target/solr-cell-lib}), as one stand-alone node
 * in a JVM of its own with the harness's heap (src/bench/solr-cell/SolrCellLauncher.java).
 *
 * <p>Its core uses the engine's generated schema ({@link SolrConfigset}) so the text is analysed as
 * the engine analyses it, with three changes Solr 8 or Solr Cell need: the Lucene version, the
 * handler itself (Tika's text into {@code body}), and a sink for Tika's metadata (which would
 * otherwise land in the engine's {@code title}, {@code format} and {@code language} fields).
 *
 * <p>What Solr Cell does not do that the engine does (docs/benchmarks.md): no title, summary or
 * dates found, no countries, people or organisations tagged, no copy grouping, no content hash, no
 * parser process apart from the server (a PDF that hangs or exhausts the heap takes Solr with it).
 */
final class SolrCellPeer implements AutoCloseable {

    static final String VERSION = "8.11.4";
    private static final String CORE = "cell";

    private final Process process;
    private final String core;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    private SolrCellPeer(Process process, String url) {
        this.process = process;
        this.core = url + "/" + CORE;
    }

    /** What one ingest gave: wall time to the commit's answer, the files Solr refused, the documents it holds. */
    record Ingested(double ms, int files, int refused, long indexed, String firstRefusal) {}

    /** Resolves Solr Cell the first time, writes the Solr home and starts the node. */
    static SolrCellPeer start(Path project, Path work, String heap) throws Exception {
        Path lib = Launched.resolved(
                project, "src/bench/solr-cell/pom.xml", "target/solr-cell-lib", "Solr Cell " + VERSION);
        Path home = work.resolve("solr-cell-home");
        Corpora.deleteTree(home);
        Path conf = Files.createDirectories(home.resolve(CORE).resolve("conf"));
        Files.writeString(home.resolve("solr.xml"), "<solr></solr>\n");
        Files.writeString(home.resolve(CORE).resolve("core.properties"), "name=" + CORE + "\n");
        for (Map.Entry<String, String> f : configset().entrySet()) {
            Files.writeString(conf.resolve(f.getKey()), f.getValue());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx" + heap,
                        "-XX:+UseG1GC",
                        "-cp",
                        lib + "/*",
                        project.resolve("src/bench/solr-cell/SolrCellLauncher.java")
                                .toString(),
                        home.toString())
                .redirectError(work.resolve("solr-cell.log").toFile())
                .start();
        String ready = Launched.awaitReady(p, Launched.lines(p), 4);
        if (ready == null) {
            throw new IOException("Solr Cell did not start; see " + work.resolve("solr-cell.log"));
        }
        return new SolrCellPeer(p, ready);
    }

    /** The engine's configset, made for Solr 8 and Solr Cell (see the class comment). */
    static Map<String, String> configset() {
        Map<String, String> files = new java.util.LinkedHashMap<>(SolrConfigset.files());
        files.put(
                "solrconfig.xml",
                files.get("solrconfig.xml")
                        .replaceFirst(
                                "<luceneMatchVersion>[^<]*</luceneMatchVersion>",
                                "<luceneMatchVersion>8.11</luceneMatchVersion>")
                        .replace("</config>", """
                                  <!-- Solr Cell (benchmark only): Tika in Solr's JVM, its text into body -->
                                  <requestHandler name="/update/extract" class="org.apache.solr.handler.extraction.ExtractingRequestHandler">
                                    <lst name="defaults">
                                      <str name="lowernames">true</str>
                                      <str name="fmap.content">body</str>
                                      <str name="fmap.title">ignored_title</str>
                                      <str name="fmap.format">ignored_format</str>
                                      <str name="fmap.language">ignored_language</str>
                                      <str name="uprefix">ignored_</str>
                                    </lst>
                                  </requestHandler>
                                </config>"""));
        // Solr 8 has no DenseVectorField (Solr 9): the passage vectors of semantic search are left out
        String schema = files.get("schema.xml").replaceAll("(?m)^.*passage_vector.*\\R", "");
        files.put("schema.xml", schema.replace("</schema>", """
                          <!-- Solr Cell (benchmark only): Tika's metadata is dropped -->
                          <fieldType name="ignored" class="solr.StrField" indexed="false" stored="false" docValues="false" multiValued="true"/>
                          <dynamicField name="ignored_*" type="ignored"/>
                        </schema>"""));
        return files;
    }

    /**
     * Empties the core, then posts every file to {@code /update/extract} (its name as the id) from
     * {@code clients} threads at once, then commits: the time from the first post to the commit's
     * answer.
     */
    Ingested ingest(List<Path> files, int clients) throws Exception {
        post(
                "/update?commit=true",
                "application/json",
                HttpRequest.BodyPublishers.ofString("{\"delete\":{\"query\":\"*:*\"}}"));
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (Path f; (f = queue.poll()) != null; ) {
                    String id = URLEncoder.encode(f.getFileName().toString(), StandardCharsets.UTF_8);
                    try {
                        HttpResponse<String> r = post(
                                "/update/extract?literal.id=" + id,
                                "application/pdf",
                                HttpRequest.BodyPublishers.ofFile(f));
                        if (r.statusCode() != 200) {
                            refusals.add(f.getFileName() + ": " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception e) {
                        refusals.add(f.getFileName() + ": " + e);
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        post("/update?commit=true", "application/json", HttpRequest.BodyPublishers.ofString("{}"));
        double ms = (System.nanoTime() - t0) / 1e6;
        HttpResponse<String> count = http.send(
                HttpRequest.newBuilder(URI.create(core + "/select?q=*:*&rows=0&wt=json"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long indexed =
                ChildJvm.JSON.readTree(count.body()).at("/response/numFound").asLong();
        String first = refusals.isEmpty() ? null : refusals.get(0);
        return new Ingested(
                ms,
                files.size(),
                refusals.size(),
                indexed,
                first == null ? null : first.substring(0, Math.min(300, first.length())));
    }

    private HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(core + path))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", type)
                .POST(body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
