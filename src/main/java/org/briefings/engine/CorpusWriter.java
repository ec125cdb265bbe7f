package org.briefings.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.briefings.ingest.IngestException;

/**
 * Writes to the corpus durably, the only class that does: an upload is streamed to a temporary file
 * in {@code corpus/.incoming}, fsynced, and only then renamed atomically to its place, so after a
 * crash a file in the corpus is whole and {@code .incoming} holds nothing acknowledged (it is emptied
 * at start). It also remembers what it just wrote or deleted, so the corpus watch can tell the
 * engine's own changes from a user's.
 */
final class CorpusWriter {

    /** How long a change of our own is remembered: well past the watch's event delay. */
    private static final long OWN_CHANGE_NANOS = 10_000_000_000L;

    private final Path corpus;
    private final Path incoming;
    private final Map<Path, Long> ownChanges = new ConcurrentHashMap<>();

    /** An upload on disk in {@code .incoming}, fsynced, with the SHA-256 of its bytes. */
    record Staged(Path temp, String hash) implements AutoCloseable {
        /** Removes the temporary file unless {@link #commit} moved it. */
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(temp);
        }
    }

    /** Opens the writer on {@code corpus} and removes half-written uploads left by a crash (never acknowledged). */
    CorpusWriter(Path corpus) throws IOException {
        this.corpus = corpus;
        this.incoming = corpus.resolve(CorpusFiles.INCOMING);
        if (Files.isDirectory(incoming)) {
            try (var files = Files.list(incoming)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * Streams {@code in} to a new temporary file (never whole in memory), refusing more than {@code
     * maxBytes}, and forces it to disk.
     *
     * @throws BriefingEngine.TooLargeException over {@code maxBytes} (the partial file is removed)
     * @throws IngestException                  when the stream is empty
     */
    Staged stage(InputStream in, long maxBytes) throws IOException, IngestException {
        Files.createDirectories(incoming);
        Path temp = incoming.resolve("upload-" + UUID.randomUUID() + ".part");
        try {
            return new Staged(temp, write(in, temp, maxBytes));
        } catch (IOException | IngestException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static String write(InputStream in, Path temp, long maxBytes) throws IOException, IngestException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                OutputStream out = Channels.newOutputStream(channel)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new BriefingEngine.TooLargeException(
                            "upload is larger than the limit of " + maxBytes + " bytes");
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            out.flush();
            channel.force(true);
        }
        if (total == 0) {
            throw new IngestException(IngestException.Reason.NO_TEXT, "the upload is empty (0 bytes)");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Where an upload named {@code safeName} goes: {@code uploads/YYYY-MM/safeName}, or with the
     * start of its hash added when that name is taken, so an upload never replaces another file.
     */
    Path target(String safeName, String hash) {
        String month = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7);
        Path dir = corpus.resolve("uploads").resolve(month);
        Path target = dir.resolve(safeName);
        if (Files.exists(target)) {
            int dot = safeName.lastIndexOf('.');
            String stem = dot > 0 ? safeName.substring(0, dot) : safeName;
            String ext = dot > 0 ? safeName.substring(dot) : "";
            target = dir.resolve(stem + "-" + hash.substring(0, 8) + ext);
        }
        return target;
    }

    /** Renames a staged upload atomically to {@code target} and forces the folder entry to disk. */
    void commit(Staged staged, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        noteOwnChange(target);
        try {
            Files.move(staged.temp(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged.temp(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
        fsyncDirectory(target.getParent());
    }

    /** Deletes a corpus file (nothing outside the corpus) and forces the folder entry to disk. */
    void delete(String sourcePath) throws IOException {
        Optional<Path> file = resolve(sourcePath);
        if (file.isPresent()) {
            noteOwnChange(file.get());
            Files.deleteIfExists(file.get());
            fsyncDirectory(file.get().getParent());
        }
    }

    /** The corpus file at a corpus-relative path, unless the path leads outside the corpus. */
    Optional<Path> resolve(String sourcePath) {
        Path file = corpus.resolve(sourcePath).normalize();
        return file.startsWith(corpus) ? Optional.of(file) : Optional.empty();
    }

    private void noteOwnChange(Path file) {
        long now = System.nanoTime();
        if (ownChanges.size() > 1000) {
            ownChanges.values().removeIf(t -> now - t > OWN_CHANGE_NANOS);
        }
        ownChanges.put(file, now);
    }

    /**
     * Forgets that this writer wrote {@code file}: an upload the index refused stays in the corpus
     * unindexed, and is no upload in flight that a reconciliation should leave to the engine.
     */
    void forgetOwnChange(Path file) {
        ownChanges.remove(file.toAbsolutePath().normalize());
    }

    /** Whether this writer wrote or deleted {@code file} in the last few seconds. */
    boolean changedItself(Path file) {
        Long at = ownChanges.get(file.toAbsolutePath().normalize());
        return at != null && System.nanoTime() - at <= OWN_CHANGE_NANOS;
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot fsync a directory; the file itself was already forced
        }
    }
}
