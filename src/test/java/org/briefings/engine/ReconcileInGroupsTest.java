package org.briefings.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.briefings.ExtractedText;
import org.briefings.enrich.Enricher;
import org.briefings.index.BriefingIndex;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.ParserIsolation;
import org.briefings.pipeline.IngestChunks;
import org.briefings.pipeline.IngestPipeline;
import org.briefings.pipeline.IngestTally;
import org.briefings.search.SearchRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation takes its files in groups ({@link IngestChunks}): a thread extracts every file
 * of a group before the index hears of any of them, holds no more than {@link
 * FileWriteBatch#MAX_CHARS} of text on the way, and still counts every file once.
 */
class ReconcileInGroupsTest {

    @TempDir
    Path dir;

    private Path corpus;
    private BriefingEngine engine;
    /** "E name" for each extraction, "W name" for each file handed to the index, in order. */
    private final List<String> events = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void open() throws Exception {
        corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        engine = EngineBuilder.of(
                        EngineConfig.of(corpus, dir.resolve("index")).withIsolation(ParserIsolation.inProcess()))
                .open();
    }

    @AfterEach
    void close() throws Exception {
        engine.close();
    }

    private void write(String name, String text) throws Exception {
        Files.writeString(corpus.resolve(name), text);
    }

    /** A reconciler on one thread whose extractions and index writes are written down in {@link #events}. */
    private Reconciler recordingReconciler() {
        Extractor real = new Extractor();
        DocumentExtractor recording = new DocumentExtractor() {
            @Override
            public Extraction extract(Path file, String sourcePath, String fileId) throws IngestException {
                events.add("E " + sourcePath);
                Extraction e = real.extract(file, sourcePath, fileId);
                if (!sourcePath.startsWith("wide")) {
                    return e;
                }
                // a small file whose text is long, as a compressed format's can be
                ExtractedText doc = e.documents().getFirst();
                String text =
                        (doc.text() + "\n\n").repeat(1_500_000 / (doc.text().length() + 2) + 1);
                return new Extraction(
                        e.fileId(),
                        List.of(new ExtractedText(
                                doc.id(),
                                doc.sourcePath(),
                                null,
                                doc.mediaType(),
                                doc.title(),
                                text,
                                doc.language(),
                                doc.metadata(),
                                doc.sizeBytes())),
                        e.warnings());
            }

            @Override
            public ExtractionLimits limits() {
                return real.limits();
            }

            @Override
            public Map<String, Object> describe() {
                return real.describe();
            }

            @Override
            public void close() {
                real.close();
            }
        };
        BriefingIndex index = engine.index();
        BriefingIndex watched = (BriefingIndex) Proxy.newProxyInstance(
                BriefingIndex.class.getClassLoader(), new Class<?>[] {BriefingIndex.class}, (proxy, method, args) -> {
                    if (method.getName().equals("replaceFiles")) {
                        for (Object w : (List<?>) args[0]) {
                            events.add("W " + ((BriefingIndex.FileWrite) w).filePath());
                        }
                    } else if (method.getName().equals("replaceFile")) {
                        events.add("W " + args[0]);
                    }
                    try {
                        return method.invoke(index, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new Reconciler(
                corpus,
                watched,
                new IngestPipeline(recording, new Enricher()),
                1,
                IngestTally.sinceStart(),
                CorpusPart.ALL,
                p -> false,
                false);
    }

    /** The events as runs of one kind: "E3" for three extractions in a row, then "W3", ... */
    private List<String> runs() {
        List<String> runs = new ArrayList<>();
        String kind = null;
        int n = 0;
        for (String e : events) {
            String k = e.substring(0, 1);
            if (!k.equals(kind)) {
                if (kind != null) {
                    runs.add(kind + n);
                }
                kind = k;
                n = 0;
            }
            n++;
        }
        if (kind != null) {
            runs.add(kind + n);
        }
        return runs;
    }

    @Test
    void eachGroupIsExtractedWholeBeforeItsFilesGoToTheIndexAndEveryFileIsCountedOnce() throws Exception {
        for (int i = 0; i < 38; i++) {
            write(String.format("brief%02d.txt", i), "Briefing " + i + "\n\nCoal exports from Nampo, item " + i + ".");
        }
        write("brief05-copy.txt", "Briefing 5\n\nCoal exports from Nampo, item 5."); // same bytes: once
        Files.write(corpus.resolve("brief10-broken.pdf"), "%PDF-1.4 not really".getBytes()); // fails alone

        ReconcileReport report = recordingReconciler().reconcile(List.of(corpus), p -> {});

        assertEquals(38, report.indexed());
        assertEquals(1, report.duplicates());
        assertEquals(1, report.failed());
        // 40 files: a group of 32 (the copy is not read again: 31 extractions, one failing) and one of 8
        assertEquals(List.of("E31", "W30", "E8", "W8"), runs());
        assertEquals(
                38,
                engine.search(SearchRequest.builder().query("nampo").build()).total());
    }

    @Test
    void textHeldBetweenTheStagesIsBoundedWhateverTheFilesSizes() throws Exception {
        for (String name : List.of("wide1.txt", "wide2.txt", "wide3.txt", "x1.txt", "x2.txt")) {
            write(name, name + "\n\nSanctions on coal exports were discussed in " + name + ".");
        }

        ReconcileReport report = recordingReconciler().reconcile(List.of(corpus), p -> {});

        assertEquals(5, report.indexed());
        assertTrue(IngestChunks.of(Files.list(corpus).sorted().toList()).size() == 1, "one group on disk");
        // three texts of 1.5 million characters pass the limit: they go on before the rest is read
        assertEquals(List.of("E3", "W3", "E2", "W2"), runs());
    }
}
