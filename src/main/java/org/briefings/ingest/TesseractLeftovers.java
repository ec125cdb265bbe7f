package org.briefings.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Deletes the output files Tika leaves behind when Tesseract fails or is stopped at its time limit.
 *
 * <p>Why: Tika's Tesseract parser names Tesseract's output after a temporary file of its own
 * ({@code apache-tika-N.tmp} gives {@code apache-tika-N.tmp.hocr}) and deletes the output only
 * when Tesseract succeeded; on a timeout or a bad exit it deletes its own file and leaves the
 * output (Tika 3.3.1). The OCR time limit stops Tesseract by design, so every page cut off would
 * leave a file in the temporary folder, for as long as the engine runs.
 *
 * <p>An output whose {@code .tmp} file is gone is such a leftover: Tika deletes the output before
 * its own file when it succeeds, and creates its file before Tesseract starts, so an output still
 * being written always has its {@code .tmp} beside it, whichever thread or engine is writing it.
 */
final class TesseractLeftovers {

    private static final String GLOB = "apache-tika-*.tmp.{hocr,txt,osd}";

    private TesseractLeftovers() {}

    /** Deletes the leftovers in {@code folder}; how many. Errors are ignored: the next call tries again. */
    static int delete(Path folder) {
        int deleted = 0;
        try (DirectoryStream<Path> outputs = Files.newDirectoryStream(folder, GLOB)) {
            for (Path output : outputs) {
                String name = output.getFileName().toString();
                Path own = output.resolveSibling(name.substring(0, name.lastIndexOf('.')));
                if (!Files.exists(own) && Files.deleteIfExists(output)) {
                    deleted++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be listed: nothing to do here
        }
        return deleted;
    }

    /** Deletes the leftovers in this JVM's temporary folder, where Tika writes. */
    static int deleteInTemporaryFolder() {
        return delete(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
