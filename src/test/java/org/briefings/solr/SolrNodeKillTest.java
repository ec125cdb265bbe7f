package org.briefings.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.briefings.http.ServerConfig;
import org.briefings.index.IndexHealth;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A SolrCloud node killed as a crash would (SIGKILL of its JVM, {@link KillableSolrNode}) while
 * clients upload briefings through the engine's HTTP API, on two collections whose replicas it
 * holds:
 *
 * <ul>
 *   <li>{@value #REPLICATED}: 2 shards x 2 replicas, the node leading both shards (the layout
 *       docs/scaling.md recommends; the other replicas are on the cluster's other nodes). Searches
 *       must keep answering, health must say {@code degraded}, and uploads must go on once the
 *       surviving replicas lead;
 *   <li>{@value #SINGLE}: 1 shard x 1 replica on the node (the default {@code --shards 1
 *       --replicas 1}, on the node that holds it). Nothing can be searched while it is down: the
 *       engine must say so (503, health {@code unavailable}), not fail.
 * </ul>
 *
 * On both, every upload is either acknowledged (201) and found once the node is back and the
 * cluster settled, before any reconciliation, or refused with a 503 that says its file was kept in
 * corpus/, and then found after the reconciliation the engine's periodic rescan would run. Nothing
 * else: no 500, no lost upload, no server that stops answering.
 *
 * <p>The node is a fourth node joined to the shared three-node cluster ({@link SolrBackends}), so
 * the test adds the start of one Solr JVM (twice) and no cluster start.
 */
@Slow
@ExtendWith(SolrBackends.Resolver.class)
class SolrNodeKillTest {

    static final String REPLICATED = "kill-replicated";
    static final String SINGLE = "kill-single";
    private static final int CLIENTS_PER_SERVER = 2;

    /** One upload's outcome: its unique word, the status and the answer. */
    record Upload(TestServer server, String word, int status, JsonNode body) {}

    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final List<String> badSearches = new CopyOnWriteArrayList<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean killed = new AtomicBoolean();

    @Test
    void aKilledNodeLosesNoAcknowledgedUploadAndWhatItRefusedIsKeptAndIndexedLater(SolrBackends backends)
            throws Exception {
        started = System.nanoTime();
        Path dir = backends.dir.resolve("node-kill");
        SolrCluster cluster = backends.cluster;
        try (KillableSolrNode node = KillableSolrNode.start(cluster, dir.resolve("node"));
                CloudHttp2SolrClient admin = new CloudHttp2SolrClient.Builder(cluster.urls()).build()) {
            phase("fourth node started in its own JVM");
            createCollections(admin, cluster, node);
            phase("collections created");
            ServerConfig config = ServerConfig.defaults().withRescanEvery(Duration.ofHours(1)); // reconciled by hand
            try (TestServer replicated = engineOn(dir, REPLICATED, config, cluster);
                    TestServer single = engineOn(dir, SINGLE, config, cluster)) {
                List<Thread> threads = new ArrayList<>();
                AtomicBoolean stop = new AtomicBoolean();
                for (TestServer s : List.of(replicated, single)) {
                    for (int c = 0; c < CLIENTS_PER_SERVER; c++) {
                        threads.add(Thread.ofPlatform().start(() -> uploadUntil(s, stop)));
                    }
                }
                threads.add(Thread.ofPlatform().start(() -> searchUntil(replicated, single, stop)));
                try {
                    waitFor(
                            "uploads acknowledged before the kill",
                            60,
                            () -> acked(replicated) >= 3 && acked(single) >= 3);
                    phase("uploads acknowledged; killing the node");
                    // set before the kill: a search sent while the node is going down may already
                    // find no live server, and that 503 is the expected answer, not a bad search
                    killed.set(true);
                    node.kill();
                    int ackedAtKill = acked(replicated);
                    waitFor("the health of both engines to show the lost node", 60, () -> {
                        watchHealth(replicated, single);
                        return seen.containsAll(Set.of(
                                "replicated health degraded",
                                "replicated stats degraded",
                                "single health unavailable"));
                    });
                    waitFor(
                            "an upload acknowledged by the surviving replicas",
                            60,
                            () -> acked(replicated) > ackedAtKill);
                    phase("degraded, unavailable, and an upload acknowledged by the survivors; restarting the node");
                    node.restart();
                    phase("node restarted");
                    waitFor(
                            "both collections healthy again",
                            120,
                            () -> healthy(admin, REPLICATED) && healthy(admin, SINGLE));
                    // Solr's view and each engine's client view of the cluster catch up at their own
                    // pace; the engines are what users talk to, so wait until both say so too.
                    waitFor(
                            "both engines to report their index healthy",
                            60,
                            () -> engineHealthy(replicated) && engineHealthy(single));
                } finally {
                    stop.set(true);
                    for (Thread t : threads) {
                        t.join(TimeUnit.SECONDS.toMillis(90));
                    }
                }
                phase("both collections healthy");
                assertEquals(List.of(), badSearches, "searches while the node was down");
                assertTrue(
                        seen.contains("single search 503"),
                        "the single-replica engine said its searches could not run");
                checkUploads(replicated, single);
                phase("uploads checked");
            } finally {
                for (String collection : List.of(REPLICATED, SINGLE)) {
                    try {
                        CollectionAdminRequest.deleteCollection(collection).process(admin);
                    } catch (Exception e) {
                        // the cluster goes away with the run; a failure above matters more
                    }
                }
            }
        }
    }

