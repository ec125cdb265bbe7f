package org.briefings.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.briefings.Briefing;

/**
 * Hands briefings to the {@link IndexListener} once a refresh has made them searchable. What was
 * written before a refresh begins is certainly visible after it; what is written during it waits for
 * the next one.
 */
final class Handover implements ReferenceManager.RefreshListener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Handover.class);

    private final SearcherManager searchers;
    private final ConcurrentLinkedQueue<IndexListener.Indexed> pending = new ConcurrentLinkedQueue<>();
    private volatile IndexListener listener = IndexListener.NONE;
    private List<IndexListener.Indexed> inFlight = List.of();

    Handover(SearcherManager searchers) {
        this.searchers = searchers;
    }

    void listener(IndexListener l) {
        listener = l == null ? IndexListener.NONE : l;
    }

    IndexListener listener() {
        return listener;
    }

    /**
     * A briefing was written to the index writer (not yet visible). Kept, with its whole document,
     * until the next refresh hands it over; with no listener there is nobody to hand it to, and a
     * writer that never refreshes (a bulk build) would otherwise hold every document it wrote.
     */
    void written(Briefing b, Document doc) {
        if (listener != IndexListener.NONE) {
            pending.add(new IndexListener.Indexed(b, doc));
        }
    }

    /** How many written briefings wait for the next refresh. */
    int waiting() {
        return pending.size();
    }

    @Override
    public void beforeRefresh() {
        List<IndexListener.Indexed> batch = new ArrayList<>();
        for (IndexListener.Indexed i; (i = pending.poll()) != null; ) {
            batch.add(i);
        }
        inFlight = batch;
    }

    @Override
    public void afterRefresh(boolean didRefresh) throws IOException {
        List<IndexListener.Indexed> batch = inFlight;
        inFlight = List.of();
        if (batch.isEmpty()) {
            return;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            listener.searchable(batch, searcher);
        } catch (IOException | RuntimeException e) {
            // what a listener derives must never fail the write that made the briefings searchable
            log.error("the index listener failed on {} briefings", batch.size(), e);
        } finally {
            searchers.release(searcher);
        }
    }
}
