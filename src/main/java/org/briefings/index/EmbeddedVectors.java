package org.briefings.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.search.IndexSearcher;

/**
 * The passage vectors of the embedded index: a {@link VectorStore} in {@code index/vectors/}, kept
 * apart from the briefings' index (so no count, facet or export sees a passage) and compared with it
 * id by id when swept.
 */
public final class EmbeddedVectors implements PassageVectors {

    private final LuceneIndex index;
    private final VectorStore store;

    public EmbeddedVectors(LuceneIndex index, VectorStore store) {
        this.index = index;
        this.store = store;
    }

    public VectorStore store() {
        return store;
    }

    @Override
    public boolean has(String id) throws IOException {
        return store.has(id);
    }

    @Override
    public boolean put(String id, List<float[]> vectors) throws IOException {
        store.put(id, vectors);
        return true;
    }

    @Override
    public int sweep(Consumer<String> missing) throws IOException {
        index.refresh(); // a delete is visible before its sweep
        IndexSearcher main = index.acquire();
        try {
            store.refresh();
            int gone = store.deleteAbsent(main);
            store.forEachMissing(main, missing);
            return gone;
        } finally {
            index.release(main);
        }
    }

    @Override
    public void refresh() throws IOException {
        store.refresh();
    }

    @Override
    public void commit() throws IOException {
        store.commit();
    }

    @Override
    public long briefings() throws IOException {
        return store.briefings();
    }

    @Override
    public long passages() throws IOException {
        return store.passages();
    }

    @Override
    public Map<String, Object> location() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("store", "index/vectors");
        m.put("sizeOnDiskBytes", store.sizeOnDisk());
        return m;
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
