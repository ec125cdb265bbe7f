package org.briefings.bench;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.briefings.index.FacetDimension;
import org.briefings.solr.SolrPeer;
import org.briefings.testing.Launched;

/**
 * The benchmark's OpenSearch peer (issue 16; docs/benchmarks.md): OpenSearch 2.19.6 as a single node
 * in a JVM of its own, resolved by Maven into {@code target/opensearch-lib}
 * (src/bench/opensearch-node/pom.xml) and started by {@code OpenSearchNodeLauncher.java} with the
 * engine's heap. Its index mapping is generated from the engine's schema as the Solr configset is
 * (the same English analysis at index time, whitespace at query time since the engine sends analysed
 * terms, offsets in the postings of summary and body, keyword doc values for the facets, the date as
 * the same epoch day), and it is filled with the same documents the Solr peer gets.
 */
final class OpenSearchPeer implements AutoCloseable {

    static final String INDEX = "briefings";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final Process process;
    private final String base;

    private OpenSearchPeer(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /** Resolves the artifacts the first time, starts the node and creates the index. */
    static OpenSearchPeer start(Path project, Path work, String heap, int port) throws Exception {
        Path lib = Launched.resolved(
                project,
                "src/bench/opensearch-node/pom.xml",
                "target/opensearch-lib",
                "the OpenSearch artifacts (2.19.6)");
        Path home = work.resolve("opensearch");
        Corpora.deleteTree(home);
        Files.createDirectories(home);
        Process p = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "--enable-native-access=ALL-UNNAMED",
                        "-Xmx" + heap,
                        "-XX:+UseG1GC",
                        "-cp",
                        lib + "/*",
                        project.resolve("src/bench/opensearch-node/OpenSearchNodeLauncher.java")
                                .toString(),
                        home.toString(),
                        String.valueOf(port))
                .redirectError(work.resolve("opensearch.log").toFile())
                .start();
        String ready = Launched.awaitReady(p, Launched.lines(p), 5);
        if (ready == null) {
            throw new IOException("OpenSearch did not start; see " + work.resolve("opensearch.log"));
        }
        OpenSearchPeer peer = new OpenSearchPeer(p, ready);
        peer.send("PUT", "/" + INDEX, ChildJvm.JSON.writeValueAsString(index()));
        return peer;
    }

    String searchUrl() {
        return base + "/" + INDEX + "/_search";
    }

