package org.briefings.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.ToLongFunction;

/**
 * A corpus's files in the small groups that an ingest thread takes at a time: it extracts every file
 * of a group, then enriches them all, then indexes them all, instead of taking one file through the
 * three stages before the next.
 *
 * <p>Why: each stage has its own working set (Tika's magic table and the language profiles; the
 * taggers' gazetteers and word lists; Lucene's term hash and block pools), each larger than a
 * core's cache. Taken file by file, every stage starts with the caches full of the stages before.
 * On all the UN speeches, one thread, the same output, a pass in groups took 0.77 of the time of
 * a pass one file at a time, each of the three stages faster (docs/benchmarks.md, "Ingest in groups
 * of files").
 *
 * <p>A group holds at most {@link #MAX_FILES} files and {@link #MAX_BYTES} bytes of them (a larger
 * file is a group by itself), so that large files such as reports in PDF still spread over the
 * threads one or two at a time and the last group of a run leaves no thread waiting long.
 */
public final class IngestChunks {

    /** Files in one group: past a few dozen the caches gain nothing more. */
    public static final int MAX_FILES = 32;

    /** Bytes of files in one group. */
    public static final long MAX_BYTES = 1L << 20;

    private IngestChunks() {}

    /**
     * Groups {@code files} in their order. A file whose size cannot be read counts as empty (the
     * reconciliation then finds out what happened to it, as it would have on its own).
     */
    public static List<List<Path>> of(List<Path> files) {
        List<List<Path>> chunks = new ArrayList<>();
        lazily(files, IngestChunks::sizeOrZero).forEachRemaining(chunks::add);
        return chunks;
    }

    /**
     * The groups of {@link #of}, each made when it is asked for, with each file's size from {@code
     * size}: a reconciliation of a million files starts its threads at once, and takes the sizes it
     * already knows from the index instead of asking the file system twice.
     */
    public static Iterator<List<Path>> lazily(List<Path> files, ToLongFunction<Path> size) {
        return new Iterator<>() {
            private int next;
            /** The size of file {@code next} when the group before stopped at it, else -1. */
            private long sizeOfNext = -1;

            @Override
            public boolean hasNext() {
                return next < files.size();
            }

            @Override
            public List<Path> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                List<Path> chunk = new ArrayList<>();
                long bytes = 0;
                while (next < files.size() && chunk.size() < MAX_FILES) {
                    long bytesOfFile = sizeOfNext >= 0 ? sizeOfNext : size.applyAsLong(files.get(next));
                    sizeOfNext = -1;
                    if (!chunk.isEmpty() && bytes + bytesOfFile > MAX_BYTES) {
                        sizeOfNext = bytesOfFile; // the next group starts with it: not asked twice
                        break;
                    }
                    chunk.add(files.get(next++));
                    bytes += bytesOfFile;
                }
                return chunk;
            }
        };
    }

    /** The file's size, or 0 when it cannot be read. */
    public static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
