package org.briefings.watch;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.briefings.Json;

/**
 * The watch definitions, one JSON file in {@code corpus/.watches/}: with the corpus, which is the
 * truth, so deleting and rebuilding {@code index/} keeps them (the reconciler skips dot-folders, as it
 * skips {@code corpus/.incoming}). Written the way uploads are: a temporary file, fsync, an atomic
 * rename and an fsync of the folder, so after a crash the file is the old version or the new one.
 */
final class WatchFile {

    static final String NAME = "watches.json";

    private final Path file;

    WatchFile(Path folder) {
        this.file = folder.resolve(NAME);
    }

    List<Watch> load() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Json.MAPPER.readValue(file.toFile(), new TypeReference<List<Watch>>() {});
    }

    void save(List<Watch> watches) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(NAME + ".tmp");
        byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(watches);
        try (FileChannel ch = FileChannel.open(
                temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot fsync a folder; the file itself was forced
        }
    }
}