    /**
     * {@value #REPLICATED} with both shard leaders on the node (created there first) and a second
     * replica of each on two other nodes; {@value #SINGLE} on the node alone.
     */
    private static void createCollections(CloudHttp2SolrClient admin, SolrCluster cluster, KillableSolrNode node)
            throws Exception {
        String configset = SolrConfigset.name(); // uploaded when the shared backends created theirs
        CollectionAdminRequest.createCollection(REPLICATED, configset, 2, 1)
                .setCreateNodeSet(node.nodeName())
                .process(admin);
        for (int shard = 1; shard <= 2; shard++) {
            CollectionAdminRequest.addReplicaToShard(REPLICATED, "shard" + shard)
                    .setNode(KillableSolrNode.nodeName(cluster.urls().get(shard - 1)))
                    .process(admin);
        }
        CollectionAdminRequest.createCollection(SINGLE, configset, 1, 1)
                .setCreateNodeSet(node.nodeName())
                .process(admin);
        waitFor("the new collections to be active", 60, () -> healthy(admin, REPLICATED) && healthy(admin, SINGLE));
        var state = admin.getClusterStateProvider().getCollection(REPLICATED);
        for (var shard : state.getSlices()) {
            assertEquals(node.nodeName(), shard.getLeader().getNodeName(), "the node to kill leads " + shard.getName());
            assertEquals(2, shard.getReplicas().size(), shard.getName());
        }
    }

    private static boolean healthy(CloudHttp2SolrClient admin, String collection) {
        return SolrCollections.health(admin, collection).status().equals(IndexHealth.OK);
    }

    private static TestServer engineOn(Path dir, String collection, ServerConfig config, SolrCluster cluster)
            throws Exception {
        SolrTarget target = SolrTarget.of(cluster.urlList(), collection, 1, 1);
        return new TestServer(
                dir.resolve(collection + "-engine"),
                config,
                false,
                c -> c.withIsolation(ParserIsolation.inProcess()),
                codes -> SolrIndex.open(target, codes));
    }

