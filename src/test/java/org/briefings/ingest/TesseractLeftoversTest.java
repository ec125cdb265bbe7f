package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only Tesseract output Tika abandoned is deleted: never one still being written, never anything else. */
class TesseractLeftoversTest {

    @TempDir
    Path tmp;

    @Test
    void outputsWhoseOwnTemporaryFileIsGoneAreDeletedAndNothingElse() throws IOException {
        touch("apache-tika-1.tmp.hocr"); // Tesseract timed out: Tika deleted its .tmp, kept this
        touch("apache-tika-2.tmp");
        touch("apache-tika-2.tmp.hocr"); // another thread's page, being read now
        touch("apache-tika-3.tmp.txt"); // plain-text output, abandoned
        touch("apache-tika-4.tmp"); // a spooled attachment
        touch("apache-tika-5.tmp.png"); // not Tesseract's output
        touch("notes.hocr");

        assertEquals(2, TesseractLeftovers.delete(tmp));
        assertEquals(
                List.of(
                        "apache-tika-2.tmp",
                        "apache-tika-2.tmp.hocr",
                        "apache-tika-4.tmp",
                        "apache-tika-5.tmp.png",
                        "notes.hocr"),
                names());
        assertEquals(0, TesseractLeftovers.delete(tmp), "nothing more to delete");
    }

    @Test
    void aFolderThatCannotBeListedIsLeftAlone() {
        assertEquals(0, TesseractLeftovers.delete(tmp.resolve("missing")));
    }

    private void touch(String name) throws IOException {
        Files.writeString(tmp.resolve(name), "");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
