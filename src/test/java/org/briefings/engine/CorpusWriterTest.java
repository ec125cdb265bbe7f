package org.briefings.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefings.ingest.ContentHash;
import org.briefings.ingest.IngestException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWriterTest {

    @TempDir
    Path corpus;

    CorpusWriter writer;

    @BeforeEach
    void open() throws Exception {
        writer = new CorpusWriter(corpus);
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private List<Path> incoming() throws Exception {
        Path dir = corpus.resolve(CorpusFiles.INCOMING);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void aStagedUploadIsHiddenUntilCommittedAndThenInItsPlaceWhole() throws Exception {
        Path target;
        try (CorpusWriter.Staged staged = writer.stage(bytes("Staged text"), 1000)) {
            assertEquals(ContentHash.of(staged.temp()), staged.hash());
            assertEquals(List.of(), CorpusFiles.list(corpus, corpus), "nothing in the corpus before the rename");
            target = writer.target("note.txt", staged.hash());
            writer.commit(staged, target);
        }
        assertEquals(List.of(target), CorpusFiles.list(corpus, corpus));
        assertEquals("Staged text", Files.readString(target));
        assertTrue(target.startsWith(corpus.resolve("uploads")), target.toString());
        assertEquals(List.of(), incoming(), "the temporary file was moved, not copied");
    }

    @Test
    void anUploadOverTheLimitOrEmptyLeavesNothingBehind() throws Exception {
        assertThrows(
                BriefingEngine.TooLargeException.class, () -> writer.stage(new ByteArrayInputStream(new byte[50]), 10));
        IngestException empty =
                assertThrows(IngestException.class, () -> writer.stage(new ByteArrayInputStream(new byte[0]), 10));
        assertEquals(IngestException.Reason.NO_TEXT, empty.reason());
        assertEquals(List.of(), incoming());
    }

    @Test
    void aStagedUploadNotCommittedIsRemovedWhenClosed() throws Exception {
        try (CorpusWriter.Staged staged = writer.stage(bytes("refused later"), 1000)) {
            assertTrue(Files.exists(staged.temp()));
        }
        assertEquals(List.of(), incoming());
    }

    @Test
    void aTakenNameGetsTheStartOfTheHashAndNothingIsReplaced() throws Exception {
        Path first;
        try (CorpusWriter.Staged a = writer.stage(bytes("first"), 1000)) {
            first = writer.target("same.txt", a.hash());
            writer.commit(a, first);
        }
        try (CorpusWriter.Staged b = writer.stage(bytes("second"), 1000)) {
            Path second = writer.target("same.txt", b.hash());
            assertNotEquals(first, second);
            assertEquals(
                    "same-" + b.hash().substring(0, 8) + ".txt",
                    second.getFileName().toString());
            writer.commit(b, second);
        }
        assertEquals("first", Files.readString(first));
    }

    @Test
    void itsOwnWritesAndDeletesAreRecognisedAndOthersAreNot() throws Exception {
        Path mine;
        try (CorpusWriter.Staged staged = writer.stage(bytes("mine"), 1000)) {
            mine = writer.target("mine.txt", staged.hash());
            writer.commit(staged, mine);
        }
        Path theirs = Files.writeString(corpus.resolve("theirs.txt"), "dropped in by a user");
        assertTrue(writer.changedItself(mine));
        assertFalse(writer.changedItself(theirs));

        writer.delete("theirs.txt");
        assertFalse(Files.exists(theirs));
        assertTrue(writer.changedItself(theirs), "a delete is the writer's own change too");
    }

    @Test
    void nothingOutsideTheCorpusIsDeletedOrResolved() throws Exception {
        Path outside = Files.writeString(corpus.getParent().resolve("outside-" + corpus.getFileName()), "keep");
        try {
            writer.delete("../" + outside.getFileName());
            assertTrue(Files.exists(outside));
            assertTrue(writer.resolve("../" + outside.getFileName()).isEmpty());
        } finally {
            Files.delete(outside);
        }
    }

    @Test
    void halfWrittenUploadsLeftByACrashAreRemovedAtStart() throws Exception {
        Path dir = Files.createDirectories(corpus.resolve(CorpusFiles.INCOMING));
        Files.writeString(dir.resolve("upload-crashed.part"), "never acknowledged");
        new CorpusWriter(corpus);
        assertEquals(List.of(), incoming());
    }
}