    /** One client: uploads small briefings one after the other, each with a word of its own. */
    private void uploadUntil(TestServer server, AtomicBoolean stop) {
        while (!stop.get()) {
            String word = "zk" + Long.toString(System.nanoTime(), 36)
                    + Thread.currentThread().threadId();
            try {
                HttpResponse<String> r = server.send(server.request("/api/documents?name=" + word + ".txt")
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("Crash check " + word + " in Lusaka.")));
                uploads.add(new Upload(server, word, r.statusCode(), TestServer.json(r)));
                // paced: fewer updates than a replica's PeerSync window (100) while the node is down,
                // so it recovers by PeerSync, and refusals (they come fast) only a few per second
                Thread.sleep(r.statusCode() == 201 ? 150 : 1_500);
            } catch (Exception e) {
                uploads.add(new Upload(server, word, -1, null)); // the server did not answer
            }
        }
    }

    /**
     * Searches both engines over and over: the replicated one must answer every time; the single
     * one may answer 503 (never anything else) while its only replica is down.
     */
    private void searchUntil(TestServer replicated, TestServer single, AtomicBoolean stop) {
        while (!stop.get()) {
            try {
                HttpResponse<String> r = replicated.get("/api/search?size=3&q=crash");
                if (r.statusCode() != 200) {
                    badSearches.add("replicated " + r.statusCode() + ": " + r.body());
                }
                HttpResponse<String> s = single.get("/api/search?size=3&q=crash");
                if (s.statusCode() == 503 && killed.get()) {
                    assertEquals(
                            "index_unavailable", TestServer.json(s).get("error").asText(), s.body());
                    seen.add("single search 503");
                } else if (s.statusCode() != 200) {
                    badSearches.add("single " + s.statusCode() + ": " + s.body());
                }
                Thread.sleep(100);
            } catch (Exception | AssertionError e) {
                badSearches.add(e.toString());
            }
        }
    }

    private void watchHealth(TestServer replicated, TestServer single) {
        try {
            seen.add("replicated health "
                    + TestServer.json(replicated.get("/api/health"))
                            .get("status")
                            .asText());
            seen.add("replicated stats "
                    + replicated.getJson("/api/stats").at("/indexHealth/status").asText());
            HttpResponse<String> h = single.get("/api/health");
            seen.add("single health " + TestServer.json(h).get("status").asText());
            if (h.statusCode() != (TestServer.json(h).get("status").asText().equals("unavailable") ? 503 : 200)) {
                badSearches.add("single health answered " + h.statusCode() + ": " + h.body());
            }
        } catch (Exception e) {
            badSearches.add("health: " + e);
        }
    }

    private int acked(TestServer server) {
        return (int) uploads.stream()
                .filter(u -> u.server() == server && u.status() == 201)
                .count();
    }

    /**
     * Acknowledged uploads are found before any reconciliation (the cluster lost none); refused
     * ones were kept in corpus/ and are found after one; nothing else was answered.
     */
    private void checkUploads(TestServer replicated, TestServer single) throws Exception {
        Map<Integer, Long> statuses = new java.util.TreeMap<>();
        uploads.forEach(u -> statuses.merge(u.status(), 1L, Long::sum));
        System.out.printf(
                "node kill: %d uploads, by status %s; seen %s%n",
                uploads.size(), statuses, new java.util.TreeSet<>(seen));
        for (Upload u : uploads) {
            assertTrue(u.status() == 201 || u.status() == 503, u.word() + ": " + u.status() + " " + u.body());
            if (u.status() == 503) {
                assertEquals(
                        "index_unavailable",
                        u.body().get("error").asText(),
                        u.body().toString());
                assertTrue(
                        Files.isRegularFile(
                                u.server().corpus.resolve(u.body().get("kept").asText())),
                        u.body().toString());
            }
        }
        assertTrue(uploads.stream().anyMatch(u -> u.server() == single && u.status() == 503), "refusals were seen");
        for (TestServer s : List.of(replicated, single)) {
            Map<String, Long> totals = totals(s);
            for (Upload u : uploads) {
                if (u.server() == s && u.status() == 201) {
                    assertEquals(1L, totals.get(u.word()), "acknowledged, then lost: " + u.word());
                }
            }
        }
        for (TestServer s : List.of(replicated, single)) {
            // What the periodic rescan of corpus/ does, once a minute: a kept upload is promised to
            // be indexed by the rescans of the minute after the index takes writes again. A rescan
            // whose writes are still refused (the engine's client can lag the cluster's recovery)
            // counts and explains them, and the next one takes them. The first rescan that no write
            // was refused to takes every kept upload: a refused upload is no upload in flight, which
            // a rescan leaves to the engine for a few seconds.
            long minute = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean refused;
            do {
                var report = s.engine.reconcile();
                System.out.println("node kill, reconciliation: " + report.indexed() + " indexed, " + report.unchanged()
                        + " unchanged, failures " + report.failures());
                assertTrue(
                        report.failures().stream()
                                .allMatch(
                                        f -> f.message() != null && !f.message().isBlank()),
                        "a refused file is explained: " + report.failures());
                // what the reconciliation wrote is searchable within the freshness budget, not at once
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!allFound(s) && System.nanoTime() < until) {
                    Thread.sleep(250);
                }
                refused = !report.failures().isEmpty();
            } while (refused && !allFound(s) && System.nanoTime() < minute);
            Map<String, Long> totals = totals(s);
            for (Upload u : uploads) {
                if (u.server() == s) {
                    assertEquals(
                            1L,
                            totals.get(u.word()),
                            u.word() + " after the first reconciliation without refusals (" + u.status() + ")");
                }
            }
        }
        assertEquals(200, replicated.get("/api/health").statusCode());
        assertEquals("ok", single.getJson("/api/health").get("status").asText());
    }

    /** Whether the engine's own health check says its index is healthy ({@code ok}). */
    private static boolean engineHealthy(TestServer server) {
        try {
            return "ok".equals(server.getJson("/api/health").get("status").asText());
        } catch (Exception e) {
            return false;
        }
    }

    /** Whether every upload made to {@code server} finds exactly one briefing there. */
    private boolean allFound(TestServer server) {
        try {
            Map<String, Long> totals = totals(server);
            return uploads.stream()
                    .filter(u -> u.server() == server)
                    .allMatch(u -> Long.valueOf(1L).equals(totals.get(u.word())));
        } catch (Exception e) {
            return false;
        }
    }

    /** How many briefings each upload's word finds on {@code server}, in one batch search. */
    private Map<String, Long> totals(TestServer server) throws Exception {
        List<String> words = uploads.stream()
                .filter(u -> u.server() == server)
                .map(Upload::word)
                .toList();
        HttpResponse<String> r = server.send(server.request("/api/batch-search?top=0")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(org.briefings.Json.MAPPER.writeValueAsString(words))));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Long> totals = new java.util.HashMap<>();
        TestServer.json(r)
                .get("results")
                .forEach(x -> totals.put(x.get("query").asText(), x.get("total").asLong()));
        return totals;
    }

    private long started;

    private void phase(String what) {
        System.out.printf("node kill, %.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
    }

    private static void waitFor(String what, int seconds, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(250);
        }
    }
}
