package org.briefings.safety;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.briefings.http.ServerConfig;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.SharedData;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many people search while documents pour in: concurrent searchers and uploaders against the real
 * server on loopback (parsing in child processes, as in production) for a fixed period. Zero failed requests, and
 * every upload is found afterwards by id and by a word only it contains.
 */
@Slow
@Timeout(300)
class MixedLoadTest {

    static final Duration PERIOD = Duration.ofSeconds(Long.getLong("briefings.load.seconds", 15));
    static final int SEARCHERS = 4;
    static final int UPLOADERS = 2;

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults(), false, c -> c.withIsolation(ParserIsolation.defaults()));
        Path sample = SharedData.projectDir().resolve("corpus");
        for (String f : List.of(
                "2019-09-16-saudi-abqaiq-attack.pdf",
                "kp-ship-to-ship-transfers.txt",
                "south-korea-martial-law.docx",
                "2019-06-03-desk-note-north-korea.eml")) {
            HttpResponse<String> r = s.send(s.request("/api/documents?name=" + f)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(sample.resolve(f)))));
            assertEquals(201, r.statusCode(), r.body());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    record Uploaded(String id, String token) {}

    @Test
    void searchersAndUploadersTogetherLoseNothing() throws Exception {
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<Uploaded> uploaded = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger searches = new AtomicInteger();
        AtomicLong slowestSearch = new AtomicLong();
        long end = System.nanoTime() + PERIOD.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < SEARCHERS; i++) {
            Random r = new Random(100 + i);
            threads.add(new Thread(
                    () -> {
                        while (System.nanoTime() < end) {
                            String path = searchPath(r, uploaded);
                            try {
                                long t = System.nanoTime();
                                HttpResponse<String> resp = s.get(path);
                                slowestSearch.accumulateAndGet((System.nanoTime() - t) / 1_000_000, Math::max);
                                searches.incrementAndGet();
                                if (resp.statusCode() != 200) {
                                    failures.add(path + " -> " + resp.statusCode() + " " + resp.body());
                                }
                            } catch (Exception e) {
                                failures.add(path + " -> " + e);
                            }
                        }
                    },
                    "searcher-" + i));
        }
        for (int i = 0; i < UPLOADERS; i++) {
            int u = i;
            threads.add(new Thread(
                    () -> {
                        for (int n = 0; System.nanoTime() < end; n++) {
                            String token = "load" + u + "q" + n + "z";
                            String body = "Load briefing " + token
                                    + "\n\nChile's copper output fell as the Escondida mine "
                                    + "renegotiated contracts; Santiago expects recovery. Marker " + token + ".";
                            try {
                                HttpResponse<String> resp = s.send(s.request("/api/documents?name=" + token + ".txt")
                                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
                                if (resp.statusCode() != 201) {
                                    failures.add("upload " + token + " -> " + resp.statusCode() + " " + resp.body());
                                } else {
                                    uploaded.add(new Uploaded(
                                            TestServer.json(resp).get("id").asText(), token));
                                }
                            } catch (Exception e) {
                                failures.add("upload " + token + " -> " + e);
                            }
                        }
                    },
                    "uploader-" + i));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(PERIOD.toMillis() + 120_000);
            assertFalse(t.isAlive(), t.getName() + " finished");
        }
        System.out.printf(
                "mixed load: %d s, %d searches (slowest %d ms), %d uploads, %d failures%n",
                PERIOD.toSeconds(), searches.get(), slowestSearch.get(), uploaded.size(), failures.size());
        assertTrue(
                failures.isEmpty(),
                failures.size() + " failed requests, e.g. " + failures.subList(0, Math.min(10, failures.size())));
        assertTrue(searches.get() > 50 && uploaded.size() > 5, "the load was real");
        for (Uploaded u : uploaded) {
            assertEquals(200, s.get("/api/documents/" + u.id()).statusCode(), u.token());
            JsonNode hits = s.getJson("/api/search?q=" + u.token());
            assertEquals(1, hits.get("total").asLong(), u.token());
        }
    }

    private static String searchPath(Random r, List<Uploaded> uploaded) {
        return switch (r.nextInt(7)) {
            case 0 -> "/api/search?q=sanctions";
            case 1 -> "/api/search?q=load*&sort=newest&size=50";
            case 2 -> "/api/search?country=KP&facetLimit=50";
            case 3 -> "/api/facets";
            case 4 -> {
                Uploaded u;
                synchronized (uploaded) {
                    u = uploaded.isEmpty() ? null : uploaded.get(r.nextInt(uploaded.size()));
                }
                yield u == null ? "/api/health" : "/api/documents/" + u.id();
            }
            case 5 -> "/api/stats";
            default -> "/api/search?q=copper%20AND%20Chile&from=2000&to=2100";
        };
    }
}
