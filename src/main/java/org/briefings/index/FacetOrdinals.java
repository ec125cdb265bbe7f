package org.briefings.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * The facet ordinals of the index's current reader. Building them walks every facet value, so they
 * are built once per reader and shared by every search on it until a refresh opens a new reader.
 */
final class FacetOrdinals {

    /** Facet ordinals for one reader. */
    private record ForReader(IndexReader reader, SortedSetDocValuesReaderState state) {}

    private volatile ForReader current;

    /** The ordinals of {@code reader}; null while the index holds no facet values at all (a new, empty index). */
    SortedSetDocValuesReaderState of(IndexReader reader) throws IOException {
        ForReader known = current;
        if (known != null && known.reader() == reader) {
            return known.state();
        }
        synchronized (this) {
            known = current;
            if (known != null && known.reader() == reader) {
                return known.state();
            }
            SortedSetDocValuesReaderState state;
            try {
                state = reader.numDocs() == 0
                        ? null
                        : new DefaultSortedSetDocValuesReaderState(reader, BriefingSchema.facetsConfig());
            } catch (IllegalArgumentException e) {
                state = null;
            }
            current = new ForReader(reader, state);
            return state;
        }
    }
}
