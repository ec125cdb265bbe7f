package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and abandoned connections are cut off after the configured request timeout (1 s here), so
 * they cannot hold the server's connections or worker threads; and requests that are malformed on
 * the wire get a 4xx, not a 5xx.
 */
@Timeout(120)
class SlowConnectionTest {

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(
                dir,
                ServerConfig.defaults().withRequestTimeout(TIMEOUT),
                false,
                c -> c.withIsolation(ParserIsolation.inProcess()));
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    /** Sends {@code start}, then waits; returns how long until the server closed the connection, and what it said. */
    private static Closed sendAndWait(String start) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            long t = System.nanoTime();
            InputStream in = socket.getInputStream();
            StringBuilder said = new StringBuilder();
            byte[] buf = new byte[4096];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    said.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (SocketTimeoutException e) {
                fail("the server kept a stalled connection open for 15 s: " + start.strip());
            } catch (IOException e) {
                // reset: closed as well
            }
            return new Closed(Duration.ofNanos(System.nanoTime() - t), said.toString());
        }
    }

    record Closed(Duration after, String said) {}

    @Test
    void aRequestHeadThatNeverEndsIsCutOff() throws Exception {
        Closed c = sendAndWait("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        assertTrue(c.after().compareTo(Duration.ofSeconds(6)) < 0, "closed after " + c.after());
        assertFalse(c.said().startsWith("HTTP/1.1 5"), c.said());
    }

    @Test
    void aBodyThatStopsHalfWayIsCutOffAndLeavesNothingBehind() throws Exception {
        Closed c = sendAndWait("POST /api/documents?name=half.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\nOnly the first few bytes of a briefing");
        assertTrue(c.after().compareTo(Duration.ofSeconds(6)) < 0, "closed after " + c.after());
        assertFalse(c.said().startsWith("HTTP/1.1 5"), c.said());
        assertFalse(c.said().contains("\"status\":201"), c.said());
        Path incoming = s.corpus.resolve(".incoming");
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (true) {
            List<Path> left;
            try (Stream<Path> files = Files.isDirectory(incoming) ? Files.list(incoming) : Stream.empty()) {
                left = files.toList();
            }
            if (left.isEmpty()) {
                break;
            }
            assertTrue(System.nanoTime() < deadline, "the half upload was removed: " + left);
            Thread.sleep(100);
        }
        assertEquals(0, s.engine.index().count(), "nothing was indexed");
    }

    @Test
    void anIdleKeepAliveConnectionIsClosed() throws Exception {
        Closed c = sendAndWait("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(c.said().startsWith("HTTP/1.1 200"), c.said());
        assertTrue(c.after().compareTo(Duration.ofSeconds(6)) < 0, "closed after " + c.after());
    }

    @Test
    void malformedRequestsOnTheWireGetA4xx() throws Exception {
        for (String request : List.of(
                "GET /api/search?q=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /api/search?q=% HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /api/search?q=%C0%AF%ED%A0%80 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /api/documents/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "BREW /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                "GET /api/search?q=a HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -5\r\nConnection: close\r\n\r\n",
                "GET " + "/x".repeat(40_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")) {
            Closed c = sendAndWait(request);
            String status = c.said().length() >= 12 ? c.said().substring(9, 12) : "(closed)";
            assertFalse(
                    status.startsWith("5"), request.substring(0, Math.min(60, request.length())) + " -> " + c.said());
        }
    }
}
