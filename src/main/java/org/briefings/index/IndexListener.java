package org.briefings.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.briefings.Briefing;

/**
 * Told about every briefing once a refresh has made it searchable, whatever wrote it (an upload,
 * a reconciliation, the {@code index} command), and before every commit. Standing searches
 * (watches) hang here, so every ingest path runs them in one place, after the refresh that makes a
 * briefing searchable.
 */
public interface IndexListener {

    /** Listens to nothing. */
    IndexListener NONE = new IndexListener() {
        @Override
        public void searchable(List<Indexed> briefings, IndexSearcher searcher) {}

        @Override
        public void beforeCommit() {}
    };

    /** A briefing as written: the record and the Lucene document made of it (facets applied). */
    record Indexed(Briefing briefing, Document document) {}

    /**
     * Called on the refreshing thread, after the refresh, with the briefings it made visible and a
     * searcher that sees them (do not release it). Refreshes are serialised, so calls never overlap.
     */
    void searchable(List<Indexed> briefings, IndexSearcher searcher) throws IOException;

    /**
     * Called before each commit of the index, while writes wait, after every briefing the commit
     * holds was {@link #searchable}: what the listener derives from them is made durable here, first.
     */
    void beforeCommit() throws IOException;

    /**
     * Called after briefings may have been deleted (a delete, a deleted file, a file replaced by
     * other contents), on the writing thread: must return at once. Nothing by default.
     */
    default void deleted() {}

    /** Both listeners, {@code first} first. */
    static IndexListener both(IndexListener first, IndexListener second) {
        return new IndexListener() {
            @Override
            public void searchable(List<Indexed> briefings, IndexSearcher searcher) throws IOException {
                first.searchable(briefings, searcher);
                second.searchable(briefings, searcher);
            }

            @Override
            public void beforeCommit() throws IOException {
                first.beforeCommit();
                second.beforeCommit();
            }

            @Override
            public void deleted() {
                first.deleted();
                second.deleted();
            }
        };
    }
}
