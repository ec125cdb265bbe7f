package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.index.FacetCuration;
import org.briefings.index.FacetDimension;
import org.briefings.index.IndexListener;

/**
 * The write side of {@link SolrIndex}: files' briefings replaced and deleted with {@code
 * commitWithin} one second, {@link #refresh} as a soft commit (so an upload is searchable when its
 * answer leaves; Solr's update log has made it durable before that), hard commits, copy grouping
 * ({@link SolrCopyGroups}) and curation rewrites from the stored records. One lock orders the
 * writes of this process, as the embedded index's writer does.
 *
 * <p>The watches hear of each written batch as on the embedded index, with a searcher over a small
 * in-memory index of the batch ({@link MemoryHandover}).
 */
final class SolrWrites {

    private static final int COMMIT_WITHIN_MS = 1_000;
    private static final int PAGE = 5_000;
    private static final int REWRITE_BATCH = 500;

    private final SolrRequests solr;
    private final SolrCopyGroups copyGroups;
    private final Object writeLock = new Object();
    private final AtomicBoolean unrefreshed = new AtomicBoolean();
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    private final AtomicLong lastCommit = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private List<IndexListener.Indexed> pending = new ArrayList<>();
    private volatile IndexListener listener = IndexListener.NONE;
    private volatile FacetCuration curation = FacetCuration.NONE;

    SolrWrites(SolrRequests solr, SolrCopyGroups copyGroups) {
        this.solr = solr;
        this.copyGroups = copyGroups;
    }

    void replaceFile(String filePath, List<Briefing> briefings, BriefingDocuments.FileInfo file) throws IOException {
        synchronized (writeLock) {
            update(new UpdateRequest().deleteByQuery(SolrRequests.term(FILE_PATH, filePath)));
            copyGroups.deleted();
            if (briefings.isEmpty()) {
                return;
            }
            UpdateRequest add = new UpdateRequest();
            add.setCommitWithin(COMMIT_WITHIN_MS);
            List<IndexListener.Indexed> written = new ArrayList<>();
            for (Briefing b : briefings) {
                Document doc = BriefingDocuments.toDocument(b, file, curation);
                add.add(SolrDocuments.toSolr(doc));
                written.add(new IndexListener.Indexed(b, doc));
            }
            update(add);
            pending.addAll(written);
        }
    }

    /**
     * Replaces several files' briefings with two requests for the whole batch: one delete of every
     * path's old briefings (one query), then one add of the new ones with {@code commitWithin}. When
     * Solr refuses the batch (one document it cannot take fails the whole request, and the documents
     * before it may be in), each file is written again on its own, as {@link #replaceFile} does, so a
     * bad file fails alone and every other one is written; replacing a file twice leaves it as once.
     */
    Map<String, Exception> replaceFiles(List<BriefingIndex.FileWrite> writes) {
        synchronized (writeLock) {
            try {
                List<String> paths = new ArrayList<>(writes.size());
                writes.forEach(w -> paths.add(w.filePath()));
                update(new UpdateRequest().deleteByQuery(anyPath(paths)));
                copyGroups.deleted();
                UpdateRequest add = new UpdateRequest();
                add.setCommitWithin(COMMIT_WITHIN_MS);
                List<IndexListener.Indexed> written = new ArrayList<>();
                for (BriefingIndex.FileWrite w : writes) {
                    for (Briefing b : w.briefings()) {
                        Document doc = BriefingDocuments.toDocument(b, w.file(), curation);
                        add.add(SolrDocuments.toSolr(doc));
                        written.add(new IndexListener.Indexed(b, doc));
                    }
                }
                if (!written.isEmpty()) {
                    update(add);
                }
                pending.addAll(written);
                return Map.of();
            } catch (IOException | RuntimeException e) {
                Map<String, Exception> failed = new LinkedHashMap<>();
                for (BriefingIndex.FileWrite w : writes) {
                    try {
                        replaceFile(w.filePath(), w.briefings(), w.file());
                    } catch (IOException | RuntimeException f) {
                        failed.put(w.filePath(), f);
                    }
                }
                return failed;
            }
        }
    }

