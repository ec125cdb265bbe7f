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
}
