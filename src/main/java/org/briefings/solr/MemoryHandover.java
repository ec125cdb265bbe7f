package org.briefings.solr;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.briefings.index.BriefingSchema;
import org.briefings.index.IndexListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the {@link IndexListener} (the watches) of briefings a SolrCloud collection has made
 * searchable, with a searcher over a small in-memory Lucene index of just those briefings, built
 * from the same Lucene documents with the same analysis and facets: the watches' queries are Lucene
 * queries and run on it unchanged.
 */
final class MemoryHandover {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryHandover.class);

    static void tell(IndexListener listener, List<IndexListener.Indexed> batch) {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(BriefingSchema.analyzer()))) {
            for (IndexListener.Indexed i : batch) {
                w.addDocument(i.document());
            }
            try (DirectoryReader reader = DirectoryReader.open(w)) {
                listener.searchable(batch, new IndexSearcher(reader));
            }
        } catch (IOException | RuntimeException e) {
            // what a listener derives must never fail the write that made the briefings searchable
            LOG.error("the index listener failed on {} briefings", batch.size(), e);
        }
    }

    private MemoryHandover() {}
}
