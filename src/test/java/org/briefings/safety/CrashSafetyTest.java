package org.briefings.safety;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.briefings.Json;
import org.briefings.testing.SharedData;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No acknowledged briefing is lost to {@code kill -9}: the real server runs as its own process,
 * several threads upload briefings, the server is killed with SIGKILL at a random moment (seeded,
 * printed), restarted on the same corpus and index, and every upload that was answered 2xx must be
 * retrievable and searchable after reconciliation; no half-written upload may remain in
 * {@code corpus/.incoming}, the killed server's parser processes must exit, and Lucene's CheckIndex
 * must pass on the index at the end. Repeated with different kill moments.
 */
@Slow
@Timeout(600)
class CrashSafetyTest {

    static final long SEED = Long.getLong("briefings.crash.seed", 424242L);
    static final int KILLS = 4;
    static final int UPLOADERS = 3;

    @TempDir
    Path dir;

    /** An upload the server acknowledged: its id and a word only it contains. */
    record Acked(String id, String token, String name) {}

    @Test
    void everyAcknowledgedUploadSurvivesSigkillAndTheIndexStaysClean() throws Exception {
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Path logs = dir.resolve("logs");
        Files.createDirectories(corpus);
        // a few sample briefings, so every start also has a corpus to reconcile
        for (String f : List.of(
                "kp-ship-to-ship-transfers.txt", "india-g20-presidency.docx", "2019-09-16-saudi-abqaiq-attack.pdf")) {
            Files.copy(SharedData.projectDir().resolve("corpus").resolve(f), corpus.resolve(f));
        }
        Random random = new Random(SEED);
        System.out.println("crash test: seed " + SEED + " (rerun with -Dbriefings.crash.seed=N)");
        List<Acked> acked = Collections.synchronizedList(new ArrayList<>());
        int parsersKilled = 0;
        // the parser processes' temporary folders go here, where the test can see them
        Path parserTmp = Files.createDirectories(dir.resolve("parser-tmp"));
        String parserTmpOption = "--parser-jvm-options=-Djava.io.tmpdir=" + parserTmp;

        for (int cycle = 1; cycle <= KILLS; cycle++) {
            try (ServerProcess server = ServerProcess.start(corpus, index, logs, parserTmpOption)) {
                server.awaitReconciled(Duration.ofMinutes(2));
                verify(server, corpus, acked);
                int before = acked.size();
                long killAfterMs = 200L + random.nextInt(3000);
                AtomicBoolean stop = new AtomicBoolean();
                CountDownLatch firstAck = new CountDownLatch(1);
                List<Thread> uploaders = new ArrayList<>();
                for (int t = 0; t < UPLOADERS; t++) {
                    int thread = t;
                    int c = cycle;
                    Thread u = new Thread(() -> upload(server, c, thread, stop, acked, firstAck), "uploader-" + t);
                    u.start();
                    uploaders.add(u);
                }
                // the kill lands a random time after uploads are flowing (or after 60 s if none is acknowledged)
                firstAck.await(60, TimeUnit.SECONDS);
                Thread.sleep(killAfterMs);
                List<ProcessHandle> parsers = server.kill();
                parsersKilled += parsers.size();
                stop.set(true);
                for (Thread u : uploaders) {
                    u.join(30_000);
                }
                System.out.printf(
                        "crash test: cycle %d killed %d ms after the first acknowledgement; %d uploads acknowledged%n",
                        cycle, killAfterMs, acked.size() - before);
                for (ProcessHandle p : parsers) {
                    assertFalse(
                            p.onExit()
                                    .completeOnTimeout(p, 15, TimeUnit.SECONDS)
                                    .join()
                                    .isAlive(),
                            "parser process " + p.pid() + " of the killed server exited");
                }
            }
        }
        assertTrue(acked.size() >= KILLS, "uploads were acknowledged: " + acked.size());
        assertTrue(parsersKilled > 0, "the killed servers parsed in child processes");

        assertFalse(folders(parserTmp).isEmpty(), "a server killed outright leaves its parser processes' folders");

        ServerProcess last = ServerProcess.start(corpus, index, logs, parserTmpOption);
        try {
            last.awaitReconciled(Duration.ofMinutes(2));
            verify(last, corpus, acked);
            String own = "briefings-parser-" + last.process.pid() + "-";
            for (Path folder : folders(parserTmp)) {
                assertTrue(
                        folder.getFileName().toString().startsWith(own),
                        "the killed servers' folders are deleted by the next server: " + folders(parserTmp));
            }
        } finally {
            int exit = last.stop(); // SIGTERM: the shutdown hook commits and closes; the JVM reports 143
            assertTrue(exit == 0 || exit == 143, "clean stop, exit status " + exit);
        }
        assertEquals(List.of(), folders(parserTmp), "a server stopped cleanly leaves no parser folder");
        try (FSDirectory d = FSDirectory.open(index);
                CheckIndex check = new CheckIndex(d)) {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = check.checkIndex();
            assertTrue(status.clean, "CheckIndex:\n" + report.toString(StandardCharsets.UTF_8));
        }
        System.out.printf(
                "crash test: %d acknowledged uploads over %d kills, all found; CheckIndex clean%n",
                acked.size(), KILLS);
    }

