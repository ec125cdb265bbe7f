package org.briefings.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index is open in another process or command (a running {@code serve} or {@code index}).
 * Lucene's own error ("Lock held by another program: .../write.lock") names a file, not the
 * running server that a user who types {@code briefings search} beside it has to stop or ask instead.
 */
public final class IndexInUseException extends IOException {

    private IndexInUseException(Path dir, LockObtainFailedException cause) {
        super(
                "the index at " + dir + " is in use by a running briefings server or command ('serve',"
                        + " 'index'); stop it first, or send the request to the running server over HTTP"
                        + " (/api/search, /api/export, /api/batch-search, /api/watches)",
                cause);
    }

    /** The index's one writer, or this error when another holds it ({@code directory} is then closed). */
    static IndexWriter openWriter(Path dir, Directory directory, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new IndexInUseException(dir, e);
        }
    }
}
