package org.briefings.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefings.index.BriefingIndex;
import org.briefings.index.IndexUnavailableException;
import org.briefings.ingest.ContentHash;
import org.briefings.ingest.ParserIsolation;
import org.briefings.search.EmbeddedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upload the index refuses (a SolrCloud shard without a live replica answers 503) is kept in
 * {@code corpus/}, and its answer promises that the next reconciliation indexes it. The engine
 * remembers the files it wrote itself for a few seconds so that a rescan leaves an upload in flight
 * to the upload; a refused upload is in flight no more, so the first rescan after the index takes
 * writes again must index it, not count it unchanged. The index here is the embedded one behind a
 * switch that refuses writes as SolrCloud does during a node loss; the refusal handling is the
 * engine's, shared by both backends.
 */
class RefusedUploadTest {

    @TempDir
    Path dir;

    /** The embedded index, whose file writes are refused as unavailable while {@code down} is set. */
    private static BriefingIndex refusingWhile(AtomicBoolean down, BriefingIndex index) {
        return (BriefingIndex) Proxy.newProxyInstance(
                BriefingIndex.class.getClassLoader(), new Class<?>[] {BriefingIndex.class}, (proxy, method, args) -> {
                    if (down.get() && method.getName().startsWith("replaceFile")) {
                        throw new IndexUnavailableException("no live replica (test)", null);
                    }
                    try {
                        return method.invoke(index, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void theFirstRescanAfterTheIndexTakesWritesAgainIndexesARefusedUpload() throws Exception {
        Path corpus = dir.resolve("corpus");
        AtomicBoolean down = new AtomicBoolean();
        try (BriefingEngine engine = EngineBuilder.of(
                        EngineConfig.of(corpus, dir.resolve("index")).withIsolation(ParserIsolation.inProcess()))
                .index(codes -> refusingWhile(down, EmbeddedIndex.open(dir.resolve("index"), codes)))
                .open()) {
            String text =
                    "Grain convoy refused\n\nA briefing on grain convoys through the port, sent while a node was down.";
            down.set(true);
            IndexUnavailableException refused = assertThrows(
                    IndexUnavailableException.class,
                    () -> engine.add("convoy.txt", new ByteArrayInputStream(text.getBytes(UTF_8)), 10_000));
            assertNotNull(refused.kept(), "the refusal says where the file was kept");
            Path kept = corpus.resolve(refused.kept());
            assertTrue(Files.isRegularFile(kept), "the refused upload is kept in the corpus");
            assertEquals(0, engine.index().count(), "and is not searchable yet");

            down.set(false);
            // At once, well within the few seconds the engine remembers its own writes for.
            ReconcileReport first = engine.reconcile();
            assertEquals(1, first.indexed(), "the first rescan indexes the kept upload: " + first);
            assertEquals(1, engine.index().count());
            assertNotNull(engine.index().briefingsOfFile(ContentHash.of(kept)), "found by its content hash");
            assertEquals(0, engine.reconcile().indexed(), "and a second rescan finds it unchanged");
        }
    }

    @Test
    void anAcceptedUploadIsStillLeftToTheUploadByARescan() throws Exception {
        Path corpus = dir.resolve("corpus");
        try (BriefingEngine engine = EngineBuilder.of(
                        EngineConfig.of(corpus, dir.resolve("index")).withIsolation(ParserIsolation.inProcess()))
                .open()) {
            BriefingEngine.AddResult added = engine.add(
                    "accepted.txt",
                    new ByteArrayInputStream("Accepted\n\nA briefing on ports.".getBytes(UTF_8)),
                    10_000);
            assertFalse(added.duplicate());
            assertTrue(engine.changedItself(corpus.resolve(added.path())), "an accepted upload is remembered");
            assertEquals(0, engine.reconcile().indexed(), "so a rescan does not index it a second time");
        }
    }
}