    private static List<Path> folders(Path parent) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            return s.sorted().toList();
        }
    }

    /** Every acknowledged upload is there (by id and by its word) and no temporary file is left. */
    private static void verify(ServerProcess server, Path corpus, List<Acked> acked) throws Exception {
        List<Acked> snapshot;
        synchronized (acked) {
            snapshot = new ArrayList<>(acked);
        }
        for (Acked a : snapshot) {
            HttpResponse<String> doc = server.get("/api/documents/" + a.id());
            assertEquals(
                    200, doc.statusCode(), "acknowledged upload " + a.name() + " (" + a.id() + ") is in the index");
            JsonNode hits = server.getJson("/api/search?q=" + URLEncoder.encode(a.token(), StandardCharsets.UTF_8));
            assertEquals(1, hits.get("total").asLong(), "search finds " + a.token());
        }
        Path incoming = corpus.resolve(".incoming");
        if (Files.isDirectory(incoming)) {
            try (Stream<Path> left = Files.list(incoming)) {
                assertEquals(List.of(), left.toList(), "no half-written upload remains");
            }
        }
    }

    private static void upload(
            ServerProcess server,
            int cycle,
            int thread,
            AtomicBoolean stop,
            List<Acked> acked,
            CountDownLatch firstAck) {
        for (int i = 0; !stop.get(); i++) {
            String token = "crash" + cycle + "t" + thread + "n" + i + "x";
            boolean html = i % 3 == 2;
            String name = token + (html ? ".html" : ".txt");
            String text = "Crash test briefing " + token
                    + "\n\nThe Malian transitional government extended its mandate "
                    + "after talks in Bamako; observers from ECOWAS called for elections. Reference " + token + ".\n";
            byte[] body = (html
                            ? "<html><head><title>Briefing " + token + "</title></head><body><p>" + text
                                    + "</p></body></html>"
                            : text)
                    .getBytes(StandardCharsets.UTF_8);
            try {
                HttpResponse<String> r = server.upload(name, body);
                if (r.statusCode() / 100 == 2) {
                    JsonNode j = Json.MAPPER.readTree(r.body());
                    acked.add(new Acked(j.get("id").asText(), token, name));
                    firstAck.countDown();
                } else if (!stop.get()) {
                    fail("upload " + name + " answered " + r.statusCode() + ": " + r.body());
                }
            } catch (Exception e) {
                if (!stop.get() && server.process.isAlive()) {
                    // a failure before the kill is a real failure; after it, the connection dying is the point
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ie) {
                        return;
                    }
                    if (server.process.isAlive()) {
                        throw new AssertionError("upload " + name + " failed while the server was up", e);
                    }
                }
                return;
            }
        }
    }
}
