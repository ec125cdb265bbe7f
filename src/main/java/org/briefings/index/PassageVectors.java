package org.briefings.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a backend keeps the passage vectors of semantic search, as {@code semantic.VectorIndexer}
 * fills them in the background: the embedded index in a {@link VectorStore} of its own beside it
 * ({@link EmbeddedVectors}), SolrCloud in dense vector fields of the briefings' own documents
 * ({@code solr.SolrVectors}). The indexer does not mind which.
 */
public interface PassageVectors extends Closeable {

    /** Whether briefing {@code id} has vectors (visible after the last {@link #refresh}). */
    boolean has(String id) throws IOException;

    /**
     * Writes the passage vectors of briefing {@code id}, searchable after {@link #refresh}.
     *
     * @return false when the briefing is no longer indexed (deleted since it was queued)
     */
    boolean put(String id, List<float[]> vectors) throws IOException;

    /**
     * Compares the vectors with the briefings' index: deletes the vectors of briefings gone and hands
     * every briefing without vectors to {@code missing}.
     *
     * @return how many briefings' vectors were deleted
     */
    int sweep(Consumer<String> missing) throws IOException;

    /** Makes recent writes visible to searches and to {@link #has}. */
    void refresh() throws IOException;

    /** Makes recent writes durable (what a crash loses is embedded again at the next start). */
    void commit() throws IOException;

    /** Briefings with vectors. */
    long briefings() throws IOException;

    /** Passages with vectors. */
    long passages() throws IOException;

    /** Where the vectors are, as {@code /api/stats} says it, with their size on disk when it is their own. */
    java.util.Map<String, Object> location();
}
