package org.briefings.http;

import java.time.Duration;

/**
 * How the server runs. Defaults are named constants; {@link #defaults()} is what {@code serve}
 * uses unless told otherwise.
 *
 * @param host           address to bind; loopback by default
 * @param port           port; 0 picks a free one (tests)
 * @param maxUploadBytes uploads above this are refused with 413 while streaming
 * @param writeToken     bearer token required for uploads and deletes, or null for none
 * @param readToken      bearer token required for everything else under /api, or null for none
 * @param commitEvery    how often pending index changes are committed
 * @param rescanEvery    the time from the end of one rescan of the corpus folder to the next,
 *                       besides the file watch; zero for no periodic rescan
 * @param requestTimeout a request taking longer than this to arrive is cut off
 */
public record ServerConfig(
        String host,
        int port,
        long maxUploadBytes,
        String writeToken,
        String readToken,
        Duration commitEvery,
        Duration rescanEvery,
        Duration requestTimeout) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 100L * 1024 * 1024;
    public static final Duration DEFAULT_COMMIT_EVERY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RESCAN_EVERY = Duration.ofSeconds(60);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public static ServerConfig defaults() {
        return new ServerConfig(
                DEFAULT_HOST,
                DEFAULT_PORT,
                DEFAULT_MAX_UPLOAD_BYTES,
                null,
                null,
                DEFAULT_COMMIT_EVERY,
                DEFAULT_RESCAN_EVERY,
                DEFAULT_REQUEST_TIMEOUT);
    }

    public ServerConfig withHostPort(String h, int p) {
        return new ServerConfig(h, p, maxUploadBytes, writeToken, readToken, commitEvery, rescanEvery, requestTimeout);
    }

    public ServerConfig withMaxUploadBytes(long n) {
        return new ServerConfig(host, port, n, writeToken, readToken, commitEvery, rescanEvery, requestTimeout);
    }

    public ServerConfig withTokens(String write, String read) {
        return new ServerConfig(
                host,
                port,
                maxUploadBytes,
                blankToNull(write),
                blankToNull(read),
                commitEvery,
                rescanEvery,
                requestTimeout);
    }

    public ServerConfig withRescanEvery(Duration d) {
        return new ServerConfig(host, port, maxUploadBytes, writeToken, readToken, commitEvery, d, requestTimeout);
    }

    /**
     * How long a connection may sit idle, or take to send its request line, headers or the next
     * part of its body, before it is closed (slow or abandoned clients must not hold a worker).
     */
    public ServerConfig withRequestTimeout(Duration d) {
        return new ServerConfig(host, port, maxUploadBytes, writeToken, readToken, commitEvery, rescanEvery, d);
    }

    /** Time allowed to receive a request's line and headers: the request timeout, at most 10 s. */
    public Duration headerTimeout() {
        return requestTimeout.compareTo(Duration.ofSeconds(10)) < 0 ? requestTimeout : Duration.ofSeconds(10);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
