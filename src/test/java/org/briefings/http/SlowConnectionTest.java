package org.briefings.http;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow and abandoned connections are cut off after the configured request timeout (1 s here), so
 * they cannot hold the server's connections or worker threads; and requests that are malformed on
 * the wire get a 4xx, not a 5xx. The tests wait for the server to close a connection up to a
 * deadline far beyond that timeout, so a loaded machine cannot fail them, while a server that
 * never closes still does.
 */
@Slow
@Timeout(180)
class SlowConnectionTest {

    static final Duration TIMEOUT = Duration.ofSeconds(1);

    /** How long a test waits for the server to act: many times {@link #TIMEOUT}. */
    static final Duration DEADLINE = Duration.ofSeconds(20);

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

    /**
     * Sends {@code start}, then reads until the server closes the connection; fails when it is still
     * open at the {@link #DEADLINE}. Returns what the server said.
     */
    private static String sendAndWait(String start) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), s.server.port())) {
            socket.setSoTimeout((int) DEADLINE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(start.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder said = new StringBuilder();
            byte[] buf = new byte[4096];
            try {
                int n;
                while ((n = in.read(buf)) > 0) {
                    said.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (SocketTimeoutException e) {
                fail("the server kept a stalled connection open for " + DEADLINE.toSeconds() + " s: " + start.strip());
            } catch (IOException e) {
                // reset: closed as well
            }
            return said.toString();
        }
    }

    @Test
    void aRequestHeadThatNeverEndsIsCutOff() throws Exception {
        String said = sendAndWait("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        assertFalse(said.startsWith("HTTP/1.1 5"), said);
    }

    @Test
    void aBodyThatStopsHalfWayIsCutOffAndLeavesNothingBehind() throws Exception {
        String said = sendAndWait("POST /api/documents?name=half.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\nOnly the first few bytes of a briefing");
        assertFalse(said.startsWith("HTTP/1.1 5"), said);
        assertFalse(said.contains("\"status\":201"), said);
        Path incoming = s.corpus.resolve(".incoming");
        long deadline = System.nanoTime() + DEADLINE.toNanos();
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
        String said = sendAndWait("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertTrue(said.startsWith("HTTP/1.1 200"), said);
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
            String said = sendAndWait(request);
            String status = said.length() >= 12 ? said.substring(9, 12) : "(closed)";
            assertFalse(status.startsWith("5"), request.substring(0, Math.min(60, request.length())) + " -> " + said);
        }
    }
}
