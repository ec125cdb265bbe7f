package org.briefings.solr;

import static org.briefings.testing.TestServer.enc;
import static org.briefings.testing.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefings.search.SearchRequest;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One contract, two backends: the same HTTP API over the sample corpus, served once from the
 * embedded Lucene index and once from a SolrCloud collection of 2 shards x 2 replicas on a real
 * three-node cluster (started in its own JVM by {@link SolrCluster}). Totals, facet counts
 * (multi-select), the timeline, hit ids in date order, cursor paging, uploads, duplicates,
 * deletes and 400s must be the same; then a node is stopped and the Solr-backed engine must keep
 * answering and accepting uploads.
 */
@Slow
@ExtendWith(SolrBackends.Resolver.class)
class BackendContractTest {

    static Path dir;
    static SolrCluster cluster;
    static TestServer embedded;
    static TestServer solr;

    @BeforeAll
    static void start(SolrBackends backends) {
        dir = backends.dir;
        cluster = backends.cluster;
        embedded = backends.embedded;
        solr = backends.solr;
    }

    /** By name: JUnit closes AutoCloseable arguments after each invocation, and the servers are shared. */
    static Stream<String> backends() {
        return Stream.of("embedded", "solr");
    }

    private static TestServer server(String backend) {
        return backend.equals("solr") ? solr : embedded;
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                        "",
                        "q=sanctions",
                        "q=sanctions&country=KP",
                        "q=sanctions&country=KP&country=IR",
                        "q=sanctions&country=KP&about=RU",
                        "q=" + enc("about:\"North Korea\" AND person:kim"),
                        "q=" + enc("How close is Iran to a nuclear bomb?"),
                        "q=" + enc("what OR did OR iran OR say OR about OR sanctions"), // a question's words ORed
                        "q=" + enc("*:* -about:KP"),
                        "q=" + enc("nucl*") + "&language=en",
                        "q=" + enc("\"kim jong un\""),
                        "q=" + enc("\"sanctions on north korea\""), // a stop word's hole in a phrase
                        "q=" + enc("published:[2019 TO 2020-06]"),
                        "q=" + enc("event:[2018 TO 2018]"),
                        "q=" + enc("sanction~1 OR org:iaea"),
                        "from=2019&to=2020-06",
                        "undated=true",
                        "format=pdf&year=2023",
                        "q=iran&about=IR")
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("searches")
    void theSolrCloudEngineFindsWhatTheEmbeddedOneFinds(String query) throws Exception {
        for (String sort : List.of("newest", "oldest", "relevance")) {
            String path = "/api/search?size=200&facetLimit=1000&sort=" + sort + (query.isEmpty() ? "" : "&" + query);
            JsonNode a = embedded.getJson(path);
            JsonNode b = solr.getJson(path);
            String what = path + "\nembedded: " + a + "\nsolr: " + b;
            assertEquals(a.get("total").asLong(), b.get("total").asLong(), "total of " + what);
            assertEquals(a.get("totalExact"), b.get("totalExact"), what);
            assertEquals(a.get("relaxed"), b.get("relaxed"), what);
            assertEquals(a.get("undated"), b.get("undated"), what);
            assertEquals(a.get("timeline"), b.get("timeline"), "timeline of " + what);
            assertEquals(facets(a), facets(b), "facets of " + what);
            if (sort.equals("relevance")) {
                assertEquals(new TreeSet<>(ids(a)), new TreeSet<>(ids(b)), "hit set of " + what);
            } else {
                assertEquals(ids(a), ids(b), "hit order of " + what);
            }
        }
    }

