package org.briefings.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefings.Briefing;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;

/**
 * Written briefings wait, whole documents and all, for the refresh that hands them to the index's
 * listener. With no listener nothing may wait: a bulk build that never refreshes ran out of a 2 GB
 * heap at 80,000 briefings holding them.
 */
class HandoverTest {

    private static final Briefing KOREA = Briefings.of(
            "Coal exports", "North Korea shipped coal.", "2019-04-11", List.of("KP"), List.of(), List.of());

    @Test
    void withoutAListenerNothingIsKeptAndWithOneTheRefreshHandsItOver() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig());
                SearcherManager searchers = new SearcherManager(writer, null)) {
            Handover handover = new Handover(searchers);
            searchers.addListener(handover);
            for (int i = 0; i < 1000; i++) {
                handover.written(KOREA, new Document());
            }
            assertEquals(0, handover.waiting(), "no listener: nothing is kept for it");

            List<IndexListener.Indexed> heard = new ArrayList<>();
            handover.listener(new IndexListener() {
                @Override
                public void searchable(List<Indexed> briefings, IndexSearcher searcher) {
                    heard.addAll(briefings);
                }

                @Override
                public void beforeCommit() {}
            });
            handover.written(KOREA, new Document());
            assertEquals(1, handover.waiting());
            searchers.maybeRefreshBlocking();
            assertEquals(1, heard.size(), "the refresh hands the written briefing over");
            assertEquals(KOREA, heard.getFirst().briefing());
            assertEquals(0, handover.waiting());
        }
    }
}
