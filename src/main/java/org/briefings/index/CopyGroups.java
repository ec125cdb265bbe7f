package org.briefings.index;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.briefings.Briefing;

/**
 * Groups briefings that are copies of one another (the same text in another wrapper, a revision, a
 * forward): every briefing carries the id of its group's first member ({@link
 * BriefingSchema#COPY_GROUP}), the earliest published (ties: the smallest id), so the group's id
 * does not depend on the order files happened to be read in.
 *
 * <p>Grouping runs after indexing, in passes ({@link LuceneIndex#groupCopies}): a briefing is
 * indexed alone in its group and marked pending; a pass finds each pending briefing's candidates
 * with one term-set query over its MinHash band terms, keeps those whose estimated Jaccard similarity
 * reaches {@link #THRESHOLD}, joins their groups (connected components) and re-indexes only the
 * briefings whose group changed. Passes run under the index's write lock, so no file is replaced
 * while its group is rewritten. A pass after a deletion re-points groups whose first member is gone.
 * A large pass (a reconcile's new briefings) looks for candidates on several threads and joins the
 * groups on one, in the same order, so its groups do not depend on the threads.
 */
public final class CopyGroups {

    /**
     * Estimated Jaccard similarity of 5-word shingles from which two texts are copies. Tuned on half
     * of the constructed set in {@code CopyDetectionEvalTest} (re-wrapped, edited and forwarded
     * briefings against different briefings on the same subject), which reports the other half.
     */
    public static final double THRESHOLD = 0.6;

    /** Candidates looked at per briefing at most (a flood of identical boilerplate stops here). */
    private static final int MAX_CANDIDATES = 1000;

    /** Pending briefings per thread below which a pass looks for candidates on one thread. */
    static final int PER_THREAD = 64;

    private final LuceneIndex index;
    private final IndexWriter writer;
    private final ReadWriteLock lock;
    private final AtomicBoolean deletions = new AtomicBoolean(true);
    private final int parallelism;

    /** {@code parallelism}: threads a large pass may look for candidates on (see {@link #candidatesOfAll}). */
    CopyGroups(LuceneIndex index, IndexWriter writer, ReadWriteLock lock, int parallelism) {
        this.index = index;
        this.writer = writer;
        this.lock = lock;
        this.parallelism = Math.max(1, parallelism);
    }

    /** Something was deleted: the next pass looks for groups whose first member is gone. */
    void deleted() {
        deletions.set(true);
    }

    /** A briefing as grouping sees it. */
    private record Node(int doc, String id, String group, int[] signature, long published, boolean pending) {}