    /** A query for the briefings of any of these files: one quoted exact term per path, ORed. */
    static String anyPath(List<String> paths) {
        StringBuilder q = new StringBuilder("{!lucene q.op=OR}");
        for (String path : paths) {
            q.append(FILE_PATH).append(":\"");
            for (int i = 0; i < path.length(); i++) {
                char c = path.charAt(i);
                if (c == '"' || c == '\\') {
                    q.append('\\');
                }
                q.append(c);
            }
            q.append("\" ");
        }
        return q.toString().strip();
    }

    void deleteFile(String filePath) throws IOException {
        synchronized (writeLock) {
            update(new UpdateRequest().deleteByQuery(SolrRequests.term(FILE_PATH, filePath)));
            copyGroups.deleted();
        }
    }

    void delete(String id) throws IOException {
        synchronized (writeLock) {
            update(new UpdateRequest().deleteById(id));
            update(new UpdateRequest().deleteByQuery(SolrRequests.term(CONTAINER_ID, id)));
            copyGroups.deleted();
        }
    }

    /**
     * Re-adds briefing {@code id} with its passage vectors, rebuilt from its stored record (as a
     * curation rewrite is) in its copy group, with the version real-time get read it at. Not an atomic
     * update: Solr rebuilds those from stored and docValues fields, and the analysed ones here (the
     * ranked title, names, event dates, band terms) are neither. The version makes Solr refuse the
     * add if the briefing was deleted or rewritten since it was read (by any engine: read again, up to
     * three times); the write lock keeps this process's own rewrites from interleaving.
     *
     * @return false when the briefing is no longer indexed
     */
    boolean addVectors(String id, List<float[]> vectors) throws IOException {
        synchronized (writeLock) {
            for (int attempt = 1; ; attempt++) {
                SolrDocument d = realTimeGet(id);
                if (d == null) {
                    return false;
                }
                Document stored = SolrDocuments.stored(d);
                Briefing tagged = BriefingDocuments.taggedFromDocument(stored);
                String group = stored.get(COPY_GROUP);
                BriefingDocuments.CopyState copy = d.getFirstValue(COPY_PENDING) instanceof Number pending
                        ? new BriefingDocuments.CopyState(group == null ? id : group, pending.longValue() != 0)
                        : BriefingDocuments.CopyState.kept(group, id);
                SolrInputDocument doc = SolrDocuments.toSolr(
                        BriefingDocuments.toDocument(tagged, BriefingDocuments.fileInfo(stored), curation, copy));
                SolrDocuments.setVectors(doc, vectors);
                doc.setField(VERSION_FIELD, d.getFirstValue(VERSION_FIELD));
                UpdateRequest add = new UpdateRequest();
                add.setCommitWithin(COMMIT_WITHIN_MS);
                add.add(doc);
                try {
                    update(add);
                    return true;
                } catch (IOException e) {
                    if (!(e.getCause() instanceof SolrException se && se.code() == 409) || attempt >= 3) {
                        throw e;
                    }
                }
            }
        }
    }

    private static final String VERSION_FIELD = "_version_";

