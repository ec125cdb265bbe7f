package org.briefings.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * Every match of every watch, in a small Lucene index of its own in {@code corpus/.watches/matches}
 * (one document per match, keyed by watch and briefing, so recording a match twice keeps one).
 * It is committed before each commit of the main index (see {@link
 * org.briefings.index.IndexListener#beforeCommit}): a briefing in the main index's last commit has
 * its matches here, and one that is not is indexed again at start and matched again. So after
 * {@code kill -9} no match is lost and none is doubled.
 */
final class MatchStore implements Closeable {

    private static final String KEY = "key";
    private static final String WATCH = "watch";
    private static final String BRIEFING = "briefing";
    private static final String SEQ = "seq";
    private static final String AT = "at";
    private static final String EARLIER = "earlier";

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private long lastSeq;

    MatchStore(Path dir) throws IOException {
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(new MatchAllDocsQuery(), 1, new Sort(new SortField(SEQ, SortField.Type.LONG, true)));
            lastSeq = top.scoreDocs.length == 0 ? 0 : read(s, top.scoreDocs[0]).seq();
        } finally {
            searchers.release(s);
        }
    }

    private static String key(String watchId, String briefingId) {
        return watchId + "/" + briefingId;
    }

    /** The highest sequence number given so far. */
    synchronized long lastSeq() {
        return lastSeq;
    }

    /**
     * Records matches given as (watch, briefing) pairs in this order, skipping pairs already
     * recorded; returns the new ones with their sequence numbers.
     */
    synchronized List<Match> record(List<String[]> pairs, boolean earlier) throws IOException {
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<Match> added = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = Instant.now();
        IndexSearcher s = searchers.acquire();
        try {
            for (String[] p : pairs) {
                String key = key(p[0], p[1]);
                if (!seen.add(key) || s.count(new TermQuery(new Term(KEY, key))) > 0) {
                    continue;
                }
                Match m = new Match(p[0], p[1], ++lastSeq, now, earlier);
                writer.addDocument(document(m));
                added.add(m);
            }
        } finally {
            searchers.release(s);
        }
        if (!added.isEmpty()) {
            searchers.maybeRefreshBlocking();
        }
        return added;
    }

    private static Document document(Match m) {
        Document d = new Document();
        d.add(new StringField(KEY, key(m.watchId(), m.briefingId()), Field.Store.NO));
        d.add(new StringField(WATCH, m.watchId(), Field.Store.YES));
        d.add(new StoredField(BRIEFING, m.briefingId()));
        d.add(new LongPoint(SEQ, m.seq()));
        d.add(new NumericDocValuesField(SEQ, m.seq()));
        d.add(new StoredField(SEQ, m.seq()));
        d.add(new StoredField(AT, m.matchedAt().toEpochMilli()));
        d.add(new StringField(EARLIER, m.earlier() ? "1" : "0", Field.Store.YES));
        return d;
    }

    private static Match read(IndexSearcher s, ScoreDoc sd) throws IOException {
        Document d = s.storedFields().document(sd.doc);
        return new Match(
                d.get(WATCH),
                d.get(BRIEFING),
                d.getField(SEQ).numericValue().longValue(),
                Instant.ofEpochMilli(d.getField(AT).numericValue().longValue()),
                "1".equals(d.get(EARLIER)));
    }

    /** Matches of a watch with a sequence number below {@code before}, newest first. */
    List<Match> page(String watchId, long before, int size) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(WATCH, watchId)), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(SEQ, Long.MIN_VALUE, before - 1), BooleanClause.Occur.FILTER)
                .build();
        IndexSearcher s = searchers.acquire();
        try {
            TopDocs top = s.search(q, size, new Sort(new SortField(SEQ, SortField.Type.LONG, true)));
            List<Match> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(read(s, sd));
            }
            return out;
        } finally {
            searchers.release(s);
        }
    }

    /** Matches of a watch recorded after {@code seq}, not counting those found at creation. */
    int unread(String watchId, long seq) throws IOException {
        return count(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(WATCH, watchId)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(EARLIER, "0")), BooleanClause.Occur.FILTER)
                .add(LongPoint.newRangeQuery(SEQ, seq + 1, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                .build());
    }

    /** Every match of a watch. */
    int count(String watchId) throws IOException {
        return count(new TermQuery(new Term(WATCH, watchId)));
    }

    /** Every match of every watch. */
    int count() throws IOException {
        return count(new MatchAllDocsQuery());
    }

    private int count(Query q) throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.count(q);
        } finally {
            searchers.release(s);
        }
    }

    synchronized void deleteWatch(String watchId) throws IOException {
        writer.deleteDocuments(new Term(WATCH, watchId));
        searchers.maybeRefreshBlocking();
        writer.commit();
    }

    /** Makes the recorded matches durable; cheap when there is nothing new. */
    synchronized void commit() throws IOException {
        if (writer.hasUncommittedChanges()) {
            writer.commit();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        commit();
        searchers.close();
        writer.close();
        directory.close();
    }
}
