package org.briefings.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefings.Briefing;
import org.briefings.search.BatchSearcher;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CountryCodes;
import org.briefings.search.EntityPage;
import org.briefings.search.Fusion;
import org.briefings.search.MatchScanner;
import org.briefings.search.QueryEmbedder;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.view.BriefingViews;

/**
 * Where an engine's briefings are indexed and searched: the one seam between the engine (uploads,
 * reconciliation, curation, watches, and through it HTTP, the CLI and the page) and the search
 * engine underneath. Two implementations: the embedded Lucene index in {@code index/} (the
 * default, {@code search.EmbeddedIndex}) and a SolrCloud collection ({@code solr.SolrIndex}). Nothing
 * above this interface knows which one it talks to, so both answer with the same JSON.
 *
 * <p>The interface names the search package's request and answer types because searching is half
 * of what an index is for; the implementations plan queries with the same {@code
 * search.RequestPlanner}, so the query syntax, its validation and its errors are the project's own
 * whichever engine runs them. Thread-safe.
 */
public interface BriefingIndex extends Closeable {

    /** The briefings that came from a file with this content hash, and the file's path. */
    record FileBriefings(String filePath, List<Briefing> briefings) {}

    // --- writing: reconciliation, uploads, deletes ---

    /**
     * Replaces everything that came from one file with the given briefings: deletes by file path,
     * then adds. Briefings with the same id elsewhere are replaced (the same bytes are one briefing).
     * Searchable after {@link #refresh}.
     */
    void replaceFile(String filePath, List<Briefing> briefings, BriefingDocuments.FileInfo file) throws IOException;

    /** One file's new briefings, for {@link #replaceFiles}. */
    record FileWrite(String filePath, List<Briefing> briefings, BriefingDocuments.FileInfo file) {}

    /**
     * Replaces several files' briefings, each as {@link #replaceFile} would. A backend that pays a
     * round trip per request (SolrCloud) sends them together; a file it cannot write fails alone, so
     * every other file of the batch is written. Searchable after {@link #refresh}.
     *
     * @return the files not written, by path, with why (empty when every file was written)
     */
    default Map<String, Exception> replaceFiles(List<FileWrite> writes) {
        Map<String, Exception> failed = new LinkedHashMap<>();
        for (FileWrite w : writes) {
            try {
                replaceFile(w.filePath(), w.briefings(), w.file());
            } catch (IOException | RuntimeException e) {
                failed.put(w.filePath(), e);
            }
        }
        return failed;
    }

    /**
     * How many files {@link #replaceFiles} is best given at once: 1 where a write costs no round
     * trip (the embedded index), more where it does (SolrCloud).
     */
    default int filesPerWrite() {
        return 1;
    }

    /** Deletes everything that came from the file at {@code filePath}. */
    void deleteFile(String filePath) throws IOException;

    /** Deletes a briefing and everything that was extracted from it (attachments, archive entries). */
    void delete(String id) throws IOException;

    /** Makes recent changes visible to searches; when it returns, a search finds them. */
    void refresh() throws IOException;

    /** Makes recent changes durable (the listener's {@link IndexListener#beforeCommit} first). */
    void commit() throws IOException;

    /** Whether a {@link #commit} has anything to do. */
    boolean hasUncommittedChanges();

    /** When the last commit happened, or null if never (or not known). */
    Instant lastCommit();

    /** Sets who hears of briefings made searchable and of commits (the engine's watches). */
    void setListener(IndexListener listener);

    /**
     * Puts briefings indexed or deleted since the last call into their copy groups and refreshes;
     * cheap when nothing changed. (On SolrCloud copies are not grouped yet: a refresh.)
     *
     * @return how many briefings changed group
     */
    int groupCopies() throws IOException;

    /** The other briefings of this briefing's copy group, its first member first; empty without copies. */
    List<Briefing> copiesOf(String id) throws IOException;

    /** Briefings like the one with this id, its copies left out, most similar first. */
    List<BriefingViews.Related> similar(String id, int size) throws IOException;

    /** A country's, person's or organisation's page ({@code search.EntityPages}). */
    EntityPage entity(String dim, String value, int latest, int limit) throws IOException;

    // --- curation ---

    /** The curation rules briefings are indexed with now. */
    FacetCuration curation();

