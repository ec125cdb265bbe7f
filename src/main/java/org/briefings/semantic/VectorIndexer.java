package org.briefings.semantic;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.IndexSearcher;
import org.briefings.Briefing;
import org.briefings.index.BriefingIndex;
import org.briefings.index.IndexListener;
import org.briefings.index.PassageVectors;
import org.briefings.search.SearchMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link PassageVectors} in step with the briefings' index (embedded or SolrCloud), on one
 * background thread, so no upload, reconciliation or delete waits for the model. As an {@link IndexListener} it hears of
 * every briefing made searchable (whichever path wrote it) and queues its id; of every delete, and
 * then sweeps the vectors of briefings that are gone. {@link #start} runs the same comparison over
 * the whole index once (after a crash, after {@code index} without {@code --semantic}, after a
 * rebuilt index), so vectors are neither lost nor orphaned whatever happened while it was off.
 *
 * <p>Only ids wait in the queue; each briefing is read back from the index when its turn comes (a
 * large reconciliation does not hold texts in memory, and one deleted meanwhile is skipped). A
 * briefing whose id already has vectors is not embedded again: an id is a content hash, and
 * curation rewrites do not change the text.
 */
public final class VectorIndexer implements IndexListener, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(VectorIndexer.class);
    /** Vectors become searchable at least this often while a long queue is worked through. */
    private static final long REFRESH_NANOS = 1_000_000_000L;
    /** Changes are committed at least this often; what a crash loses is embedded again at start. */
    private static final long COMMIT_NANOS = 30_000_000_000L;
    /**
     * Sweeps for deleted briefings wait at least this long after the previous one, and at least 20
     * times as long as it took (a sweep walks every id, so a large index sweeps less often).
     */
    private static final long SWEEP_NANOS = 5_000_000_000L;

    private final BriefingIndex index;
    private final PassageVectors store;
    private final SentenceModel model;
    private final Thread worker;
    private final LinkedHashSet<String> queue = new LinkedHashSet<>();
    private volatile String inHand;
    private volatile boolean started;
    private volatile boolean sweepWanted;
    private volatile boolean closed;
    /** True while a sweep runs or changes wait for their refresh: not idle even with nothing queued. */
    private volatile boolean working;

    private final AtomicLong embedded = new AtomicLong();
    private final AtomicLong passages = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong swept = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    public VectorIndexer(BriefingIndex index, PassageVectors store, SentenceModel model) {
        this.index = index;
        this.store = store;
        this.model = model;
        this.worker = new Thread(this::run, "embed");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    /** The store's name for what wrote its vectors: another model or passage cutting empties it. */
    public static String storeKey() {
        return SentenceModel.NAME + "; passages " + Passages.WORDS + " words x " + Passages.MAX_PASSAGES;
    }

    /** Whether briefing {@code id} has searchable vectors. */
    public boolean has(String id) throws IOException {
        return store.has(id);
    }

    @Override
    public void searchable(List<Indexed> briefings, IndexSearcher searcher) {
        synchronized (queue) {
            for (Indexed i : briefings) {
                queue.add(i.briefing().id());
            }
            queue.notifyAll();
        }
    }

    @Override
    public void beforeCommit() {}

    @Override
    public void deleted() {
        sweepWanted = true;
    }

    /**
     * Compares the whole index with the store once, in the background: sweeps vectors of briefings
     * that are gone and queues briefings without vectors. Called once the first reconciliation is
     * done, so that a rebuilt index is refilled before its old vectors could be swept.
     */
    public void start() {
        if (started) {
            return; // later reconciliations report their deletes as they make them
        }
        started = true;
        sweepWanted = true;
        synchronized (queue) {
            queue.notifyAll();
        }
    }

    /** Briefings waiting for their vectors (queued or being embedded). */
    public int pending() {
        synchronized (queue) {
            return queue.size() + (inHand == null ? 0 : 1);
        }
    }

    /** Whether a briefing's vectors are searchable ({@code ready}) or still to come ({@code pending}). */
    public String state(String id) throws IOException {
        synchronized (queue) {
            if (queue.contains(id) || id.equals(inHand)) {
                return "pending";
            }
        }
        return store.has(id) ? "ready" : "pending";
    }

    /** Waits until nothing is queued and the start-up comparison is done; false when {@code timeout} passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending() > 0 || (started && sweepWanted) || working) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** What {@code /api/stats} shows: the model, the queue, the store and what embedding has cost. */
    public Map<String, Object> stats() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "on");
        m.put("modes", List.of(SearchMode.KEYWORD.json(), SearchMode.HYBRID.json()));
        m.put("model", SentenceModel.NAME);
        m.put("modelLoaded", model.loaded());
        m.put("pending", pending());
        m.put("ready", store.briefings());
        m.put("passages", store.passages());
        m.putAll(store.location());
        long n = embedded.get();
        long p = passages.get();
        m.put("embeddedSinceStart", n);
        m.put("msPerBriefing", n == 0 ? null : Math.round(nanos.get() / 1e4 / n) / 100.0);
        m.put("msPerPassage", p == 0 ? null : Math.round(nanos.get() / 1e4 / p) / 100.0);
        m.put("sweptSinceStart", swept.get());
        m.put("failures", failures.get());
        return m;
    }

    private void run() {
        long lastRefresh = System.nanoTime();
        long lastCommit = System.nanoTime();
        long lastSweep = 0;
        long sweepGap = SWEEP_NANOS;
        boolean dirty = false;
        boolean uncommitted = false;
        while (!closed) {
            try {
                String id = next();
                if (id != null) {
                    dirty |= embed(id);
                } else if (started && sweepWanted && System.nanoTime() - lastSweep > sweepGap) {
                    working = true;
                    sweepWanted = false;
                    long t0 = System.nanoTime();
                    dirty |= sweep();
                    lastSweep = System.nanoTime();
                    sweepGap = Math.max(SWEEP_NANOS, 20 * (lastSweep - t0));
                }
                boolean idle = pending() == 0;
                if (dirty && (idle || System.nanoTime() - lastRefresh > REFRESH_NANOS)) {
                    store.refresh();
                    lastRefresh = System.nanoTime();
                    dirty = false;
                    uncommitted = true;
                }
                if (uncommitted && (idle || System.nanoTime() - lastCommit > COMMIT_NANOS)) {
                    store.commit();
                    lastCommit = System.nanoTime();
                    uncommitted = false;
                }
            } catch (IOException | RuntimeException e) {
                failures.incrementAndGet();
                if (!closed) {
                    LOG.warn("semantic indexing: {}", e.toString());
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                working = dirty;
                inHand = null;
            }
        }
    }

    /** The next queued id (held as {@link #inHand}), or null after waiting a moment with nothing queued. */
    private String next() throws InterruptedException {
        synchronized (queue) {
            if (queue.isEmpty()) {
                queue.wait(200);
            }
            Iterator<String> it = queue.iterator();
            if (!it.hasNext()) {
                return null;
            }
            String id = it.next();
            it.remove();
            inHand = id;
            return id;
        }
    }

    /** Embeds one briefing unless it has vectors already or is gone; true when the store changed. */
    private boolean embed(String id) throws IOException {
        if (store.has(id)) {
            return false;
        }
        Optional<Briefing> b = index.get(id);
        if (b.isEmpty()) {
            return false; // deleted since it was queued
        }
        List<String> texts = Passages.of(b.get());
        long t0 = System.nanoTime();
        List<float[]> vectors = model.embedAll(texts);
        nanos.addAndGet(System.nanoTime() - t0);
        if (!store.put(id, vectors)) {
            return false; // deleted while it was embedded
        }
        embedded.incrementAndGet();
        passages.addAndGet(vectors.size());
        return true;
    }

    /** Deletes the vectors of briefings gone from the index and queues those missing; true when the store changed. */
    private boolean sweep() throws IOException {
        int gone = store.sweep(id -> {
            synchronized (queue) {
                queue.add(id);
            }
        });
        swept.addAndGet(gone);
        return gone > 0;
    }

    /**
     * Stops taking work and lets the briefing in hand finish (never interrupted: an interrupt during
     * index I/O would close Lucene's files), then closes the store; what was queued is embedded at
     * the next start.
     */
    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (queue) {
            queue.notifyAll();
        }
        try {
            worker.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
