package org.briefings.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The passage vectors of semantic search, in a Lucene index of their own beside the briefings'
 * ({@code index/vectors/}), one document per passage keyed by its briefing's id. Apart, so that no
 * count, facet, export, watch or copy group of the briefings' index ever sees a passage, and so that
 * an engine without semantic search carries none of it.
 *
 * <p>Vectors are derived from a briefing's text, and a briefing's id is the hash of its bytes, so a
 * briefing's vectors stay valid as long as its id is indexed: curation rewrites keep them, a
 * deleted briefing's are swept ({@link #deleteAbsent}), a re-indexed file's new briefings get new
 * ones. The store records which model and passage cutting wrote it ({@code model} in the commit
 * data) and empties itself when that changes.
 */
public final class VectorStore implements Closeable {

    /** The briefing id a passage belongs to. */
    static final String BRIEFING = "briefing";
    /** The passage's number in its briefing (0 = title, summary and opening). */
    static final String PASSAGE = "passage";

    static final String VECTOR = "vector";
    private static final String MODEL_KEY = "model";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String model;

    /** A briefing found near a query vector: its id and its best passage's cosine with the query. */
    public record Near(String id, double cosine) {}

    private VectorStore(Path dir, String model) throws IOException {
        this.dir = dir;
        this.model = model;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig();
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        Map<String, String> data = new HashMap<>();
        if (writer.getLiveCommitData() != null) {
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        if (writer.getDocStats().numDocs > 0 && !model.equals(data.get(MODEL_KEY))) {
            writer.deleteAll(); // written by another model or passage cutting: not comparable
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens (or creates) the store in {@code dir}.
     *
     * @param model names the model and the passage cutting; vectors of another are dropped
     */
    public static VectorStore open(Path dir, String model) throws IOException {
        return new VectorStore(dir, model);
    }

    /** Replaces the passage vectors of briefing {@code id}. */
    public void put(String id, List<float[]> vectors) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            Document d = new Document();
            d.add(new StringField(BRIEFING, id, Field.Store.YES));
            d.add(new SortedDocValuesField(BRIEFING, new BytesRef(id)));
            d.add(new StoredField(PASSAGE, i));
            d.add(new KnnFloatVectorField(VECTOR, vectors.get(i), VectorSimilarityFunction.DOT_PRODUCT));
            docs.add(d);
        }
        writer.updateDocuments(new Term(BRIEFING, id), docs);
    }

    /** Deletes the vectors of briefing {@code id}. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(BRIEFING, id));
    }

    /** Whether briefing {@code id} has vectors (visible after the last {@link #refresh}). */
    public boolean has(String id) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(new TermQuery(new Term(BRIEFING, id))) > 0;
        } finally {
            searchers.release(s);
        }
    }

    /** Briefings with vectors. */
    public int briefings() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return LiveIds.count(s.getIndexReader(), BRIEFING);
        } finally {
            searchers.release(s);
        }
    }

    /** Passages with vectors. */
    public int passages() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /**
     * The briefings nearest {@code vector} by their best passage, nearest first: at most {@code
     * depth} briefings with a cosine of at least {@code minCosine}.
     *
     * @param allowed the only briefing ids that may be returned, or null for any
     */
    public List<Near> nearest(float[] vector, int depth, double minCosine, List<String> allowed) throws IOException {
        if (allowed != null && allowed.isEmpty()) {
            return List.of();
        }
        Query filter = allowed == null
                ? null
                : new TermInSetQuery(
                        BRIEFING, allowed.stream().map(BytesRef::new).toList());
        int k = depth * 3; // a briefing's passages often crowd the nearest few
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(new KnnFloatVectorQuery(VECTOR, vector, k, filter), k);
            Map<String, Near> best = new LinkedHashMap<>();
            for (ScoreDoc sd : top.scoreDocs) {
                double cosine = 2 * sd.score - 1; // Lucene scores a dot product d as (1 + d) / 2
                if (cosine < minCosine || best.size() >= depth) {
                    break;
                }
                String id = s.storedFields().document(sd.doc, Set.of(BRIEFING)).get(BRIEFING);
                best.putIfAbsent(id, new Near(id, cosine));
            }
            return new ArrayList<>(best.values());
        } finally {
            searchers.release(s);
        }
    }

    /**
     * Deletes the vectors of every briefing {@code main} no longer holds (deleted, or replaced by a
     * changed file), walking both indexes' sorted ids once: constant memory.
     *
     * @return how many briefings' vectors were deleted
     */
    public int deleteAbsent(IndexSearcher main) throws IOException {
        IndexSearcher s = searchers.acquire();
        List<String> gone = new ArrayList<>();
        try {
            LiveIds.missingFrom(s.getIndexReader(), BRIEFING, main.getIndexReader(), BriefingSchema.ID, gone::add);
        } finally {
            searchers.release(s);
        }
        for (String id : gone) {
            delete(id);
        }
        return gone.size();
    }

    /** Hands every briefing id of {@code main} that has no vectors here to {@code missing}. */
    public void forEachMissing(IndexSearcher main, Consumer<String> missing) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            LiveIds.missingFrom(main.getIndexReader(), BriefingSchema.ID, s.getIndexReader(), BRIEFING, missing);
        } finally {
            searchers.release(s);
        }
    }

    /** Makes recent changes visible to {@link #nearest} and {@link #has}. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes recent changes durable (vectors lost in a crash are embedded again at the next start). */
    public void commit() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.setLiveCommitData(Map.of(MODEL_KEY, model).entrySet());
            writer.commit();
        }
    }

    /** Bytes the store takes on disk. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        writer.setLiveCommitData(Map.of(MODEL_KEY, model).entrySet());
        searchers.close();
        writer.close();
        directory.close();
    }
}
