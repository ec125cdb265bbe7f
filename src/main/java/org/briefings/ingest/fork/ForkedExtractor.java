package org.briefings.ingest.fork;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.ParserIsolation;
import org.briefings.ingest.PlainTextReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts documents in child JVMs ({@link ExtractionWorker}), so whatever a document does to its
 * parser happens outside the server's heap and threads. This class is the pool and the meaning of
 * the children's answers; one child's process and pipes are a {@link WorkerProcess}, the messages
 * are {@link WorkerProtocol}.
 *
 * <ul>
 *   <li><b>Pool.</b> At most {@link ParserIsolation#processes()} children, started when first needed
 *       and reused; each parses one document at a time. Callers beyond that wait for a free child.</li>
 *   <li><b>Memory.</b> Each child runs with {@code -Xmx<heapMb>} and {@code -XX:+ExitOnOutOfMemoryError}:
 *       a document that needs more dies with its child, is answered as a per-file error, and the
 *       next document gets a fresh child.</li>
 *   <li><b>Time.</b> The child applies the time limit itself and answers TIMEOUT (then exits, since the
 *       parser thread may still spin); if it does not answer within the limit plus a grace period the
 *       parent kills it. Either way the caller waits at most the limit plus the grace.</li>
 *   <li><b>Death.</b> A child that dies for any reason is replaced on the next request; a child that
 *       died while idle costs a retry, not the document.</li>
 *   <li><b>Answer size.</b> Answers are read with a byte bound derived from the text limit, so a
 *       child cannot make the parent buffer more than that.</li>
 *   <li><b>Shutdown.</b> {@link #close} closes the children's stdin (they exit) and kills any that
 *       linger; a child whose parent is killed exits by itself (stdin EOF, parent watch).</li>
 * </ul>
 */
public final class ForkedExtractor implements DocumentExtractor {

    private static final Logger log = LoggerFactory.getLogger(ForkedExtractor.class);

    /** How long a child may take to load Tika and say it is ready (slow on a busy machine). */
    static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    /**
     * How long closing waits for a child that writes the class archive as it exits ({@link
     * ClassArchive}; a few seconds, more on a busy machine) before it kills it, losing the archive.
     */
    static final Duration ARCHIVE_WAIT = Duration.ofSeconds(30);
    /** Exit status of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    static final int OOM_EXIT = 3;

    private final ExtractionLimits limits;
    private final ParserIsolation isolation;
    private final List<String> command;
    private final long maxAnswerBytes;
    private final Semaphore slots;
    private final Deque<WorkerProcess> idle = new ConcurrentLinkedDeque<>();
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Strict UTF-8 text and Markdown, read in this JVM without waking a child; null when off. */
    private final PlainTextReader plainText;

    private final AtomicLong readHere = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong documents = new AtomicLong();
    private final AtomicLong deaths = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong outOfMemory = new AtomicLong();

    public ForkedExtractor(ExtractionLimits limits, ParserIsolation isolation) {
        this(limits, isolation, ExtractionWorker.class.getName());
    }

    /**
     * @param workerMainClass the child's main class; tests pass a worker that misbehaves on purpose
     */
    public ForkedExtractor(ExtractionLimits limits, ParserIsolation isolation, String workerMainClass) {
        if (!isolation.forked()) {
            throw new IllegalArgumentException("ForkedExtractor needs a forked ParserIsolation");
        }
        this.limits = limits;
        this.isolation = isolation;
        this.slots = new Semaphore(isolation.processes(), true);
        this.maxAnswerBytes = Math.min(Integer.MAX_VALUE - 64L, 8L * limits.maxChars() + 64L * 1024 * 1024);
        this.command = WorkerProcess.command(isolation.heapMb(), isolation.jvmOptions(), workerMainClass, limits);
        this.plainText = PlainTextReader.enabled() ? new PlainTextReader(limits, new BackgroundLanguages()) : null;
    }

    @Override
    public ExtractionLimits limits() {
        return limits;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mode", "child-processes");
        m.put("processes", isolation.processes());
        m.put("heapMb", isolation.heapMb());
        m.put("jvmOptions", String.join(" ", isolation.jvmOptions()));
        m.put("running", live.size());
        m.put("started", started.get());
        m.put("documents", documents.get());
        m.put("plainTextReadHere", readHere.get());
        m.put("died", deaths.get());
        m.put("outOfMemory", outOfMemory.get());
        m.put("timeouts", timeouts.get());
        m.put("ocr", limits.ocr().describe());
        return m;
    }

    /** Starts one child in the background, unless every slot is already taken. */
    @Override
    public void warmUp() {
        Thread t = new Thread(
                () -> {
                    if (closed || !slots.tryAcquire()) {
                        return;
                    }
                    try {
                        if (idle.isEmpty()) {
                            idle.addFirst(start());
                        }
                    } catch (IngestException e) {
                        log.warn("could not start a parser process in advance: {}", e.getMessage());
                    } finally {
                        slots.release();
                    }
                },
                "parser-warm-up");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public Extraction extract(Path file, String sourcePath, String fileId) throws IngestException {
        // cheap refusals in the parent, so no child is woken for them (same answers as in-process)
        long size = limits.checkSize(file);
        if (plainText != null) {
            // strict UTF-8 text needs no parser library: read here, no round trip to a child
            Extraction read = plainText.read(file, sourcePath, fileId, size);
            if (read != null) {
                readHere.incrementAndGet();
                return read;
            }
        }
        byte[] request = WorkerProtocol.line(
                new WorkerProtocol.Request(file.toAbsolutePath().toString(), sourcePath, fileId));
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestException(
                    IngestException.Reason.TIMEOUT, "interrupted while waiting for a parser process", e);
        }
        try {
            documents.incrementAndGet();
            for (int attempt = 1; ; attempt++) {
                WorkerProcess child = take();
                try {
                    return call(child, request, sourcePath);
                } catch (ChildUnreachable e) {
                    // it died while idle (killed from outside, or its parent watch misfired): not this document's fault
                    discard(child);
                    if (attempt >= 2) {
                        throw new IngestException(
                                IngestException.Reason.IO_ERROR, "cannot reach a parser process: " + e.getMessage(), e);
                    }
                }
            }
        } finally {
            slots.release();
        }
    }

    /** Sends one request to a child and turns whatever happens into an extraction or an IngestException. */
    private Extraction call(WorkerProcess child, byte[] request, String sourcePath)
            throws IngestException, ChildUnreachable {
        if (!child.isAlive()) {
            throw new ChildUnreachable("exited while idle");
        }
        try {
            child.stdin.write(request);
            child.stdin.flush();
        } catch (IOException e) {
            throw new ChildUnreachable(e.toString());
        }
        long waitMs =
                limits.timeout().plus(WorkerProcess.grace(limits.timeout())).toMillis();
        Object message;
        try {
            message = child.messages.poll(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(child);
            throw new IngestException(IngestException.Reason.TIMEOUT, "interrupted while parsing", e);
        }
        if (message == null) {
            timeouts.incrementAndGet();
            kill(child);
            log.warn(
                    "parser process {} gave no answer on {} within {} s; killed it",
                    child.pid,
                    sourcePath,
                    waitMs / 1000);
            throw new IngestException(
                    IngestException.Reason.TIMEOUT,
                    "parsing took longer than " + limits.timeout().toSeconds() + " s (the parser process was stopped)");
        }
        if (message == WorkerProcess.TOO_LONG) {
            kill(child);
            throw new IngestException(
                    IngestException.Reason.TOO_LARGE,
                    "the extracted text is larger than " + maxAnswerBytes / (1024 * 1024) + " MB");
        }
        if (message == WorkerProcess.EOF) {
            throw died(child, sourcePath);
        }
        WorkerProtocol.Response r;
        try {
            r = WorkerProtocol.read((byte[]) message, WorkerProtocol.Response.class);
        } catch (IOException e) {
            if (child.awaitExit(Duration.ofSeconds(2)) != Integer.MIN_VALUE) {
                throw died(child, sourcePath); // its last words were not an answer
            }
            kill(child);
            throw new IngestException(
                    IngestException.Reason.CORRUPT, "the parser process gave an unreadable answer", e);
        }
        if (Boolean.TRUE.equals(r.restart())) {
            discard(child);
        } else {
            idle.addFirst(child);
        }
        if (r.isOk() && r.extraction() != null) {
            return r.extraction();
        }
        IngestException.Reason reason;
        try {
            reason = IngestException.Reason.valueOf(r.reason());
        } catch (RuntimeException e) {
            reason = IngestException.Reason.CORRUPT;
        }
        if (reason == IngestException.Reason.TIMEOUT) {
            timeouts.incrementAndGet();
        }
        throw new IngestException(reason, r.message() == null ? "cannot parse" : r.message());
    }

    /** The error for a document whose child died under it. */
    private IngestException died(WorkerProcess child, String sourcePath) {
        deaths.incrementAndGet();
        int code = child.awaitExit(Duration.ofSeconds(5));
        discard(child);
        String tail = child.stderrTail();
        if (code == OOM_EXIT || tail.contains("OutOfMemoryError")) {
            outOfMemory.incrementAndGet();
            log.warn("parser process {} ran out of memory on {}; starting a new one", child.pid, sourcePath);
            return new IngestException(
                    IngestException.Reason.CORRUPT,
                    "the parser ran out of memory (limit " + isolation.heapMb()
                            + " MB) on this document; it may be malformed or a decompression bomb");
        }
        log.warn(
                "parser process {} died on {} (exit status {}); starting a new one. Its last words: {}",
                child.pid,
                sourcePath,
                code,
                tail.isEmpty() ? "none" : tail);
        return new IngestException(
                IngestException.Reason.CORRUPT, "the parser process died on this document (exit status " + code + ")");
    }

    private WorkerProcess take() throws IngestException {
        WorkerProcess c;
        while ((c = idle.pollFirst()) != null) {
            if (c.isAlive()) {
                return c;
            }
            discard(c);
        }
        return start();
    }

    private WorkerProcess start() throws IngestException {
        if (closed) {
            throw new IngestException(IngestException.Reason.IO_ERROR, "the extractor is closed");
        }
        WorkerProcess c;
        try {
            c = WorkerProcess.start(command, maxAnswerBytes);
        } catch (IOException e) {
            throw new IngestException(
                    IngestException.Reason.IO_ERROR, "cannot start a parser process: " + e.getMessage(), e);
        }
        live.add(c);
        started.incrementAndGet();
        Object first;
        try {
            first = c.messages.poll(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill(c);
            throw new IngestException(
                    IngestException.Reason.IO_ERROR, "interrupted while starting a parser process", e);
        }
        try {
            if (first instanceof byte[] line
                    && WorkerProtocol.read(line, WorkerProtocol.Response.class).isReady()) {
                if (closed) {
                    kill(c);
                    throw new IngestException(IngestException.Reason.IO_ERROR, "the extractor is closed");
                }
                return c;
            }
        } catch (IOException e) {
            // not a ready line: reported below
        }
        kill(c);
        throw new IngestException(
                IngestException.Reason.IO_ERROR,
                "the parser process did not start"
                        + (first == null ? " within " + START_TIMEOUT.toSeconds() + " s" : "") + ": " + c.stderrTail());
    }

    private void kill(WorkerProcess c) {
        c.process.destroyForcibly();
        c.awaitExit(Duration.ofSeconds(5));
        discard(c);
    }

    private void discard(WorkerProcess c) {
        idle.remove(c);
        live.remove(c);
        if (c.isAlive()) {
            // a child that said it will exit gets a moment to do so, then is made to
            if (c.awaitExit(Duration.ofSeconds(2)) == Integer.MIN_VALUE) {
                c.process.destroyForcibly();
            }
        }
        c.closeStdin();
    }

    /**
     * Closes the children's stdin so they exit, and kills those still running after a few seconds
     * ({@link #ARCHIVE_WAIT} for one writing the class archive).
     */
    @Override
    public void close() {
        closed = true;
        List<WorkerProcess> all = new ArrayList<>(live);
        for (WorkerProcess c : all) {
            c.closeStdin();
        }
        long started = System.nanoTime();
        for (WorkerProcess c : all) {
            Duration wait = c.writesArchive ? ARCHIVE_WAIT : Duration.ofSeconds(3);
            long left = Math.max(0, started + wait.toNanos() - System.nanoTime());
            try {
                if (!c.process.waitFor(left, TimeUnit.NANOSECONDS)) {
                    c.process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                c.process.destroyForcibly();
            }
            c.deleteFolder();
            live.remove(c);
        }
        idle.clear();
    }

    /** The pids of the running children (tests check that none survive). */
    public List<Long> pids() {
        return live.stream().map(c -> c.pid).toList();
    }

    /** A child that could not be sent a request: it was already dead. */
    private static final class ChildUnreachable extends Exception {
        ChildUnreachable(String message) {
            super(message);
        }
    }
}
