package org.briefings.safety;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.briefings.http.ServerConfig;
import org.briefings.ingest.ExtractionLimits;
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
 * A hostile document costs one error, not the server. Every file of
 * ../shared/data/tika-test-documents and a set of generated hostile files (a zip bomb, a 30-level
 * nested archive, 100,000 nested HTML elements, random bytes, truncated DOCX and PDF, encrypted
 * PDFs, files over the size limit, text over the length limit, an archive over the embedded limit)
 * are uploaded to the real server, parsing in child processes: each gets 201/200, 422 or 413, never
 * a 5xx and never a hang, while a search answered throughout the run keeps its result.
 */
@Slow
@Timeout(900)
class HostileDocumentsTest {

    static final long MAX_UPLOAD = 3L * 1024 * 1024;
    static final int MAX_CHARS = 200_000;
    static final int MAX_EMBEDDED = 10;
    static final Duration PARSE_LIMIT = Duration.ofSeconds(20);

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(
                dir.resolve("server"),
                ServerConfig.defaults().withMaxUploadBytes(MAX_UPLOAD),
                false,
                c -> c.withLimits(new ExtractionLimits(
                                MAX_CHARS, MAX_EMBEDDED, ExtractionLimits.DEFAULT_MAX_BYTES, PARSE_LIMIT))
                        .withIsolation(ParserIsolation.forked(2, 384)));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    /** The answer to one upload. */
    record Answer(String name, int status, JsonNode body, long millis) {
        String reason() {
            return body == null ? null : body.path("reason").asText(null);
        }

        @Override
        public String toString() {
            return name + " -> " + status + " in " + millis + " ms "
                    + (body == null ? "" : abbreviate(body.toString()));
        }
    }

