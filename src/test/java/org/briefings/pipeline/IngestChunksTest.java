package org.briefings.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestChunksTest {

    @TempDir
    Path dir;

    private Path file(String name, int bytes) throws Exception {
        return Files.write(dir.resolve(name), new byte[bytes]);
    }

    @Test
    void smallFilesGoInGroupsOfAtMostMaxFilesInTheirOrder() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            files.add(file(String.format("f%03d.txt", i), 100));
        }
        List<List<Path>> chunks = IngestChunks.of(files);
        assertEquals(List.of(32, 32, 6), chunks.stream().map(List::size).toList());
        assertEquals(files, chunks.stream().flatMap(List::stream).toList(), "every file once, in order");
    }

    @Test
    void aGroupStopsBeforeItsFilesPassMaxBytesAndALargeFileIsAGroupOfItsOwn() throws Exception {
        int third = (int) (IngestChunks.MAX_BYTES / 3);
        Path a = file("a.pdf", third);
        Path b = file("b.pdf", third);
        Path c = file("c.pdf", third);
        Path d = file("d.pdf", third); // a + b + c + d would pass the limit
        Path big = file("big.pdf", (int) IngestChunks.MAX_BYTES * 2);
        Path e = file("e.txt", 10);
        assertEquals(
                List.of(List.of(a, b, c), List.of(d), List.of(big), List.of(e)),
                IngestChunks.of(List.of(a, b, c, d, big, e)));
    }

    @Test
    void aFileGoneSinceTheListingStaysInItsGroup() throws Exception {
        Path a = file("a.txt", 10);
        Path gone = dir.resolve("gone.txt");
        assertEquals(List.of(List.of(a, gone)), IngestChunks.of(List.of(a, gone)));
        assertEquals(List.of(), IngestChunks.of(List.of()));
    }
}
