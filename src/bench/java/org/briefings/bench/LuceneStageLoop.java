package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.briefings.Briefing;
import org.briefings.ExtractedText;
import org.briefings.enrich.Enricher;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingSchema;
import org.briefings.index.LuceneIndex;
import org.briefings.index.MinHash;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.Extractor;

/**
 * The engine's Lucene stage taken apart, on briefings extracted and enriched once and held in
 * memory: what each part of the engine's document costs Lucene beyond bare Lucene's title and body,
 * with no other stage running between the documents. Not part of the harness's report; for
 * deciding where the Lucene stage's time goes (docs/benchmarks.md, "The Lucene stage taken apart").
 *
 * <p>Each round writes a new index per variant on one thread, in this order, and prints the
 * milliseconds of adding the documents and of the commit:
 *
 * <ul>
 *   <li>{@code bare}: title and body as bare Lucene indexes them ({@link BareLucene}).
 *   <li>{@code bare+offsets}: the same with the body's offsets in the postings, as the engine keeps them.
 *   <li>{@code engine title+body}: only the engine document's title and body fields.
 *   <li>{@code engine}: the engine's whole documents, built before the round.
 *   <li>{@code engine -GROUP}: the whole documents without one group of fields ({@link #GROUPS}).
 *   <li>{@code replaceFile}: {@link LuceneIndex#replaceFile}, the engine's own path, which builds each
 *       document ({@link BriefingDocuments#toDocument}) as it goes.
 * </ul>
 *
 * Then the document building alone: {@code toDocument} over all briefings, and the copy signature
 * within it ({@link MinHash#signature} and its bands).
 *
 * <pre>LuceneStageLoop DATA_DIR WORK_DIR LIMIT ROUNDS [ungdc|crs]</pre>
 */
public final class LuceneStageLoop {

    /** Groups of fields left out one at a time. */
    private static final List<Set<String>> GROUPS = List.of(
            Set.of(FacetsConfig.DEFAULT_INDEX_FIELD_NAME),
            Set.of(BriefingSchema.SOURCE),
            Set.of(BriefingSchema.SUMMARY),
            Set.of(BriefingSchema.PERSON_TEXT, BriefingSchema.ORG_TEXT),
            Set.of(BriefingSchema.COUNTRY_TAGGED, BriefingSchema.PERSON_TAGGED, BriefingSchema.ORG_TAGGED),
            Set.of(BriefingSchema.COPY_BAND, BriefingSchema.COPY_SIGNATURE),
            Set.of(BriefingSchema.EVENT_DATES));

    public static void main(String[] args) throws Exception {
        String corpus = args.length > 4 ? args[4] : Corpora.UNGDC;
        Path data = Path.of(args[0]);
        Path work = Path.of(args[1]);
        List<Path> files = Corpora.files(data, corpus, Integer.parseInt(args[2]));
        Path root = Corpora.root(data, corpus);
        int rounds = Integer.parseInt(args[3]);

        List<Briefing> briefings = new ArrayList<>();
        List<BriefingDocuments.FileInfo> infos = new ArrayList<>();
        Extractor extractor = new Extractor();
        Enricher enricher = new Enricher();
        Instant fixed = Instant.parse("2026-01-01T00:00:00Z");
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            Extraction extraction = IngestLoop.extractOrNull(extractor, file, rel, new long[1]);
            if (extraction == null) {
                continue; // failed: IngestLoop's passes leave it out too
            }
            for (ExtractedText doc : extraction.documents()) {
                briefings.add(enricher.enrich(doc, fixed));
                infos.add(new BriefingDocuments.FileInfo(extraction.fileId(), rel, 1, 1));
            }
        }
        List<Document> engine = new ArrayList<>();
        for (int i = 0; i < briefings.size(); i++) {
            engine.add(BriefingDocuments.toDocument(briefings.get(i), infos.get(i)));
        }
        System.out.printf("%d briefings from %d files%n", briefings.size(), files.size());

