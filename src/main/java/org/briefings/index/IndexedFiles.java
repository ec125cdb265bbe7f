package org.briefings.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.briefings.Briefing;

/** What the index knows of each file (see {@link BriefingIndex#indexedFiles}), read from stored fields. */
final class IndexedFiles {

    static Map<String, BriefingDocuments.FileInfo> of(IndexSearcher searcher) throws IOException {
        Map<String, BriefingDocuments.FileInfo> files = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = stored.document(
                        i,
                        Set.of(
                                BriefingSchema.FILE_PATH,
                                BriefingSchema.FILE_ID,
                                BriefingSchema.FILE_SIZE,
                                BriefingSchema.FILE_MTIME));
                String path = d.get(BriefingSchema.FILE_PATH);
                files.putIfAbsent(
                        path,
                        new BriefingDocuments.FileInfo(
                                d.get(BriefingSchema.FILE_ID),
                                path,
                                d.getField(BriefingSchema.FILE_SIZE)
                                        .numericValue()
                                        .longValue(),
                                d.getField(BriefingSchema.FILE_MTIME)
                                        .numericValue()
                                        .longValue()));
            }
        }
        return files;
    }

    private IndexedFiles() {}

    /** Everything indexed from the file with this content hash, or null when nothing is. */
    static BriefingIndex.FileBriefings briefingsOf(IndexSearcher searcher, String fileId) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(BriefingSchema.FILE_ID, fileId)), 10_000);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        StoredFields stored = searcher.storedFields();
        String path = null;
        ArrayList<Briefing> briefings = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc);
            path = path == null ? d.get(BriefingSchema.FILE_PATH) : path;
            briefings.add(BriefingDocuments.fromDocument(d));
        }
        return new BriefingIndex.FileBriefings(path, briefings);
    }
}
