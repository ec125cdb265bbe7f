package org.briefings.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.briefings.ingest.ParserIsolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads and the corpus rescan run at once in a serving engine. An upload renames its file into
 * the corpus and then indexes it under the engine's file lock; a rescan that lists the folder in
 * between must leave that file to the upload instead of extracting and indexing it a second time
 * (which doubled the extraction cost and, for a moment, split the file from its copy group).
 */
class UploadDuringReconcileTest {

    @TempDir
    Path dir;

    @Test
    void aRescanRacingUploadsNeverIndexesAnUploadedFileItself() throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        try (BriefingEngine engine = EngineBuilder.of(
                        EngineConfig.of(corpus, dir.resolve("index")).withIsolation(ParserIsolation.inProcess()))
                .open()) {
            AtomicBoolean uploading = new AtomicBoolean(true);
            AtomicInteger indexedByRescan = new AtomicInteger();
            AtomicInteger rescans = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread rescan = new Thread(() -> {
                try {
                    while (uploading.get()) {
                        indexedByRescan.addAndGet(engine.reconcile().indexed());
                        rescans.incrementAndGet();
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            rescan.start();
            int uploads = 60;
            for (int i = 0; i < uploads; i++) {
                String text = "Upload " + i + "\n\nBriefing number " + i + " on grain shipments through the port.";
                engine.add("upload-" + i + ".txt", new ByteArrayInputStream(text.getBytes(UTF_8)), 10_000);
            }
            uploading.set(false);
            rescan.join();
            if (failure.get() != null) {
                throw new AssertionError("the rescan failed", failure.get());
            }
            assertEquals(0, indexedByRescan.get(), "files uploaded are indexed by the upload, never by the rescan");
            assertEquals(uploads, engine.index().count());
            assertEquals(0, engine.reconcile().indexed(), "and a later rescan finds them all unchanged");
            assertTrue(rescans.get() > 0, "the rescan ran during the uploads");
        }
    }
}
