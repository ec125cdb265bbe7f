package org.briefings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingSchema;
import org.briefings.index.LuceneIndex;

/**
 * A corpus folder for an index built without one ({@code BuildSearchIndex} at 1,000,000 briefings
 * writes no corpus): {@code serve} reconciles its corpus against the index at start and deletes the
 * briefings of files it does not find, so serving that index needs a folder in which every indexed
 * file is there and unchanged. The files are made from the index's own file records: each at its
 * recorded path, of its recorded size and with its recorded modification time, so the
 * reconciliation finds each unchanged by size and time, exactly as it finds a user's untouched
 * files. Their bytes are filler (the index was built from briefings, not from these files), which
 * nothing measured here reads. {@link #touch} rewrites a share of them as a touched file whose bytes
 * did not change: the content the record's hash was taken of, a new modification time, so the
 * reconciliation hashes it and finds it unchanged.
 */
final class ServeCorpus {

    private static final String MARKER = ".serve-corpus-files";

    /** The index's file records, by corpus-relative path, in path order. */
    static List<Map.Entry<String, BriefingDocuments.FileInfo>> records(Path index) throws IOException {
        try (LuceneIndex lucene = LuceneIndex.open(index)) {
            List<Map.Entry<String, BriefingDocuments.FileInfo>> out =
                    new ArrayList<>(lucene.indexedFiles().entrySet());
            out.sort(Map.Entry.comparingByKey());
            return out;
        }
    }

    /**
     * Marks every briefing as checked for copies, each alone in its group, as an archive without
     * copies is once its ingest has run the grouping pass. {@code BuildSearchIndex} writes through
     * {@code replaceFile} and never runs that pass, so its briefings are all pending, and {@code
     * serve} groups pending briefings before it listens: over a million briefings that are 12,166
     * passages repeated (each would join a group of about 82) it had not answered after five minutes.
     * Doc-values updates only add files, so the hard-linked source index is not changed.
     */
    static void settleCopyGroups(Path index) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig()
                .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), config)) {
            writer.updateNumericDocValue(new Term(BriefingSchema.COPY_ROLE, "first"), BriefingSchema.COPY_PENDING, 0);
            writer.commit();
        }
    }

    /**
     * Writes the corpus for {@code records} into {@code corpus} unless a complete one for as many
     * files is there (marked when written); returns the seconds it took (0 when reused).
     */
    static double ensure(Path corpus, List<Map.Entry<String, BriefingDocuments.FileInfo>> records) throws Exception {
        Path marker = corpus.resolve(MARKER);
        if (Files.exists(marker) && Files.readString(marker).strip().equals(String.valueOf(records.size()))) {
            return 0;
        }
        Corpora.deleteTree(corpus);
        Files.createDirectories(corpus);
        long t0 = System.nanoTime();
        BuildSearchIndex.parallel(records.size(), i -> {
            Map.Entry<String, BriefingDocuments.FileInfo> r = records.get(i);
            Path file = corpus.resolve(r.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, filler(r.getKey(), (int) r.getValue().size()));
            Files.setLastModifiedTime(file, FileTime.fromMillis(r.getValue().mtime()));
        });
        Files.writeString(marker, String.valueOf(records.size()));
        return (System.nanoTime() - t0) / 1e9;
    }

    /** {@code size} bytes of filler, starting with the path so files differ. */
    private static byte[] filler(String path, int size) {
        byte[] out = new byte[size];
        Arrays.fill(out, (byte) ' ');
        byte[] head = (path + "\n").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, out, 0, Math.min(head.length, size));
        return out;
    }

    /**
     * Touches every {@code 1/fraction}-th file: rewritten as the bytes its record's content hash was
     * taken of (the benchmark's ids hash the path), with the time now. Returns how many; the marker
     * is removed, so the next run writes the corpus afresh.
     */
    static int touch(Path corpus, List<Map.Entry<String, BriefingDocuments.FileInfo>> records, double fraction)
            throws IOException {
        Files.deleteIfExists(corpus.resolve(MARKER));
        int every = (int) Math.round(1 / fraction);
        FileTime now = FileTime.from(Instant.now());
        int touched = 0;
        for (int i = 0; i < records.size(); i += every) {
            String path = records.get(i).getKey();
            Path file = corpus.resolve(path);
            Files.writeString(file, path);
            Files.setLastModifiedTime(file, now);
            touched++;
        }
        return touched;
    }

    private ServeCorpus() {}
}