    /** Groups every pending briefing; returns how many briefings changed group. */
    int group() throws IOException {
        lock.writeLock().lock();
        try {
            index.refresh();
            IndexSearcher searcher = index.acquire();
            int changed;
            try {
                changed = group(searcher);
            } finally {
                index.release(searcher);
            }
            index.refresh();
            return changed;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private int group(IndexSearcher searcher) throws IOException {
        Map<Integer, Node> nodes = new LinkedHashMap<>();
        UnionFind links = new UnionFind();
        if (deletions.getAndSet(false)) {
            Map<String, Boolean> firstGone = new HashMap<>();
            for (int doc : docs(searcher, new TermQuery(new Term(COPY_ROLE, "copy")))) {
                Node n = node(searcher, doc);
                if (firstGone.computeIfAbsent(n.group(), g -> count(searcher, new TermQuery(new Term(ID, g))) == 0)) {
                    nodes.put(doc, n); // its first member is gone: the group gets a new one below
                }
            }
        }
        List<Integer> pending = docs(searcher, NumericDocValuesField.newSlowExactQuery(COPY_PENDING, 1));
        Map<Integer, Node> read = new ConcurrentHashMap<>(nodes);
        List<Candidates> found = candidatesOfAll(searcher, pending, read);
        for (Candidates c : found) {
            Node n = nodes.computeIfAbsent(c.self().doc(), d -> c.self());
            links.add(n.id());
            for (Node other : c.looked()) {
                nodes.putIfAbsent(other.doc(), other);
            }
            for (Node other : c.copies()) {
                links.union(n.id(), other.id());
            }
        }
        // Bring in every member of the groups touched, so a joined group moves as a whole.
        for (Node n : List.copyOf(nodes.values())) {
            for (int m : docs(searcher, new TermQuery(new Term(COPY_GROUP, n.group())))) {
                Node member = nodes.computeIfAbsent(m, d -> node(searcher, d));
                links.union(n.id(), member.id());
            }
        }
        Map<String, List<Node>> components = new HashMap<>();
        for (Node n : nodes.values()) {
            components
                    .computeIfAbsent(links.find(n.id()), k -> new ArrayList<>())
                    .add(n);
        }
        int changed = 0;
        Comparator<Node> earliest = Comparator.comparingLong(Node::published).thenComparing(Node::id);
        for (List<Node> members : components.values()) {
            String first = members.stream().min(earliest).orElseThrow().id();
            for (Node n : members) {
                if (!n.group().equals(first)) {
                    Document stored = searcher.storedFields().document(n.doc());
                    // rebuilt from what was tagged, under the rules in force: grouping never undoes curation
                    Briefing tagged = BriefingDocuments.taggedFromDocument(stored);
                    writer.updateDocument(
                            new Term(ID, n.id()),
                            BriefingDocuments.toDocument(
                                    tagged,
                                    BriefingDocuments.fileInfo(stored),
                                    index.curation(),
                                    new BriefingDocuments.CopyState(first, false)));
                    changed++;
                } else if (n.pending()) {
                    writer.updateNumericDocValue(new Term(ID, n.id()), COPY_PENDING, 0);
                }
            }
        }
        return changed;
    }

    /**
     * What a pending briefing's pass found: the briefing, every candidate it looked at (in index
     * order, at most {@link #MAX_CANDIDATES}) and those of them similar enough to be its copies.
     */
    private record Candidates(Node self, List<Node> looked, List<Node> copies) {}

    /**
     * The candidates of every pending briefing, in the order of {@code pending}. Each briefing's
     * band query and its candidates' signatures are read-only work on the searcher, and on a whole
     * reconcile's worth of new briefings they are most of a pass (a second on the 2,903 speeches,
     * run after the ingest threads have finished), so a large pass shares them out over the cores;
     * the groups are then joined in the same order on one thread, so the result is the same as
     * one thread's. {@code read} keeps the briefings already read, shared by the threads.
     */
    private List<Candidates> candidatesOfAll(IndexSearcher searcher, List<Integer> pending, Map<Integer, Node> read)
            throws IOException {
        int threads = Math.min(parallelism, (pending.size() + PER_THREAD - 1) / PER_THREAD);
        if (threads <= 1) {
            List<Candidates> out = new ArrayList<>(pending.size());
            for (int doc : pending) {
                out.add(candidatesOf(searcher, doc, read));
            }
            return out;
        }
        Candidates[] out = new Candidates[pending.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "copy-grouping");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> slices = new ArrayList<>();
            int slice = (pending.size() + threads - 1) / threads;
            for (int from = 0; from < pending.size(); from += slice) {
                int start = from;
                int end = Math.min(pending.size(), from + slice);
                slices.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        out[i] = candidatesOf(searcher, pending.get(i), read);
                    }
                    return null;
                }));
            }
            for (Future<?> f : slices) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while grouping copies");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException u) {
                throw u.getCause();
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return List.of(out);
    }

    /** One pending briefing's candidates: those sharing a MinHash band, and which are copies. */
    private static Candidates candidatesOf(IndexSearcher searcher, int doc, Map<Integer, Node> read)
            throws IOException {
        Node n = read.computeIfAbsent(doc, d -> node(searcher, d));
        if (n.signature() == null) {
            return new Candidates(n, List.of(), List.of());
        }
        // every briefing sharing a band: one sorted walk of the band terms, not 32 scored term queries
        List<BytesRef> bands = new ArrayList<>();
        for (String band : MinHash.bands(n.signature())) {
            bands.add(new BytesRef(band));
        }
        List<Integer> candidates = docs(searcher, new TermInSetQuery(COPY_BAND, bands));
        List<Node> looked = new ArrayList<>();
        List<Node> copies = new ArrayList<>();
        for (int c : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            if (c == doc) {
                continue;
            }
            Node other = read.computeIfAbsent(c, d -> node(searcher, d));
            looked.add(other);
            if (other.signature() != null && MinHash.similarity(n.signature(), other.signature()) >= THRESHOLD) {
                copies.add(other);
            }
        }
        return new Candidates(n, looked, copies);
    }

    /** The other briefings of the briefing's copy group, first member first, from their stored records. */
    static List<Briefing> copiesOf(IndexSearcher searcher, String id) throws IOException {
        List<Briefing> out = new ArrayList<>();
        for (int doc : members(searcher, id)) {
            out.add(BriefingDocuments.fromDocument(searcher.storedFields().document(doc)));
        }
        return out;
    }

    /**
     * The other members of the briefing's copy group, first member first, then by id: the order
     * SolrCloud gives too, and one that does not depend on the order files were indexed in.
     */
    static List<Integer> members(IndexSearcher searcher, String id) throws IOException {
        List<Integer> self = docs(searcher, new TermQuery(new Term(ID, id)));
        if (self.isEmpty()) {
            return List.of();
        }
        String group = searcher.storedFields()
                .document(self.get(0), Set.of(COPY_GROUP))
                .get(COPY_GROUP);
        if (group == null) {
            return List.of();
        }
        List<Integer> firstDoc = docs(searcher, new TermQuery(new Term(ID, group)));
        Map<String, Integer> rest = new TreeMap<>();
        StoredFields stored = searcher.storedFields();
        for (int d : docs(searcher, new TermQuery(new Term(COPY_GROUP, group)))) {
            if (!firstDoc.contains(d)) {
                rest.put(stored.document(d, Set.of(ID)).get(ID), d);
            }
        }
        List<Integer> out = new ArrayList<>(firstDoc);
        out.addAll(rest.values());
        out.removeAll(self);
        return out;
    }

    private static int count(IndexSearcher searcher, Query query) {
        try {
            return searcher.count(query);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Node node(IndexSearcher searcher, int doc) {
        try {
            Document d = searcher.storedFields().document(doc, Set.of(ID, COPY_GROUP, COPY_SIGNATURE));
            BytesRef sig = d.getBinaryValue(COPY_SIGNATURE);
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            int local = doc - leaf.docBase;
            NumericDocValues published = DocValues.getNumeric(leaf.reader(), PUBLISHED);
            long day = published.advanceExact(local) ? published.longValue() : Long.MAX_VALUE;
            NumericDocValues pending = DocValues.getNumeric(leaf.reader(), COPY_PENDING);
            boolean isPending = pending.advanceExact(local) && pending.longValue() == 1;
            String id = d.get(ID);
            String group = d.get(COPY_GROUP) == null ? id : d.get(COPY_GROUP);
            int[] signature = sig == null ? null : MinHash.fromBytes(sig.bytes, sig.offset, sig.length);
            return new Node(doc, id, group, signature, day, isPending);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every live document matching a query, in index order. */
    static List<Integer> docs(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, new CollectorManager<DocList, List<Integer>>() {
            @Override
            public DocList newCollector() {
                return new DocList();
            }

            @Override
            public List<Integer> reduce(java.util.Collection<DocList> collectors) {
                List<Integer> all = new ArrayList<>();
                collectors.forEach(c -> all.addAll(c.docs));
                all.sort(null);
                return all;
            }
        });
    }

    private static final class DocList implements Collector {
        final List<Integer> docs = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    docs.add(base + doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
