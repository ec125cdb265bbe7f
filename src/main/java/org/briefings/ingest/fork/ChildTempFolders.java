package org.briefings.ingest.fork;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A temporary folder of its own for each parser child, deleted with everything in it when the
 * child exits, however it exits.
 *
 * <p>Why: Tika writes temporary files as it parses (a container's attachments spooled to disk, a
 * PDF page rendered for OCR, Tesseract's output) and deletes them when the parse ends. A child
 * killed at the time limit, or dead of its memory limit, never gets there, and Tika itself leaves
 * Tesseract's output behind when Tesseract times out (a {@code apache-tika-*.tmp.hocr} per timed
 * out page, found by the hundred in a test machine's {@code /tmp}). Those are exactly the
 * documents isolation exists for, so a server fed hostile files for weeks would fill its
 * temporary folder. Each child's {@code java.io.tmpdir} is therefore a folder made for it, which
 * the parent deletes when it sees the process end.
 *
 * <p>A parent killed with {@code kill -9} cannot delete its children's folders; the folder's name
 * carries the parent's pid and start time, and the next parent to start a child in the same place
 * deletes the folders of parents no longer running. The start time is there because a pid comes
 * back: an engine in a container is the same pid after every restart, and would otherwise take its
 * predecessor's folders for its own.
 */
final class ChildTempFolders {

    /** Folder names: this prefix, the parent's pid, its start time (ms), then a unique suffix, dash-separated. */
    static final String PREFIX = "briefings-parser-";

    /** A parent engine, as a folder name records it: pid and start time (0 where the system tells none). */
    record Owner(long pid, long startMillis) {
        /** Whether this process is running now: the pid is alive and started when recorded. */
        boolean running() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .map(p -> startMillis == 0 || startedAt(p) == startMillis)
                    .orElse(false);
        }
    }

    /** This JVM, as its children's folder names record it. */
    static final Owner SELF = new Owner(ProcessHandle.current().pid(), startedAt(ProcessHandle.current()));

    private static final String TMPDIR_OPTION = "-Djava.io.tmpdir=";
    private static final Logger log = LoggerFactory.getLogger(ChildTempFolders.class);
    /** Base folders already swept by this JVM: once each is enough. */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private ChildTempFolders() {}

    /**
     * Where the children's folders go: the temporary folder the command gives the child (the last
     * {@code -Djava.io.tmpdir}, as the JVM takes the last), else this JVM's.
     */
    static Path base(List<String> command) {
        String given = null;
        for (String option : command) {
            if (option.startsWith(TMPDIR_OPTION)) {
                given = option.substring(TMPDIR_OPTION.length());
            }
        }
        return Path.of(given != null && !given.isBlank() ? given : System.getProperty("java.io.tmpdir"))
                .toAbsolutePath();
    }

    /** A new folder for one child under {@code base}, after the first call's sweep of dead parents' folders. */
    static Path create(Path base) throws IOException {
        if (SWEPT.add(base)) {
            sweep(base);
        }
        Files.createDirectories(base);
        return Files.createTempDirectory(base, PREFIX + SELF.pid() + "-" + SELF.startMillis() + "-");
    }

    /**
     * The command with the child's temporary folder set to {@code folder}: placed just before the
     * class path, after every other option, so that it is the one the child's JVM keeps.
     */
    static List<String> withFolder(List<String> command, Path folder) {
        List<String> out = new ArrayList<>(command.size() + 1);
        boolean added = false;
        for (String part : command) {
            if (!added && part.equals("-cp")) {
                out.add(TMPDIR_OPTION + folder);
                added = true;
            }
            out.add(part);
        }
        if (!added) {
            throw new IllegalArgumentException("a child's command without a class path: " + command);
        }
        return List.copyOf(out);
    }

    /**
     * Deletes the folders under {@code base} whose parent process is no longer running (this JVM's
     * own are never touched: its children may be using them). How many were deleted.
     */
    static int sweep(Path base) {
        if (!Files.isDirectory(base)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path folder : folders) {
                Owner owner = owner(folder.getFileName().toString());
                if (owner == null || owner.equals(SELF) || !Files.isDirectory(folder)) {
                    continue;
                }
                if (owner.running()) {
                    continue; // another engine's, still running
                }
                if (!ownedByThisUser(folder)) {
                    continue; // another user's engine's: not ours to delete (nor could we)
                }
                if (delete(folder)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.debug("could not sweep parser folders in {}: {}", base, e.toString());
        }
        if (deleted > 0) {
            log.info(
                    "deleted {} temporary folder(s) left in {} by parser processes of engines that ended",
                    deleted,
                    base);
        }
        return deleted;
    }

    private static long startedAt(ProcessHandle p) {
        return p.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    }

    private static boolean ownedByThisUser(Path folder) {
        try {
            return Files.getOwner(folder).getName().equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The parent a folder name records, or null when the name is not one of ours. */
    static Owner owner(String name) {
        if (!name.startsWith(PREFIX)) {
            return null;
        }
        String[] parts = name.substring(PREFIX.length()).split("-", -1);
        if (parts.length < 3) {
            return null;
        }
        try {
            return new Owner(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Deletes a folder and everything in it; false (and a log line) when something stayed. */
    static boolean delete(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            return true; // already gone
        } catch (IOException e) {
            log.warn("could not delete the parser process's temporary folder {}: {}", folder, e.toString());
            return false;
        }
    }
}
