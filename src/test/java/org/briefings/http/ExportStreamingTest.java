package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.testing.Briefings;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of 20,000 briefings (added straight to the server's index) streams: its first rows
 * reach the client while the server is still writing (the request has not completed when a client
 * that stopped reading has its first bytes: about 20 MB of rows cannot all sit in socket buffers),
 * with no Content-Length, and all 20,000 rows arrive, more than a search's exact total of 10,000.
 * Memory itself is not measured here (see MatchScanner: one page of ScoreDocs and one row at a time).
 */
@Slow
class ExportStreamingTest {

    static final int N = 20_000;

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        // no rescan during the test: the generated briefings have no file in the corpus
        s = new TestServer(dir, ServerConfig.defaults().withRescanEvery(Duration.ofHours(1)), false);
        List<Briefing> all = new ArrayList<>();
        String padding = " with a long title, so that the export is larger than any socket buffer".repeat(12);
        for (int i = 0; i < N; i++) {
            all.add(Briefings.of(
                    "Generated briefing " + i + padding,
                    "Body " + i + " on grain shipments.",
                    LocalDate.of(2001, 1, 1).plusDays(i % 7000).toString(),
                    List.of("UA"),
                    List.of("TR", "RU"),
                    List.of("Person " + i)));
        }
        s.engine
                .index()
                .replaceFile(
                        "generated.txt", all, new BriefingDocuments.FileInfo("e".repeat(64), "generated.txt", 1, 1));
        s.engine.index().refresh();
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static long exportsCompleted() throws Exception {
        return s.get("/metrics")
                .body()
                .lines()
                .filter(l -> l.startsWith("briefings_http_requests_total{endpoint=\"export\""))
                .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void twentyThousandRowsStreamBeforeTheLastIsWritten() throws Exception {
        assertEquals(N, s.engine.briefingCount());
        assertFalse(s.getJson("/api/search?size=0").get("totalExact").asBoolean(), "past the search's exact count");
        HttpResponse<InputStream> r = s.http.send(
                s.request("/api/export?format=csv&sort=oldest").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Length").isEmpty(), "streamed: no length known in advance");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            assertTrue(header.startsWith("id,title,published"), header);
            String first = in.readLine();
            assertTrue(first.contains("Generated briefing"), first);
            Thread.sleep(500); // give a server that had buffered everything time to finish
            assertEquals(0, exportsCompleted(), "the server is still writing while the client holds the first rows");
            try (CSVParser rest = CSVFormat.RFC4180.builder().get().parse(in)) {
                long rows = 1;
                for (CSVRecord rec : rest) {
                    assertEquals(14, rec.size());
                    rows++;
                }
                assertEquals(N, rows);
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (exportsCompleted() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(1, exportsCompleted());
    }
}