    /** Loads every briefing of the engine's index (the Solr peer's documents), refreshes, returns how many. */
    int load(Path engineIndex) throws IOException {
        StringBuilder bulk = new StringBuilder();
        int[] count = new int[1];
        SolrPeer.forEachBriefing(engineIndex, doc -> {
            Map<String, Object> json = new LinkedHashMap<>();
            SolrPeer.fields(doc)
                    .forEach((name, values) -> json.put(OpenSearchRequests.field(name), values(name, values)));
            try {
                bulk.append(ChildJvm.JSON.writeValueAsString(Map.of("index", Map.of("_id", doc.get(ID)))))
                        .append('\n')
                        .append(ChildJvm.JSON.writeValueAsString(json))
                        .append('\n');
                if (++count[0] % 500 == 0) {
                    bulk(bulk);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        bulk(bulk);
        send("POST", "/" + INDEX + "/_refresh", "");
        send("POST", "/" + INDEX + "/_forcemerge?max_num_segments=1", "");
        return count[0];
    }

    private static Object values(String name, List<Object> values) {
        if (name.equals(EVENT_DATES)) {
            List<Object> ranges = new ArrayList<>();
            for (Object v : values) {
                String[] ends = v.toString().replaceAll("[\\[\\]]", "").split(" TO ");
                ranges.add(Map.of("gte", ends[0], "lte", ends[1]));
            }
            return ranges;
        }
        return values.size() == 1 ? values.get(0) : values;
    }

    private void bulk(StringBuilder bulk) throws IOException {
        if (bulk.isEmpty()) {
            return;
        }
        String answer = send("POST", "/" + INDEX + "/_bulk", bulk.toString());
        if (ChildJvm.JSON.readTree(answer).path("errors").asBoolean()) {
            throw new IOException(
                    "OpenSearch refused documents: " + answer.substring(0, Math.min(2000, answer.length())));
        }
        bulk.setLength(0);
    }

    String send(String method, String path, String body) throws IOException {
        try {
            HttpResponse<String> r = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofMinutes(10))
                            .header(
                                    "Content-Type",
                                    path.endsWith("_bulk") ? "application/x-ndjson" : "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IOException(method + " " + path + " answered " + r.statusCode() + ": "
                        + r.body().substring(0, Math.min(1000, r.body().length())));
            }
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Settings and mapping, generated from the schema as {@code SolrConfigset} generates Solr's. */
    static Map<String, Object> index() {
        Map<String, Object> analysis = Map.of(
                "filter",
                Map.of(
                        "en_possessive", Map.of("type", "stemmer", "language", "possessive_english"),
                        "en_stop", Map.of("type", "stop", "stopwords", stopWords())),
                "analyzer",
                Map.of(
                        "text_en",
                        Map.of(
                                "type", "custom",
                                "tokenizer", "standard",
                                "filter", List.of("en_possessive", "lowercase", "en_stop", "porter_stem")),
                        "text_names",
                        Map.of("type", "custom", "tokenizer", "standard", "filter", List.of("lowercase"))));
        Map<String, Object> p = new LinkedHashMap<>();
        for (String f : new String[] {ID, FILE_ID, FILE_PATH, CONTAINER_ID, CURATED}) {
            p.put(f, Map.of("type", "keyword"));
        }
        p.put(FILE_SIZE, Map.of("type", "long", "index", false));
        p.put(FILE_MTIME, Map.of("type", "long", "index", false));
        p.put(TITLE, text("text_en", false));
        p.put(RANKED_TITLE, text("text_en", false));
        p.put(SUMMARY, text("text_en", true));
        p.put(BODY, text("text_en", true));
        p.put(PERSON_TEXT, text("text_names", false));
        p.put(ORG_TEXT, text("text_names", false));
        for (FacetDimension d : FacetDimension.values()) {
            p.put(d.dim(), Map.of("type", "keyword"));
        }
        p.put(PUBLISHED, Map.of("type", "long"));
        p.put(EVENT_DATES, Map.of("type", "date_range", "format", "yyyy-MM-dd"));
        for (String f : new String[] {PERSON_TAGGED, ORG_TAGGED, COUNTRY_TAGGED, COPY_BAND, COPY_GROUP, COPY_ROLE}) {
            p.put(f, Map.of("type", "keyword"));
        }
        p.put(COPY_PENDING, Map.of("type", "long", "index", false));
        p.put(COPY_SIGNATURE, Map.of("type", "binary")); // stored for copy grouping, never searched
        // stored records: kept in _source, never searched
        p.put(OpenSearchRequests.field(SOURCE), Map.of("type", "text", "index", false));
        p.put(OpenSearchRequests.field(TAGGED), Map.of("type", "text", "index", false));
        return Map.of(
                "settings",
                Map.of("number_of_shards", 1, "number_of_replicas", 0, "analysis", analysis),
                "mappings",
                Map.of("dynamic", "strict", "properties", p));
    }

    private static Map<String, Object> text(String analyzer, boolean offsets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "text");
        m.put("analyzer", analyzer);
        m.put("search_analyzer", "whitespace");
        if (offsets) {
            m.put("index_options", "offsets");
        }
        return m;
    }

    private static List<String> stopWords() {
        TreeSet<String> words = new TreeSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        return List.copyOf(words);
    }

    @Override
    public void close() throws Exception {
        try {
            Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            w.write("quit\n");
            w.flush();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
