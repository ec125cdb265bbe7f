package org.briefings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.briefings.Briefing;
import org.briefings.ExtractedText;
import org.briefings.Json;
import org.briefings.enrich.Enricher;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.pipeline.IngestChunks;

/**
 * The engine's ingest stages in a loop on one thread, for profiling (run it under JFR) and for
 * checking that a change to them leaves their output alone. Not part of the harness's report.
 *
 * <ul>
 *   <li>{@code time}: extract, enrich and index the first LIMIT speeches PASSES times, each pass into
 *       a new index, in the reconcile's groups of files ({@link IngestChunks}); prints each stage's
 *       milliseconds per pass.</li>
 *   <li>{@code groups}: the same pass, in turn for each group size of {@code -Dingest.groups}
 *       (default {@code 1,0}: one file at a time, then the reconcile's groups, 0 meaning {@link
 *       IngestChunks}), each pass; what taking each stage over several files in a row saves.</li>
 *   <li>{@code digest}: prints one SHA-256 over everything the stages produce for those files: the
 *       extracted text and metadata, the enriched briefing (as JSON, with a fixed ingest time) and every
 *       field of the Lucene document (name, index options, stored value, points, doc values). Equal
 *       digests before and after a change mean the same briefings, fields and enrichment.</li>
 *   <li>{@code tika}: per pass, Tika alone on the files (as {@link IngestRun} times it), then the
 *       engine's extraction alone ({@code Extractor.extract}), then the whole engine pass: what the
 *       engine's extraction adds to Tika, apart from enrichment and Lucene.</li>
 * </ul>
 *
 * <pre>IngestLoop time|groups|digest|tika DATA_DIR WORK_DIR LIMIT PASSES [ungdc|crs]</pre>
 */
public final class IngestLoop {

    public static void main(String[] args) throws Exception {
        String corpus = args.length > 5 ? args[5] : Corpora.UNGDC;
        Path data = Path.of(args[1]);
        List<Path> files = Corpora.files(data, corpus, Integer.parseInt(args[3]));
        Path root = Corpora.root(data, corpus);
        Extractor extractor = new Extractor();
        Enricher enricher = new Enricher();
        if (args[0].equals("digest")) {
            System.out.println(digest(files, root, extractor, enricher));
        } else if (args[0].equals("tika")) {
            for (int pass = 1; pass <= Integer.parseInt(args[4]); pass++) {
                System.out.printf("pass %d: Tika alone %.0f ms%n", pass, IngestRun.tikaLoop(files));
                long t = System.nanoTime();
                for (Path file : files) {
                    extractOrNull(extractor, file, root.relativize(file).toString(), new long[1]);
                }
                System.out.printf("pass %d: Extractor.extract %.0f ms%n", pass, (System.nanoTime() - t) / 1e6);
                timePass(Path.of(args[2]), IngestChunks.of(files), root, extractor, enricher, pass);
            }
        } else if (args[0].equals("groups")) {
            // the same pass with files taken one at a time and in the reconcile's groups, alternating
            for (int pass = 1; pass <= Integer.parseInt(args[4]); pass++) {
                for (int size : Stream.of(
                                System.getProperty("ingest.groups", "1,0").split(","))
                        .mapToInt(Integer::parseInt)
                        .toArray()) {
                    System.out.printf("group %s: ", size == 0 ? "IngestChunks" : size + " file(s)");
                    timePass(Path.of(args[2]), groups(files, size), root, extractor, enricher, pass);
                }
            }
        } else {
            for (int pass = 1; pass <= Integer.parseInt(args[4]); pass++) {
                bareLucene(Path.of(args[2]), files, pass);
                timePass(Path.of(args[2]), IngestChunks.of(files), root, extractor, enricher, pass);
            }
        }
        extractor.close();
    }

    /** {@code files} in groups of {@code size}, or as the reconcile groups them when it is 0. */
    private static List<List<Path>> groups(List<Path> files, int size) {
        if (size == 0) {
            return IngestChunks.of(files);
        }
        List<List<Path>> groups = new ArrayList<>();
        for (int i = 0; i < files.size(); i += size) {
            groups.add(files.subList(i, Math.min(files.size(), i + size)));
        }
        return groups;
    }

