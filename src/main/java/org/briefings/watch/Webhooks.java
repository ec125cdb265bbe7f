package org.briefings.watch;

import java.io.Closeable;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.briefings.Json;
import org.briefings.view.BriefingViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a signed JSON POST per match to the watch's webhook, off the ingest path: a match is put
 * on a bounded queue (when it is full the delivery is dropped and counted) and a few sender
 * threads of their own post it, retrying with exponential backoff. A target that hangs costs a
 * sender thread up to the request timeout per attempt, never an upload; one that refuses costs a
 * failed attempt. The body is signed with HMAC-SHA256 under the watch's secret, in the header
 * {@value #SIGNATURE_HEADER} as {@code sha256=HEX}, so the receiver can check it came from us.
 */
public final class Webhooks implements WatchEvents, Closeable {

    private static final Logger log = LoggerFactory.getLogger(Webhooks.class);

    public static final String SIGNATURE_HEADER = "X-Briefings-Signature";
    static final int CAPACITY = 10_000;
    static final int ATTEMPTS = 6;
    static final int SENDERS = 2;

    /** Deliveries so far. */
    public record Stats(long delivered, long failedAttempts, long givenUp, long dropped, int queued) {}

    private final Duration timeout;
    private final Duration firstBackoff;
    private final HttpClient client;
    private final DelayQueue<Delivery> queue = new DelayQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder failedAttempts = new LongAdder();
    private final LongAdder givenUp = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final List<Thread> senders = new ArrayList<>();
    private volatile boolean closed;

    private static final class Delivery implements Delayed {
        final String url;
        final String secret;
        final String watchId;
        final byte[] body;
        final long seq;
        int attempts;
        long dueNanos = System.nanoTime();

        Delivery(String url, String secret, String watchId, long seq, byte[] body) {
            this.url = url;
            this.secret = secret;
            this.watchId = watchId;
            this.seq = seq;
            this.body = body;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(dueNanos, ((Delivery) o).dueNanos);
        }
    }

    /**
     * @param timeout      how long one attempt may take (connect and answer)
     * @param firstBackoff wait before the first retry; doubled for each next one
     */
    public Webhooks(Duration timeout, Duration firstBackoff) {
        this.timeout = timeout;
        this.firstBackoff = firstBackoff;
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (int i = 0; i < SENDERS; i++) {
            Thread t = new Thread(this::send, "webhooks-" + i);
            t.setDaemon(true);
            t.start();
            senders.add(t);
        }
    }

    public Stats stats() {
        return new Stats(delivered.sum(), failedAttempts.sum(), givenUp.sum(), dropped.sum(), queued.get());
    }

    @Override
    public void matched(Watch watch, Match match, BriefingViews.Hit briefing, int unread) {
        if (watch.webhook() == null || closed) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("watch", Map.of("id", watch.id(), "name", watch.name()));
        body.put("seq", match.seq());
        body.put("matchedAt", match.matchedAt().toString());
        body.put("briefing", briefing);
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writeValueAsBytes(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (queued.incrementAndGet() > CAPACITY) {
            queued.decrementAndGet();
            dropped.increment();
            return;
        }
        queue.add(new Delivery(watch.webhook(), watch.webhookSecret(), watch.id(), match.seq(), bytes));
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} under {@code secret}. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private void send() {
        while (!closed) {
            Delivery d;
            try {
                d = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            d.attempts++;
            boolean ok;
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(d.url))
                        .timeout(timeout)
                        .header("Content-Type", "application/json")
                        .header(SIGNATURE_HEADER, signature(d.secret, d.body))
                        .header("X-Briefings-Watch", d.watchId)
                        .header("X-Briefings-Delivery", d.watchId + "-" + d.seq)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(d.body))
                        .build();
                int status = client.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                ok = status / 100 == 2;
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                ok = false;
            }
            if (ok) {
                delivered.increment();
                queued.decrementAndGet();
            } else {
                failedAttempts.increment();
                if (d.attempts >= ATTEMPTS || closed) {
                    givenUp.increment();
                    queued.decrementAndGet();
                    log.warn("webhook of watch {} to {} failed {} times; given up", d.watchId, d.url, d.attempts);
                } else {
                    d.dueNanos = System.nanoTime() + (firstBackoff.toNanos() << (d.attempts - 1));
                    queue.add(d);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        senders.forEach(Thread::interrupt);
    }
}
