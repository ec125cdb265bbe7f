package org.briefings.safety;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefings.Json;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No match is lost and none is doubled by {@code kill -9}: the real server runs as its own
 * process with a watch, uploads flow (half of them match), the server is SIGKILLed at a random
 * moment (seeded) and restarted on the same folders; after each restart the watch is still there and
 * its matches are exactly the acknowledged uploads that match it, each once. Then once more after a
 * clean stop, and once after deleting {@code index/} (the watch lives with the corpus).
 */
@Slow
@Timeout(600)
class WatchCrashSafetyTest {

    static final long SEED = Long.getLong("briefings.crash.seed", 77L);
    static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void everyMatchOfAnAcknowledgedUploadSurvivesSigkillOnceAndOnlyOnce() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Path logs = dir.resolve("logs");
        Files.createDirectories(corpus);
        Random random = new Random(SEED);
        System.out.println("watch crash test: seed " + SEED + " (rerun with -Dbriefings.crash.seed=N)");
        Set<String> matching = Collections.synchronizedSet(new TreeSet<>());
        String watchId;
        try (ServerProcess server = ServerProcess.start(corpus, index, logs, "--in-process-parsing")) {
            server.awaitReconciled(Duration.ofMinutes(2));
            HttpResponse<String> r = server.http.send(
                    HttpRequest.newBuilder(URI.create(server.base() + "/api/watches"))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"name\": \"Timbuktu\", \"q\": \"timbuktu\", \"country\": \"ML\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
            watchId = Json.MAPPER.readTree(r.body()).get("id").asText();
        }
        for (int cycle = 1; cycle <= KILLS; cycle++) {
            try (ServerProcess server = ServerProcess.start(corpus, index, logs, "--in-process-parsing")) {
                server.awaitReconciled(Duration.ofMinutes(2));
                verify(server, watchId, matching);
                AtomicBoolean stop = new AtomicBoolean();
                List<Thread> uploaders = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                    int thread = t;
                    int c = cycle;
                    Thread u = new Thread(() -> upload(server, c, thread, stop, matching));
                    u.start();
                    uploaders.add(u);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                int before = matching.size();
                while (matching.size() == before && System.nanoTime() < deadline) {
                    Thread.sleep(20); // the kill lands a random time after uploads are flowing
                }
                Thread.sleep(200L + random.nextInt(2500));
                server.kill();
                stop.set(true);
                for (Thread u : uploaders) {
                    u.join(30_000);
                }
                System.out.printf(
                        "watch crash test: cycle %d, %d matching uploads acknowledged%n", cycle, matching.size());
            }
        }
        assertTrue(matching.size() >= KILLS, "matching uploads were acknowledged: " + matching.size());
        try (ServerProcess server = ServerProcess.start(corpus, index, logs, "--in-process-parsing")) {
            server.awaitReconciled(Duration.ofMinutes(2));
            verify(server, watchId, matching);
            int exit = server.stop();
            assertTrue(exit == 0 || exit == 143, "clean stop, exit status " + exit);
        }
        // index/ is derived: deleted, it is rebuilt, and the watch and its matches are still there
        try (var files = Files.walk(index)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
        try (ServerProcess server = ServerProcess.start(corpus, index, logs, "--in-process-parsing")) {
            server.awaitReconciled(Duration.ofMinutes(2));
            verify(server, watchId, matching);
        }
    }

    /** The watch exists and its matches are exactly the acknowledged matching uploads, each once. */
    private static void verify(ServerProcess server, String watchId, Set<String> matching) throws Exception {
        Set<String> expected;
        synchronized (matching) {
            expected = new TreeSet<>(matching);
        }
        List<String> ids = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = server.getJson("/api/watches/" + watchId + "/matches?size=200&cursor=" + cursor);
            page.get("matches").forEach(m -> ids.add(m.get("hit").get("id").asText()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "no match is recorded twice: " + ids);
        assertTrue(ids.containsAll(expected), "every acknowledged matching upload is a match");
        // an upload the kill cut off before its answer may still be in the corpus (it was durable):
        // then it is indexed and matched too, so the matches are exactly what the search finds
        Set<String> searched = new TreeSet<>();
        server.getJson("/api/search?q=timbuktu&country=ML&size=200")
                .get("hits")
                .forEach(h -> searched.add(h.get("id").asText()));
        assertEquals(searched, new TreeSet<>(ids), "the matches are what the watch's search finds");
    }

    private static void upload(ServerProcess server, int cycle, int thread, AtomicBoolean stop, Set<String> matching) {
        for (int i = 0; !stop.get(); i++) {
            boolean matches = i % 2 == 0;
            String token = "wc" + cycle + "t" + thread + "n" + i + "x";
            String text = "Briefing " + token + "\n\n"
                    + (matches
                            ? "Talks in Timbuktu, Mali, on the transition continued. "
                            : "Talks in Nairobi continued. ")
                    + "Reference " + token + ".\n";
            try {
                HttpResponse<String> r = server.upload(token + ".txt", text.getBytes(StandardCharsets.UTF_8));
                if (r.statusCode() / 100 == 2 && matches) {
                    matching.add(Json.MAPPER.readTree(r.body()).get("id").asText());
                }
            } catch (Exception e) {
                return; // the server was killed
            }
        }
    }
}