    /** One pass of the engine's stages into a new index, a group of files at a time; prints each stage's total. */
    private static void timePass(
            Path work, List<List<Path>> chunks, Path root, Extractor extractor, Enricher enricher, int pass)
            throws IOException {
        Path dir = work.resolve("loop-" + ProcessHandle.current().pid() + "-" + pass);
        Corpora.deleteTree(dir);
        long[] nanos = new long[4]; // extract, enrich, index, commit
        long started = System.nanoTime();
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            // a group at a time: each stage over the group's files in a row, as the reconcile does
            for (List<Path> chunk : chunks) {
                List<String> rels = new ArrayList<>();
                List<Extraction> extractions = new ArrayList<>();
                for (Path file : chunk) {
                    String rel = root.relativize(file).toString().replace('\\', '/');
                    Extraction extraction = extractOrNull(extractor, file, rel, nanos);
                    if (extraction != null) {
                        rels.add(rel);
                        extractions.add(extraction);
                    }
                }
                List<List<Briefing>> enriched = new ArrayList<>();
                for (Extraction extraction : extractions) {
                    enriched.add(enrichAll(enricher, extraction, nanos));
                }
                long t = System.nanoTime();
                for (int i = 0; i < rels.size(); i++) {
                    String rel = rels.get(i);
                    index.replaceFile(
                            rel,
                            enriched.get(i),
                            new BriefingDocuments.FileInfo(extractions.get(i).fileId(), rel, 1, 1));
                }
                nanos[2] += System.nanoTime() - t;
            }
            long t = System.nanoTime();
            index.commit();
            nanos[3] = System.nanoTime() - t;
        }
        System.out.printf(
                "pass %d: total %.0f ms, extract %.0f, enrich %.0f, index %.0f, commit %.0f%n",
                pass,
                (System.nanoTime() - started) / 1e6,
                nanos[0] / 1e6,
                nanos[1] / 1e6,
                nanos[2] / 1e6,
                nanos[3] / 1e6);
        Corpora.deleteTree(dir);
    }

    static Extraction extractOrNull(Extractor extractor, Path file, String rel, long[] nanos) {
        long t = System.nanoTime();
        try {
            return extractor.extract(file, rel, null);
        } catch (IngestException e) {
            return null;
        } finally {
            nanos[0] += System.nanoTime() - t;
        }
    }

    private static List<Briefing> enrichAll(Enricher enricher, Extraction extraction, long[] nanos) {
        long t = System.nanoTime();
        List<Briefing> briefings = new ArrayList<>();
        for (ExtractedText doc : extraction.documents()) {
            briefings.add(enricher.enrich(doc, Instant.now()));
        }
        nanos[1] += System.nanoTime() - t;
        return briefings;
    }

    /** Bare Lucene on the same files in the same JVM, for the ratio (as {@link IngestRun} does it). */
    private static void bareLucene(Path work, List<Path> files, int pass) throws IOException {
        Path dir = work.resolve("bare-" + ProcessHandle.current().pid() + "-" + pass);
        Corpora.deleteTree(dir);
        long started = System.nanoTime();
        try (org.apache.lucene.index.IndexWriter writer = BareLucene.openWriter(dir)) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                writer.addDocument(BareLucene.textDocument(IngestRun.firstLine(text), text));
            }
            writer.commit();
        }
        System.out.printf("pass %d: bare Lucene %.0f ms%n", pass, (System.nanoTime() - started) / 1e6);
        Corpora.deleteTree(dir);
    }

    private static String digest(List<Path> files, Path root, Extractor extractor, Enricher enricher)
            throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Instant fixed = Instant.parse("2026-01-01T00:00:00Z");
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            Extraction extraction;
            try {
                extraction = extractor.extract(file, rel, null);
            } catch (IngestException e) {
                update(sha, "failed " + rel + " " + e.reason());
                continue;
            }
            update(sha, SORTED.writeValueAsString(extraction));
            for (ExtractedText doc : extraction.documents()) {
                Briefing b = enricher.enrich(doc, fixed);
                update(sha, SORTED.writeValueAsString(b));
                Document d =
                        BriefingDocuments.toDocument(b, new BriefingDocuments.FileInfo(extraction.fileId(), rel, 1, 1));
                for (IndexableField f : d.getFields()) {
                    update(
                            sha,
                            f.name() + "|" + f.fieldType().indexOptions() + "|"
                                    + f.fieldType().docValuesType()
                                    + "|" + f.fieldType().pointDimensionCount() + "|"
                                    + f.fieldType().stored()
                                    + "|" + f.fieldType().storeTermVectors() + "|" + value(f) + "|"
                                    + f.numericValue() + "|"
                                    + (f.binaryValue() == null
                                            ? ""
                                            : HexFormat.of()
                                                    .formatHex(
                                                            f.binaryValue().bytes,
                                                            f.binaryValue().offset,
                                                            f.binaryValue().offset + f.binaryValue().length)));
                }
            }
        }
        if (DUMP != null) {
            DUMP.flush();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * Tika's metadata keeps its names in a hash map whose order is not the same from run to run, so
     * maps are compared with their keys sorted.
     */
    private static final com.fasterxml.jackson.databind.ObjectMapper SORTED =
            Json.MAPPER.copy().enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** A field's string value; the stored record (JSON with Tika's metadata in it) with its maps sorted. */
    private static String value(IndexableField f) throws IOException {
        if (f.name().equals(org.briefings.index.BriefingSchema.SOURCE) && f.stringValue() != null) {
            return SORTED.writeValueAsString(Json.MAPPER.readValue(f.stringValue(), Briefing.class));
        }
        return f.stringValue();
    }

    /** The only value that changes from run to run: how long Tika took. */
    private static final java.util.regex.Pattern PARSE_TIME =
            java.util.regex.Pattern.compile("X-TIKA:parse_time_millis[^0-9]*[0-9]+");

    private static void update(MessageDigest sha, String value) {
        String s = PARSE_TIME.matcher(value).replaceAll("X-TIKA:parse_time_millis");
        if (DUMP != null) {
            DUMP.println(s);
        }
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    /** With {@code -Dingest.dump=FILE}, everything digested is also written there, to find a difference. */
    private static final java.io.PrintStream DUMP = dump();

    private static java.io.PrintStream dump() {
        String file = System.getProperty("ingest.dump");
        try {
            return file == null ? null : new java.io.PrintStream(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private IngestLoop() {}
}