    /**
     * Indexes every briefing from now on with {@code next}, and rewrites the indexed briefings it
     * changes from their stored records (no extraction), visible to searches when this returns.
     *
     * @return how many briefings were rewritten
     */
    int curate(FacetCuration next, Map<FacetDimension, Set<String>> changed, boolean recheckCurated) throws IOException;

    /** How many briefings were tagged with this value of a curated dimension (person, org, country). */
    int countTagged(FacetDimension dim, String value) throws IOException;

    // --- looking up ---

    /** The briefing with this id, if indexed. */
    Optional<Briefing> get(String id) throws IOException;

    /** Whether a briefing with this id is indexed. */
    boolean contains(String id) throws IOException;

    /** Whether anything from a file with this content hash is indexed. */
    boolean containsFile(String fileId) throws IOException;

    /** Everything indexed from the file with this content hash, or null when nothing is. */
    FileBriefings briefingsOfFile(String fileId) throws IOException;

    /**
     * What the index knows of each file: path -> (content hash, size, mtime). Reconciliation
     * compares this with the corpus folder.
     */
    Map<String, BriefingDocuments.FileInfo> indexedFiles() throws IOException;

    /**
     * The paths of the files whose briefings are scans indexed unread ({@link
     * FacetDimension#NEEDS_OCR}): reconciliation reads them again once OCR is available.
     */
    java.util.Set<String> needsOcrPaths() throws IOException;

    /** Number of briefings visible to searches. */
    int count() throws IOException;

    /**
     * How many briefings carry a flag ({@link FacetDimension#OCR}, {@link FacetDimension#NEEDS_OCR}):
     * a count of the matches and nothing else. {@code /api/stats} asks it on every call, and a
     * search filtered on the flag also counts every facet, which at a million briefings cost about
     * a second of a core per answer.
     */
    default long countFlagged(FacetDimension flag) throws IOException {
        return search(SearchRequest.builder()
                        .filter(flag.dim(), BriefingSchema.FLAG_SET)
                        .size(0)
                        .build())
                .total();
    }

    /** Bytes the index takes on disk (on every node, for a cluster, as far as it tells). */
    long sizeOnDisk();

    /** Where the index is, as a person reads it: a folder, or a collection and its cluster. */
    String location();

    /**
     * How this index weighs the title, summary and body fields in a relevance score, as
     * {@code /api/stats} tells it: {@code "bm25f"} (one field-weighted document) where the backend can
     * score that way, otherwise what it does instead and why (issue 17, item 5: a backend that cannot
     * match a ranking choice says so).
     */
    default java.util.Map<String, String> fieldWeighting() {
        return java.util.Map.of(
                "method", "bm25f",
                "detail",
                        "title, summary and body scored as one field-weighted document (Lucene's CombinedFieldQuery)");
    }

    /** Whether every part of the index is live (a cluster can lose a node); the embedded one always is. */
    default IndexHealth health() {
        return IndexHealth.LOCAL;
    }

    // --- searching ---

    /** One page of hits with facets, timeline and cursor ({@link SearchResponse}). */
    SearchResponse search(SearchRequest request) throws IOException;

    /**
     * Hands every match of {@code request} to {@code visitor} in the search's order, with no cap and
     * in constant memory (what an export writes).
     *
     * @return how many were handed over
     */
    long scan(SearchRequest request, MatchScanner.Visitor visitor) throws IOException;

    /**
     * The ids of the first {@code limit} matches of {@code request} in its order (what a new watch
     * records as its earlier matches), without loading the briefings.
     */
    List<String> ids(SearchRequest request, int limit) throws IOException;

    /** Many queries under the filters of {@code template}, each with its total and top hits. */
    void batch(SearchRequest template, List<String> queries, int top, BatchSearcher.Sink sink) throws IOException;

    /**
     * The Lucene query a watch matches new briefings with (see {@link BriefingSearcher.Selection}):
     * run by the watches on the searcher the {@link IndexListener} is given.
     */
    BriefingSearcher.Selection selection(SearchRequest request);

    /**
     * Turns on hybrid search ({@code mode=hybrid}, {@code --semantic}): queries are embedded by {@code
     * embedder} and fused with the keyword ranking by {@code fusion}; returns where this backend keeps
     * the passage vectors, for the background indexer to fill.
     *
     * @param modelKey names the model and the passage cutting the vectors are made with
     */
    PassageVectors enableHybrid(QueryEmbedder embedder, String modelKey, Fusion fusion) throws IOException;

    /** Country codes and names, as searches read and label them. */
    CountryCodes countries();
}
