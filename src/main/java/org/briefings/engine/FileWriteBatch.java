package org.briefings.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.briefings.Briefing;
import org.briefings.index.BriefingIndex;

/**
 * The reconciliation's extracted files on their way to the index, handed over a batch at a time
 * ({@link BriefingIndex#replaceFiles}) where the backend pays a round trip per request: on SolrCloud
 * one delete and one add for the batch instead of one of each per file. A batch is sent when it holds
 * {@link BriefingIndex#filesPerWrite} files or {@link #MAX_CHARS} characters of text, whichever comes
 * first, by the thread that filled it, and what is left by {@link #flush}. Each file is counted
 * (written or failed, with why) only when the index has answered for it, so a batch that fails in
 * part loses nothing: every file is either written or a counted failure that the next run retries.
 * On the embedded index a batch is one file, sent at once, as before.
 */
final class FileWriteBatch {

    /**
     * Text held before a batch is sent whatever its count, so a batch of long documents stays a
     * request of a few megabytes (Solr's default limit on a request body is 2 GB, its heap is not).
     */
    static final long MAX_CHARS = 4_000_000;

    private record Pending(BriefingIndex.FileWrite write, Runnable written, Consumer<Exception> failed) {}

    private final BriefingIndex index;
    private final int maxFiles;
    private List<Pending> pending = new ArrayList<>();
    private long chars;

    FileWriteBatch(BriefingIndex index) {
        this(index, index.filesPerWrite());
    }

    /** With batches of {@code maxFiles} files, whatever the index prefers (tests). */
    FileWriteBatch(BriefingIndex index, int maxFiles) {
        this.index = index;
        this.maxFiles = Math.max(1, maxFiles);
    }

    /**
     * Adds one file's briefings; {@code written} runs once the index has taken them, {@code failed}
     * (with why) if it could not. Sends the batch when it is full.
     */
    void add(BriefingIndex.FileWrite write, Runnable written, Consumer<Exception> failed) {
        List<Pending> full = null;
        synchronized (this) {
            pending.add(new Pending(write, written, failed));
            chars += chars(write);
            if (pending.size() >= maxFiles || chars >= MAX_CHARS) {
                full = take();
            }
        }
        if (full != null) {
            send(full);
        }
    }

    /** Sends what is held; files of a batch another thread is sending are that thread's to count. */
    void flush() {
        List<Pending> rest;
        synchronized (this) {
            rest = take();
        }
        send(rest);
    }

    private List<Pending> take() {
        List<Pending> batch = pending;
        pending = new ArrayList<>();
        chars = 0;
        return batch;
    }

    private void send(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<BriefingIndex.FileWrite> writes = new ArrayList<>(batch.size());
        batch.forEach(p -> writes.add(p.write()));
        Map<String, Exception> failures;
        try {
            failures = index.replaceFiles(writes);
        } catch (RuntimeException e) {
            for (Pending p : batch) {
                p.failed().accept(e);
            }
            return;
        }
        for (Pending p : batch) {
            Exception e = failures.get(p.write().filePath());
            if (e == null) {
                p.written().run();
            } else {
                p.failed().accept(e);
            }
        }
    }

    private static long chars(BriefingIndex.FileWrite write) {
        long n = 0;
        for (Briefing b : write.briefings()) {
            n += b.body().length() + b.title().length() + b.summary().length();
        }
        return n;
    }
}
