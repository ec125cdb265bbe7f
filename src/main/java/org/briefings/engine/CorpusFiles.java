package org.briefings.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists the documents of a corpus folder: regular files, skipping hidden files and folders (which
 * include the engine's own {@code .incoming} folder of uploads in progress). Paths are reported
 * relative to the corpus root with forward slashes, the form stored in the index.
 */
public final class CorpusFiles {

    /** Folder inside corpus/ where uploads are written before their atomic rename. */
    public static final String INCOMING = ".incoming";

    private CorpusFiles() {}

    /** Corpus-relative path of a file, with forward slashes. */
    public static String relative(Path corpus, Path file) {
        return corpus.toAbsolutePath()
                .normalize()
                .relativize(file.toAbsolutePath().normalize())
                .toString()
                .replace('\\', '/');
    }

    /** All document files under {@code root} (a folder or a single file) inside {@code corpus}. */
    public static List<Path> list(Path corpus, Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isRegularFile(root)) {
            files.add(root);
            return files;
        }
        if (!Files.isDirectory(root)) {
            return files;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
