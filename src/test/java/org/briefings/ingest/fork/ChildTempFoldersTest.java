package org.briefings.ingest.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each parser child writes its temporary files in a folder of its own, which is gone once the child
 * is, even when it was killed mid-parse; folders left by an engine killed outright are deleted by
 * the next one.
 */
@Timeout(120)
class ChildTempFoldersTest {

    @TempDir
    Path base;

    @TempDir
    Path files;

    @Test
    @Slow
    void aChildKilledMidParseLeavesNoTemporaryFiles() throws Exception {
        Path any = Files.writeString(files.resolve("any.bin"), "some bytes");
        ParserIsolation isolation =
                new ParserIsolation(true, 1, 96, List.of("-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + base));
        ForkedExtractor pool =
                new ForkedExtractor(ForkedExtractorTest.LIMITS, isolation, MisbehavingWorker.class.getName());
        try {
            CompletableFuture<Void> spill = CompletableFuture.runAsync(() -> {
                try {
                    pool.extract(any, "hostile.spill", null);
                } catch (IngestException e) {
                    throw new RuntimeException(e);
                }
            });
            // while the child loops, its files are in its own folder under the base it was given
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!spilledInChildFolder()) {
                assertTrue(System.nanoTime() < deadline, "the child wrote its files in a folder of its own");
                Thread.sleep(20);
            }
            Throwable failure = assertThrows(Exception.class, spill::join);
            IngestException e = (IngestException) failure.getCause().getCause();
            assertEquals(IngestException.Reason.TIMEOUT, e.reason(), e.getMessage());
            awaitEmpty("the killed child's folder and its files are deleted");

            // the next child gets a folder of its own, deleted when it exits on close
            assertEquals(1, pool.extract(any, "n.echo", null).documents().size());
            assertEquals(1, entries(base).size(), "one folder for the one child running: " + entries(base));
            pool.close();
            awaitEmpty("a child that exits on close leaves no folder");
        } finally {
            pool.close();
        }
    }

    @Test
    @Slow
    void aTemporaryFolderThatCannotBeMadeDoesNotStopParsing() throws Exception {
        Path notAFolder = Files.writeString(files.resolve("tmp-is-a-file"), "");
        Path any = Files.writeString(files.resolve("any.bin"), "some bytes");
        ParserIsolation isolation =
                new ParserIsolation(true, 1, 96, List.of("-Djava.io.tmpdir=" + notAFolder.resolve("below")));
        try (ForkedExtractor pool =
                new ForkedExtractor(ForkedExtractorTest.LIMITS, isolation, MisbehavingWorker.class.getName())) {
            assertEquals(1, pool.extract(any, "n.echo", null).documents().size());
        }
    }

    @Test
    void foldersOfEnginesThatEndedAreDeletedAndOthersKept() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Process running = new ProcessBuilder("sleep", "60").start();
        try {
            long runningStart = running.info().startInstant().orElseThrow().toEpochMilli();
            ChildTempFolders.Owner self = ChildTempFolders.SELF;
            Path dead = folderWithFile(name(ended.pid(), 1_700_000_000_000L));
            Path alive = folderWithFile(name(running.pid(), runningStart));
            Path ours = folderWithFile(name(self.pid(), self.startMillis()));
            // an engine before this one with the same pid (a container's engine is the same pid each start)
            Path samePidBefore = folderWithFile(name(self.pid(), self.startMillis() - 60_000));
            Path other = folderWithFile("someone-elses-" + ended.pid() + "-1-2");

            assertEquals(2, ChildTempFolders.sweep(base));
            assertFalse(Files.exists(dead), "the folder of an engine no longer running is deleted");
            assertFalse(Files.exists(samePidBefore), "an earlier engine's folder is deleted though its pid is ours");
            assertTrue(Files.exists(alive.resolve("page-1.png")), "a running engine's folder is kept");
            assertTrue(Files.exists(ours.resolve("page-1.png")), "this engine's own folders are kept");
            assertTrue(Files.exists(other.resolve("page-1.png")), "folders not named by the engine are kept");
        } finally {
            running.destroyForcibly();
        }
    }

    private static String name(long pid, long startMillis) {
        return ChildTempFolders.PREFIX + pid + "-" + startMillis + "-123";
    }

    @Test
    void theChildsFolderIsTheLastTemporaryFolderOptionBeforeTheClassPath() {
        List<String> command =
                List.of("java", "-Xmx96m", "-Djava.io.tmpdir=/big/disk", "-cp", "a.jar", "Main", "-Djava.io.tmpdir=x");
        assertEquals(Path.of("/big/disk"), ChildTempFolders.base(command.subList(0, 5)));
        List<String> with = ChildTempFolders.withFolder(command, Path.of("/big/disk/p-1"));
        assertEquals(
                List.of(
                        "java",
                        "-Xmx96m",
                        "-Djava.io.tmpdir=/big/disk",
                        "-Djava.io.tmpdir=/big/disk/p-1",
                        "-cp",
                        "a.jar",
                        "Main",
                        "-Djava.io.tmpdir=x"),
                with);
        assertEquals(
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath(),
                ChildTempFolders.base(List.of("java", "-cp", "a.jar", "Main")));
        assertEquals(null, ChildTempFolders.owner("briefings-parser-x-1-2"));
        assertEquals(null, ChildTempFolders.owner("briefings-parser-42-1"));
        assertEquals(
                new ChildTempFolders.Owner(42, 1700000000000L),
                ChildTempFolders.owner("briefings-parser-42-1700000000000-99"));
    }

    private boolean spilledInChildFolder() throws IOException {
        for (Path folder : entries(base)) {
            if (folder.getFileName().toString().startsWith(ChildTempFolders.PREFIX)
                    && Files.exists(folder.resolve("page-1.png"))) {
                return true;
            }
        }
        return false;
    }

    private void awaitEmpty(String what) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!entries(base).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, what + ": left " + entries(base));
            Thread.sleep(20);
        }
    }

    private Path folderWithFile(String name) throws IOException {
        Path folder = Files.createDirectories(base.resolve(name));
        Files.writeString(folder.resolve("page-1.png"), "rendered");
        return folder;
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