        // every variant's documents made once: the rounds time only the writing
        Map<String, List<Document>> bareVariants = new LinkedHashMap<>();
        bareVariants.put(
                "bare",
                briefings.stream()
                        .map(b -> BareLucene.textDocument(b.title(), b.body()))
                        .toList());
        bareVariants.put(
                "bare+offsets",
                briefings.stream()
                        .map(b -> BareLucene.textDocument(b.title(), b.body(), true))
                        .toList());
        Map<String, List<Document>> engineVariants = new LinkedHashMap<>();
        Set<String> titleAndBody = Set.of(BriefingSchema.TITLE, BriefingSchema.BODY);
        engineVariants.put("engine title+body", fields(engine, titleAndBody::contains));
        engineVariants.put("engine", engine);
        for (Set<String> group : GROUPS) {
            engineVariants.put("engine -" + String.join("+", group), fields(engine, name -> !group.contains(name)));
        }

        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + " (add+commit ms):");
            for (Map.Entry<String, List<Document>> v : bareVariants.entrySet()) {
                line.append(time(work, v.getKey(), v.getValue(), null));
            }
            for (Map.Entry<String, List<Document>> v : engineVariants.entrySet()) {
                line.append(time(work, v.getKey(), v.getValue(), infos));
            }
            line.append(replaceFile(work, briefings, infos));
            System.out.println(line);

            long t = System.nanoTime();
            long fields = 0;
            for (int i = 0; i < briefings.size(); i++) {
                fields += BriefingDocuments.toDocument(briefings.get(i), infos.get(i))
                        .getFields()
                        .size();
            }
            long t1 = System.nanoTime();
            for (Briefing b : briefings) {
                int[] sig = MinHash.signature(b.body());
                fields += sig == null ? 0 : MinHash.bands(sig).size();
            }
            long t2 = System.nanoTime();
            System.out.printf(
                    "round %d: toDocument %.0f ms, of which the copy signature and bands %.0f ms (%d)%n",
                    round, (t1 - t) / 1e6, (t2 - t1) / 1e6, fields);
        }
    }

    /**
     * Adds {@code docs} to a new index, then commits: bare Lucene's way without {@code infos}, the
     * engine's with them (its analyzer, and each file's old briefings deleted as the new one goes in).
     */
    private static String time(Path work, String name, List<Document> docs, List<BriefingDocuments.FileInfo> infos)
            throws IOException {
        Path dir = work.resolve("stage-" + ProcessHandle.current().pid());
        Corpora.deleteTree(dir);
        long started = System.nanoTime();
        long added;
        boolean engine = infos != null;
        try (IndexWriter writer =
                BareLucene.openWriter(dir, engine ? BriefingSchema.analyzer() : BareLucene.analyzer())) {
            for (int i = 0; i < docs.size(); i++) {
                if (engine) {
                    // as LuceneIndex.replaceFile: the file's old briefings out, this one in by its id
                    writer.deleteDocuments(
                            new Term(BriefingSchema.FILE_PATH, infos.get(i).filePath()));
                    writer.updateDocument(new Term(BriefingSchema.ID, "doc" + i), docs.get(i));
                } else {
                    writer.addDocument(docs.get(i));
                }
            }
            added = System.nanoTime();
            writer.commit();
        }
        long done = System.nanoTime();
        Corpora.deleteTree(dir);
        return String.format(" %s %.0f+%.0f,", name, (added - started) / 1e6, (done - added) / 1e6);
    }

    /** The engine's own path: each document built and written by {@link LuceneIndex#replaceFile}. */
    private static String replaceFile(Path work, List<Briefing> briefings, List<BriefingDocuments.FileInfo> infos)
            throws IOException {
        Path dir = work.resolve("stage-" + ProcessHandle.current().pid());
        Corpora.deleteTree(dir);
        long started = System.nanoTime();
        long added;
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            for (int i = 0; i < briefings.size(); i++) {
                index.replaceFile(infos.get(i).filePath(), List.of(briefings.get(i)), infos.get(i));
            }
            added = System.nanoTime();
            index.commit();
        }
        long done = System.nanoTime();
        Corpora.deleteTree(dir);
        return String.format(" replaceFile %.0f+%.0f", (added - started) / 1e6, (done - added) / 1e6);
    }

    /** Each document with only the fields whose names {@code keep} accepts. */
    private static List<Document> fields(List<Document> docs, Predicate<String> keep) {
        List<Document> out = new ArrayList<>();
        for (Document doc : docs) {
            Document d = new Document();
            for (IndexableField f : doc) {
                if (keep.test(f.name())) {
                    d.add(f);
                }
            }
            out.add(d);
        }
        return out;
    }

    private LuceneStageLoop() {}
}
