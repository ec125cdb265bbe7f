package org.briefings.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: it records each POST (headers and body) and
 * answers 200, or hangs without answering. {@link #refusing()} gives a port where nothing listens.
 */
public final class Receiver implements AutoCloseable {

    /** One request received. */
    public record Received(Map<String, List<String>> headers, byte[] body) {}

    public final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final CountDownLatch release = new CountDownLatch(1);

    private Receiver(boolean hang) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            if (hang) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    /** A receiver that answers 200 to every POST. */
    public static Receiver answering() throws IOException {
        return new Receiver(false);
    }

    /** A receiver that reads each request and never answers (until closed). */
    public static Receiver hanging() throws IOException {
        return new Receiver(true);
    }

    /** A loopback URL where nothing listens: connections are refused. */
    public static String refusing() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        return "http://127.0.0.1:" + port + "/hook";
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