    static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static Answer upload(String name, byte[] bytes) throws Exception {
        return upload(name, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    static Answer upload(String name, HttpRequest.BodyPublisher body) throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> r = s.send(s.request("/api/documents?name=" + TestServer.enc(name))
                .timeout(PARSE_LIMIT.plusSeconds(60))
                .POST(body));
        JsonNode json = null;
        try {
            json = TestServer.json(r);
        } catch (IOException e) {
            // the status still counts; a body that is not JSON is checked by the caller
        }
        return new Answer(name, r.statusCode(), json, (System.nanoTime() - t) / 1_000_000);
    }

    @Test
    void everyHostileOrOddDocumentCostsOneErrorAndSearchKeepsAnswering() throws Exception {
        Path sample = SharedData.projectDir().resolve("corpus");
        for (String f : List.of(
                "2019-09-16-saudi-abqaiq-attack.pdf",
                "israel-saudi-normalisation.pdf",
                "2025-04-14-china-us-tariffs.docx",
                "kp-ship-to-ship-transfers.txt")) {
            assertEquals(201, upload(f, Files.readAllBytes(sample.resolve(f))).status(), f);
        }
        // a word of the body, not of the title: where Tesseract is not installed, a half of the
        // Abqaiq PDF with no text layer left is indexed by its name and title (flagged needs-OCR),
        // and a word of its title would then find one more briefing than before the run
        String probe = "/api/search?q=Aramco";
        long baseline = s.getJson(probe).get("total").asLong();
        assertTrue(baseline >= 1, "the sample corpus answers the probe search");
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> searchProblems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger searches = new AtomicInteger();
        Thread searcher = new Thread(
                () -> {
                    while (running.get()) {
                        try {
                            long t = System.nanoTime();
                            long total = s.getJson(probe).get("total").asLong();
                            long ms = (System.nanoTime() - t) / 1_000_000;
                            searches.incrementAndGet();
                            if (total != baseline || ms > 10_000) {
                                searchProblems.add(
                                        "search gave " + total + " (expected " + baseline + ") in " + ms + " ms");
                            }
                            Thread.sleep(100);
                        } catch (Exception | AssertionError e) {
                            searchProblems.add(e.toString());
                        }
                    }
                },
                "probe-search");
        searcher.start();

        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        try {
            hostileFiles(problems);
            testDocuments(problems, byStatus);
        } finally {
            running.set(false);
            searcher.join(10_000);
        }
        System.out.println("hostile documents: statuses " + new TreeMap<>(byStatus) + "; " + searches.get()
                + " probe searches during the run");
        assertTrue(problems.isEmpty(), problems.size() + " unexpected answers:\n" + String.join("\n", problems));
        assertTrue(searchProblems.isEmpty(), "search during the run: " + searchProblems);
        assertTrue(searches.get() > 10, "searches were answered during the run: " + searches.get());

        JsonNode stats = s.getJson("/api/stats").get("ingest");
        assertEquals("child-processes", stats.get("parsing").get("mode").asText(), stats.toString());
        assertTrue(stats.get("limitsHit").path("text_cut").asLong() >= 1, stats.toString());
        assertTrue(stats.get("limitsHit").path("embedded_stopped").asLong() >= 1, stats.toString());
        assertEquals(MAX_CHARS, stats.get("limits").get("maxTextChars").asInt());
        try (Stream<Path> left = Files.list(s.corpus.resolve(".incoming"))) {
            assertEquals(List.of(), left.toList(), "refused uploads leave nothing behind");
        }
    }

    /** Generated hostile files, each with the class of answer it must get. */
    private static void hostileFiles(List<String> problems) throws Exception {
        Random random = new Random(7);
        expect(problems, upload("bomb.zip", zipBomb(200L * 1024 * 1024)), 201, 422);
        expect(problems, upload("nested-30.zip", nestedZip(30)), 201, 422);
        expect(problems, upload("deep.html", deepHtml(100_000)), 201, 422);
        byte[] noise = new byte[1024 * 1024];
        random.nextBytes(noise);
        expect(problems, upload("empty.txt", new byte[0]), 400, 422);
        expect(problems, upload("noise.bin", noise), 422);
        expect(problems, upload("noise.pdf", noise), 422);
        expect(problems, upload("noise.docx", Arrays.copyOf(noise, 500_000)), 422);
        Path corpus = SharedData.projectDir().resolve("corpus");
        for (String f : List.of(
                "india-g20-presidency.docx",
                "2019-09-16-saudi-abqaiq-attack.pdf",
                "north-korea-russia-arms-transfers.pdf",
                "south-korea-martial-law.docx")) {
            byte[] b = Files.readAllBytes(corpus.resolve(f));
            expect(problems, upload("half-" + f, Arrays.copyOf(b, b.length / 2)), 201, 422);
        }
        // over the size limit: declared (refused before reading), and streamed without a length
        byte[] big = new byte[(int) MAX_UPLOAD + 4096];
        random.nextBytes(big);
        expect(problems, upload("big.bin", big), 413);
        expect(
                problems,
                upload("big-stream.bin", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))),
                413);
        expectHuge(problems);
        // the text limit: cut, kept, and reported in the answer
        StringBuilder longText = new StringBuilder("A very long briefing on Chad\n\n");
        while (longText.length() < MAX_CHARS * 2) {
            longText.append("The government of Chad announced new fuel subsidies in N'Djamena. ");
        }
        Answer cut = upload("long.txt", longText.toString().getBytes(StandardCharsets.UTF_8));
        expect(problems, cut, 201);
        if (cut.body() == null || !cut.body().path("warnings").toString().contains("text cut at " + MAX_CHARS)) {
            problems.add("the cut is reported in the answer: " + cut);
        }
        // the embedded limit
        Answer many = upload("many.zip", zipOfTexts(MAX_EMBEDDED + 5));
        expect(problems, many, 201);
        if (many.body() == null || !many.body().path("warnings").toString().contains("stopped after " + MAX_EMBEDDED)) {
            problems.add("the embedded limit is reported in the answer: " + many);
        }
    }

    /** A 2 GB upload, declared: refused at once with 413 (or the connection closed), nothing written. */
    private static void expectHuge(List<String> problems) throws Exception {
        long twoGb = 2L * 1024 * 1024 * 1024;
        HttpRequest.BodyPublisher zeros = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    long left = twoGb;

                    @Override
                    public int read() {
                        return left-- > 0 ? 0 : -1;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) {
                        if (left <= 0) {
                            return -1;
                        }
                        int n = (int) Math.min(len, left);
                        Arrays.fill(b, off, off + n, (byte) 0);
                        left -= n;
                        return n;
                    }
                }),
                twoGb);
        long t = System.nanoTime();
        try {
            expect(problems, upload("two-gigabytes.bin", zeros), 413);
        } catch (IOException e) {
            // the server answered 413 and closed the connection while the client was still sending: also a refusal
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (ms > 30_000) {
            problems.add("a 2 GB upload took " + ms + " ms to refuse");
        }
    }

    /** Every file in tika-test-documents: 201/200, 422 with a reason, or 413 when over the limit. */
    private static void testDocuments(List<String> problems, Map<Integer, AtomicInteger> byStatus) throws Exception {
        Path root = SharedData.folderOrSkip("tika-test-documents");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, Answer> encrypted = new ConcurrentHashMap<>();
        ExecutorService uploaders = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(uploaders.submit(() -> {
                    String rel = root.relativize(f).toString().replace('/', '_');
                    Answer a = upload(rel, Files.readAllBytes(f));
                    byStatus.computeIfAbsent(a.status(), k -> new AtomicInteger())
                            .incrementAndGet();
                    long size = Files.size(f);
                    if (size > MAX_UPLOAD) {
                        expect(problems, a, 413);
                    } else {
                        expect(problems, a, 200, 201, 422);
                    }
                    if (a.status() == 422
                            && (a.reason() == null
                                    || a.body().path("message").asText("").isBlank())) {
                        problems.add("422 without a reason and message: " + a);
                    }
                    if (f.getFileName()
                            .toString()
                            .matches("testPassword4Spaces\\.pdf|testUnicodePassword\\.pdf|testPDF_protected\\.pdf")) {
                        encrypted.put(f.getFileName().toString(), a);
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            uploaders.shutdownNow();
        }
        assertTrue(
                encrypted.values().stream().anyMatch(a -> a.status() == 422 && "encrypted".equals(a.reason())),
                "a password-protected PDF is refused as encrypted: " + encrypted.values());
    }

    private static void expect(List<String> problems, Answer a, int... statuses) {
        if (!a.name().contains("_")) { // the generated files, not the test documents
            System.out.println("hostile documents: " + a);
        }
        for (int st : statuses) {
            if (a.status() == st) {
                if (a.millis() > PARSE_LIMIT.toMillis() + 30_000) {
                    problems.add("too slow: " + a);
                }
                return;
            }
        }
        problems.add("expected " + Arrays.toString(statuses) + ": " + a);
    }

    /** One entry of {@code bytes} of repeated text, compressed about a thousandfold. */
    static byte[] zipBomb(long bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] block = "All work and no play makes the parser a dull boy. "
                    .repeat(20_000)
                    .getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < bytes; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A zip in a zip ... {@code levels} deep, with a briefing at the bottom. */
    static byte[] nestedZip(int levels) throws IOException {
        byte[] inner = "Nested briefing\n\nThe bottom of a deeply nested archive, about Bolivia's lithium."
                .repeat(3)
                .getBytes(StandardCharsets.UTF_8);
        String name = "bottom.txt";
        for (int i = 0; i < levels; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(inner);
                zip.closeEntry();
            }
            inner = out.toByteArray();
            name = "level-" + i + ".zip";
        }
        return inner;
    }

    static byte[] zipOfTexts(int n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < n; i++) {
                zip.putNextEntry(new ZipEntry("entry-" + i + ".txt"));
                zip.write(("Entry " + i + " of an archive\n\nA briefing on Uruguay's pension reform, number " + i
                                + ", with enough text to count as a document of its own.")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] deepHtml(int depth) {
        return ("<html><head><title>Deep</title></head><body>" + "<div>".repeat(depth) + "Deep text about Peru."
                        + "</div>".repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