    private static Map<String, Map<String, String>> facets(JsonNode r) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (JsonNode f : r.get("facets")) {
            Map<String, String> values = new TreeMap<>();
            f.get("values")
                    .forEach(v -> values.put(
                            v.get("value").asText(),
                            v.get("label").asText() + " " + v.get("count").asLong() + " "
                                    + v.get("selected").asBoolean()));
            out.put(f.get("dim").asText(), values);
        }
        return out;
    }

    private static List<String> ids(JsonNode r) {
        List<String> ids = new ArrayList<>();
        r.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        return ids;
    }

    @Test
    void cursorsPageThroughTheSameHitsInTheSameOrder() throws Exception {
        assertEquals(pages(embedded), pages(solr));
    }

    private static List<String> pages(TestServer s) throws Exception {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 100; page++) {
            // the dated briefings: both backends hold the same ones (other tests upload undated ones to one)
            JsonNode r = s.getJson("/api/search?q=" + enc("*:*") + "&from=1900&sort=newest&size=7"
                    + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            ids.addAll(ids(r));
            cursor = r.hasNonNull("nextCursor") ? r.get("nextCursor").asText() : null;
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("more than 100 pages");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void snippetsMarkTheWordsAndEscapeTheText(String backend) throws Exception {
        TestServer s = server(backend);
        JsonNode r = s.getJson("/api/search?q=sanctions&country=KP");
        String snippet = r.get("hits").get(0).get("snippet").asText();
        assertTrue(snippet.contains("<mark>"), snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
    }

    /** A snippet is the best sentence or two on both backends, never the whole text with its words marked. */
    @Test
    void snippetsAreTheSameSentencesOnBothBackends() throws Exception {
        JsonNode a = embedded.getJson("/api/search?q=sanctions&country=KP");
        JsonNode b = solr.getJson("/api/search?q=sanctions&country=KP");
        Map<String, String> byId = new TreeMap<>();
        a.get("hits")
                .forEach(h -> byId.put(h.get("id").asText(), h.get("snippet").asText()));
        int compared = 0;
        for (JsonNode h : b.get("hits")) {
            String embeddedSnippet = byId.get(h.get("id").asText());
            if (embeddedSnippet != null) {
                assertEquals(
                        embeddedSnippet, h.get("snippet").asText(), h.get("id").asText());
                compared++;
            }
        }
        assertTrue(compared > 0, "no hit in common");
    }

    /**
     * {@code /api/stats} counts the OCR flags with a bare count on each backend (not a search that
     * counts every facet); its numbers are the filtered searches' totals, the same on both.
     */
    @Test
    void statsCountTheOcrFlagsAsTheFilteredSearchesDo() throws Exception {
        List<String> counted = new ArrayList<>();
        for (TestServer s : List.of(embedded, solr)) {
            JsonNode ocr = s.getJson("/api/stats").get("ocr");
            assertEquals(
                    s.getJson("/api/search?size=0&ocr=true").get("total").asLong(),
                    ocr.get("briefingsRead").asLong());
            assertEquals(
                    s.getJson("/api/search?size=0&needs-ocr=true").get("total").asLong(),
                    ocr.get("needsOcr").asLong());
            counted.add(ocr.get("briefingsRead").asLong() + "/"
                    + ocr.get("needsOcr").asLong());
        }
        assertEquals(counted.get(0), counted.get(1), "read/needs-ocr, embedded then solr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=title%3A%28", "q=nosuchfield%3Ax", "country=Atlantis", "cursor=bm9wZQ", "sort=sideways"})
    void badRequestsAreTheSame400OnBothBackends(String query) throws Exception {
        HttpResponse<String> a = embedded.get("/api/search?" + query);
        HttpResponse<String> b = solr.get("/api/search?" + query);
        assertEquals(400, a.statusCode(), a.body());
        assertEquals(400, b.statusCode(), b.body());
        assertEquals(json(a).get("error"), json(b).get("error"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void anUploadIsSearchableWhenItsAnswerArrivesThenADuplicateThenADelete(String backend) throws Exception {
        TestServer s = server(backend);
        String word = "zq" + Long.toString(System.nanoTime(), 36);
        String text = "Contract check " + word + "\n\nThe finance ministry of Kenya announced a bond " + word + ".";
        HttpResponse<String> r = s.send(s.request("/api/documents?name=contract.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(201, r.statusCode(), r.body());
        String id = json(r).get("id").asText();
        JsonNode found = s.getJson("/api/search?q=" + word);
        assertEquals(1, found.get("total").asLong(), "searchable at once: " + found);
        assertEquals(id, found.get("hits").get(0).get("id").asText());

        HttpResponse<String> again = s.send(s.request("/api/documents?name=contract-again.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(200, again.statusCode(), again.body());
        assertEquals("duplicate", json(again).get("result").asText());

        assertEquals(200, s.get("/api/documents/" + id).statusCode());
        HttpResponse<String> deleted = s.send(s.request("/api/documents/" + id).DELETE());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(404, s.get("/api/documents/" + id).statusCode());
        assertEquals(0, s.getJson("/api/search?q=" + word).get("total").asLong());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aWatchHasItsEarlierMatchesAndMatchesANewUploadAtOnce(String backend) throws Exception {
        TestServer s = server(backend);
        String word = "zw" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> w = s.send(s.request("/api/watches")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"KP sanctions\", \"q\": \"sanctions OR " + word + "\", \"country\": [\"KP\"]}")));
        assertEquals(201, w.statusCode(), w.body());
        String id = json(w).get("id").asText();
        long total = s.getJson("/api/search?q=" + enc("sanctions OR " + word) + "&country=KP&size=0")
                .get("total")
                .asLong();
        assertEquals(total, matches(s, id).size(), "the briefings that already match are its earlier matches");
        HttpResponse<String> up = s.send(s.request("/api/documents?name=watched.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "Pyongyang " + word + "\n\nNorth Korea and the " + word + " cargo in Pyongyang.\n")));
        assertEquals(201, up.statusCode(), up.body());
        String uploaded = json(up).get("id").asText();
        assertTrue(matches(s, id).contains(uploaded), "matched when the answer arrived");
        // the engines are shared by the contract tests: leave the corpus as it was, or later comparisons
        // (spelling suggestions read from the index's own terms) depend on which backend ran this first
        assertEquals(
                200, s.send(s.request("/api/documents/" + uploaded).DELETE()).statusCode());
        assertEquals(200, s.send(s.request("/api/watches/" + id).DELETE()).statusCode());
    }

    private static List<String> matches(TestServer s, String watchId) throws Exception {
        List<String> ids = new ArrayList<>();
        s.getJson("/api/watches/" + watchId + "/matches?size=200")
                .get("matches")
                .forEach(m -> ids.add(m.get("hit").get("id").asText()));
        return ids;
    }

    @Test
    void anUploadToOneEngineIsFoundFromAnotherEngineOnTheSameCollection() throws Exception {
        SolrTarget target = SolrTarget.of(cluster.urlList(), SolrBackends.COLLECTION, 2, 2);
        try (SolrIndex other = SolrIndex.open(target, solr.engine.index().countries())) {
            String word = "zr" + Long.toString(System.nanoTime(), 36);
            HttpResponse<String> r = solr.send(solr.request("/api/documents?name=shared.txt")
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Shared collection check " + word + " in Nairobi.")));
            assertEquals(201, r.statusCode(), r.body());
            long started = System.nanoTime();
            long deadline = started + TimeUnit.SECONDS.toNanos(30);
            while (other.search(SearchRequest.builder().query(word).build()).total() == 0) {
                assertTrue(System.nanoTime() < deadline, "the other engine never found the upload");
                Thread.sleep(50);
            }
            System.out.printf(
                    "found from the other engine %d ms after the upload's answer%n",
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /**
     * The node stopped is the one leading shard1 (each shard has a second replica elsewhere), so
     * the cluster must elect a new leader before that shard takes the upload.
     */
    @Test
    void withANodeStoppedSearchesAnswerAndAnUploadIsAcknowledgedAndFound() throws Exception {
        int leader = leaderOfShard1();
        JsonNode before = solr.getJson("/api/search?size=0&q=" + enc("*:*"));
        cluster.stop(leader);
        List<String> words = new ArrayList<>();
        try {
            JsonNode during = solr.getJson("/api/search?size=0&q=" + enc("*:*"));
            assertEquals(before.get("total"), during.get("total"), "every shard still answers: " + during);
            assertEquals(facets(before), facets(during));
            for (int i = 0; i < 3; i++) {
                String word = "zs" + Long.toString(System.nanoTime(), 36);
                HttpResponse<String> r = solr.send(solr.request("/api/documents?name=during-outage-" + i + ".txt")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("Outage check " + word + " in Lusaka.")));
                assertEquals(201, r.statusCode(), r.body());
                JsonNode found = solr.getJson("/api/search?q=" + word);
                assertEquals(1, found.get("total").asLong(), found.toString());
                words.add(word);
            }
            assertEquals(200, solr.get("/api/entities/about/KP").statusCode());
        } finally {
            cluster.start(leader);
        }
        JsonNode after = solr.getJson("/api/search?size=0&q=" + enc("*:*"));
        assertEquals(before.get("total").asLong() + 3, after.get("total").asLong(), after.toString());
        for (String word : words) {
            assertEquals(
                    1, solr.getJson("/api/search?size=0&q=" + word).get("total").asLong(), word);
        }
    }

    /** Which of the cluster's nodes (by its index in the launcher's list) leads shard1 of the collection. */
    private static int leaderOfShard1() throws Exception {
        try (var client = new org.apache.solr.client.solrj.impl.CloudHttp2SolrClient.Builder(cluster.urls()).build()) {
            String url = client.getClusterStateProvider()
                    .getCollection(SolrBackends.COLLECTION)
                    .getSlice("shard1")
                    .getLeader()
                    .getBaseUrl();
            int i = cluster.urls().indexOf(url);
            assertTrue(i >= 0, url + " is not one of " + cluster.urls());
            return i;
        }
    }

    @Test
    void twoIndexPartsOverOneCorpusIndexEveryFileOnce() throws Exception {
        // two machines, each with the sample corpus at the same relative paths (one folder cannot be
        // shared by two engines yet: one holds the watches' match store), into a collection of their own
        List<Path> corpora = List.of(copyOfSample(dir.resolve("part1")), copyOfSample(dir.resolve("part2")));
        List<Thread> parts = new ArrayList<>();
        int[] codes = new int[2];
        for (int i = 1; i <= 2; i++) {
            int part = i;
            Thread t = new Thread(() -> codes[part - 1] = org.briefings.cli.Main.run(
                    new java.io.PrintWriter(java.io.Writer.nullWriter()),
                    new java.io.PrintWriter(System.err, true),
                    "index",
                    "--in-process-parsing",
                    "--part",
                    part + "/2",
                    "--corpus",
                    corpora.get(part - 1).toString(),
                    "--solr",
                    cluster.urlList(),
                    "--collection",
                    "parts"));
            parts.add(t);
            t.start();
        }
        for (Thread t : parts) {
            t.join(TimeUnit.MINUTES.toMillis(5));
        }
        assertEquals(0, codes[0]);
        assertEquals(0, codes[1]);
        SolrTarget target = SolrTarget.of(cluster.urlList(), "parts", 1, 1);
        try (SolrIndex parts2 = SolrIndex.open(target, solr.engine.index().countries())) {
            assertEquals(
                    embedded.engine.index().indexedFiles().keySet(),
                    parts2.indexedFiles().keySet());
            assertEquals(embedded.engine.index().count(), parts2.count(), "every briefing once");
            // created with the default one replica on a three-node cluster: it answers, and health says what a node
            // lost would cost
            org.briefings.index.IndexHealth health = parts2.health();
            assertEquals(org.briefings.index.IndexHealth.OK, health.status());
            assertTrue(health.message().contains("one replica per shard"), health.message());
        }
    }

    private static Path copyOfSample(Path to) throws Exception {
        Path from = org.briefings.testing.SharedData.projectDir().resolve("corpus");
        try (Stream<Path> files = java.nio.file.Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
