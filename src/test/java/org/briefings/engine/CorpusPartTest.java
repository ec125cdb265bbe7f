package org.briefings.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CorpusPartTest {

    @Test
    void everyPathIsInExactlyOnePartAndThePartsAreNotEmpty() {
        int[] sizes = new int[3];
        for (int f = 0; f < 3_000; f++) {
            String path = "uploads/2026-12/file-" + f + ".pdf";
            int in = 0;
            for (int i = 1; i <= 3; i++) {
                if (new CorpusPart(i, 3).contains(path)) {
                    in++;
                    sizes[i - 1]++;
                }
            }
            assertEquals(1, in, path);
        }
        for (int size : sizes) {
            assertTrue(size > 800, "parts are about even: " + java.util.Arrays.toString(sizes));
        }
    }

    @Test
    void partsAreReadAsIOfNAndCheckedAtTheEdge() {
        assertEquals(new CorpusPart(2, 4), CorpusPart.parse("2/4"));
        assertTrue(CorpusPart.ALL.contains("anything"));
        assertThrows(IllegalArgumentException.class, () -> CorpusPart.parse("3/2"));
        assertThrows(IllegalArgumentException.class, () -> CorpusPart.parse("half"));
    }
}
