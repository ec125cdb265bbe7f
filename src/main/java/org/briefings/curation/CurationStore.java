package org.briefings.curation;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.briefings.Json;

/**
 * The rules on disk, in {@code corpus/.curation/rules.json}: with the corpus, because they are the
 * analyst's work and must survive deleting {@code index/}; in a dot-folder, which the corpus walk
 * and the corpus watch skip, so the file is never indexed as a briefing. Written the way uploads
 * are: a temporary file beside it, forced to disk, renamed atomically over the old one, and the
 * folder entry forced, so after a crash the file is the old rules or the new, never half of either.
 */
final class CurationStore {

    /** Folder inside corpus/ that holds the rules. */
    static final String FOLDER = ".curation";

    static final String FILE = "rules.json";

    /** The file's shape; {@code nextId} keeps ids of undone rules from being given again. */
    record Saved(int version, int nextId, List<CurationRule> rules) {}

    private final Path file;

    CurationStore(Path corpus) {
        this.file = corpus.resolve(FOLDER).resolve(FILE);
    }

    Path file() {
        return file;
    }

    /** The stored rules, none when there is no file; a file that cannot be read stops the engine. */
    CurationRules load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return CurationRules.EMPTY;
        }
        Saved saved;
        try {
            saved = Json.MAPPER.readValue(file.toFile(), Saved.class);
        } catch (IOException e) {
            throw new IOException(
                    file + " is not a readable rules file (" + e.getMessage() + "); restore it or remove it", e);
        }
        CurationRules rules = CurationRules.of(List.of(), saved.nextId());
        for (CurationRule r : saved.rules() == null ? List.<CurationRule>of() : saved.rules()) {
            try {
                rules = rules.withStored(r);
            } catch (InvalidRuleException | IllegalStateException | NullPointerException e) {
                throw new IOException(file + ": rule " + r.id() + " cannot be applied (" + e.getMessage() + ")", e);
            }
        }
        return rules;
    }

    /** Replaces the stored rules durably (see the class comment). */
    void save(CurationRules rules) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(FILE + "." + UUID.randomUUID() + ".tmp");
        try {
            byte[] bytes = Json.MAPPER
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(new Saved(1, rules.nextId(), rules.rules()));
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ch.write(java.nio.ByteBuffer.wrap(bytes));
                ch.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot fsync a directory; the file itself was already forced
        }
    }
}