    private SolrDocument realTimeGet(String id) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("fl", SolrDocuments.FULL_FIELDS + "," + COPY_PENDING + "," + VERSION_FIELD);
        try {
            return solr.client().getById(solr.collection(), id, p);
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud could not read briefing " + id + ": " + e.getMessage(), e);
        }
    }

    private void update(UpdateRequest r) throws IOException {
        try {
            r.process(solr.client(), solr.collection());
            sent.incrementAndGet();
            unrefreshed.set(true);
            uncommitted.set(true);
        } catch (SolrServerException | SolrException e) {
            throw SolrRequests.failure("an update", e);
        }
    }

    void refresh() throws IOException {
        List<IndexListener.Indexed> batch;
        synchronized (writeLock) {
            if (!unrefreshed.getAndSet(false)) {
                return;
            }
            try {
                solr.client().commit(solr.collection(), true, true, true);
                sent.incrementAndGet();
            } catch (SolrServerException | SolrException e) {
                unrefreshed.set(true);
                throw SolrRequests.failure("a soft commit (a new searcher)", e);
            }
            batch = pending;
            pending = new ArrayList<>();
        }
        if (!batch.isEmpty()) {
            MemoryHandover.tell(listener, batch);
        }
    }

    void commit() throws IOException {
        refresh();
        listener.beforeCommit();
        try {
            UpdateRequest r = new UpdateRequest();
            r.setAction(UpdateRequest.ACTION.COMMIT, true, true);
            r.setParam("openSearcher", "false");
            r.process(solr.client(), solr.collection());
            uncommitted.set(false);
            lastCommit.set(System.currentTimeMillis());
        } catch (SolrServerException | SolrException e) {
            throw SolrRequests.failure("a commit", e);
        }
    }

    /** How many updates and soft commits this engine has sent: what searches see may have changed since. */
    long sent() {
        return sent.get();
    }

    boolean hasUncommittedChanges() {
        return uncommitted.get();
    }

    Instant lastCommit() {
        long t = lastCommit.get();
        return t == 0 ? null : Instant.ofEpochMilli(t);
    }

    /** Groups the briefings written or deleted since the last pass, visible to searches when it returns. */
    int groupCopies() throws IOException {
        int changed;
        synchronized (writeLock) {
            refresh(); // the pending briefings must be visible to the pass's queries
            changed = copyGroups.group(curation, this::update);
        }
        refresh();
        return changed;
    }

    void setListener(IndexListener l) {
        listener = l == null ? IndexListener.NONE : l;
    }

    FacetCuration curation() {
        return curation;
    }

    /**
     * Rewrites the briefings whose tagged values a rule change touches (and, at start, every one a
     * rule changed before) from their stored records, then makes them searchable.
     */
    int curate(FacetCuration next, Map<FacetDimension, Set<String>> changed, boolean recheckCurated)
            throws IOException {
        int rewritten;
        synchronized (writeLock) {
            curation = next;
            StringBuilder q = new StringBuilder("{!bool");
            ModifiableSolrParams p = new ModifiableSolrParams();
            int n = 0;
            for (Map.Entry<FacetDimension, Set<String>> e : changed.entrySet()) {
                for (String v : e.getValue()) {
                    p.set("c" + (++n), SolrRequests.term(taggedField(e.getKey()), v));
                    q.append(" should=$c").append(n);
                }
            }
            if (recheckCurated) {
                p.set("c" + (++n), SolrRequests.term(CURATED, "1"));
                q.append(" should=$c").append(n);
            }
            if (n == 0) {
                return 0;
            }
            // a rewrite of every touched briefing from its stored record; the tagged values and the
            // copy group stay
            p.set("q", q.append('}').toString());
            p.set("fl", SolrDocuments.REWRITE_FIELDS);
            List<SolrInputDocument> batch = new ArrayList<>();
            int[] count = new int[1];
            try {
                solr.walk(p, PAGE, d -> {
                    Document stored = SolrDocuments.stored(d);
                    Briefing tagged = BriefingDocuments.taggedFromDocument(stored);
                    batch.add(SolrDocuments.carryVectors(
                            d,
                            SolrDocuments.toSolr(BriefingDocuments.toDocument(
                                    tagged,
                                    BriefingDocuments.fileInfo(stored),
                                    next,
                                    BriefingDocuments.CopyState.kept(stored.get(COPY_GROUP), tagged.id())))));
                    count[0]++;
                    if (batch.size() >= REWRITE_BATCH) {
                        send(batch); // a rule over a million briefings never holds them all
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            send(batch);
            rewritten = count[0];
        }
        refresh();
        return rewritten;
    }

    private void send(List<SolrInputDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            update(new UpdateRequest().add(batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }
}
