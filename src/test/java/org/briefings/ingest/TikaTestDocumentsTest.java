package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.briefings.testing.SharedData;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.Test;

/**
 * Every file of Apache Tika's own test documents (malformed, encrypted and odd ones included)
 * must give either documents or one explained failure, within the time limit, without taking
 * the run down.
 */
@Slow
class TikaTestDocumentsTest {

    @Test
    void everyTestDocumentGivesBriefingsOrAnExplainedFailure() throws Exception {
        Path root = SharedData.folderOrSkip("tika-test-documents");
        List<Path> files = SharedData.regularFiles(root);
        Extractor extractor = new Extractor(
                new ExtractionLimits(2_000_000, 100, 100_000_000, Duration.ofSeconds(20)), new LanguageGuesser());
        int ok = 0;
        Map<IngestException.Reason, Integer> failures = new TreeMap<>();
        List<String> unexplained = new ArrayList<>();
        for (Path f : files) {
            try {
                Extraction x = extractor.extract(f, root.relativize(f).toString(), null);
                assertFalse(x.documents().isEmpty(), f + " gave neither documents nor a failure");
                ok++;
            } catch (IngestException e) {
                failures.merge(e.reason(), 1, Integer::sum);
                if (e.getMessage() == null || e.getMessage().isBlank()) {
                    unexplained.add(f.toString());
                }
            }
        }
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf(
                "tika-test-documents: %d files, %d extracted, %d failed %s%n", files.size(), ok, failed, failures);
        assertEquals(files.size(), ok + failed, "every file accounted for");
        assertTrue(unexplained.isEmpty(), "failures without a reason: " + unexplained);
        assertTrue(ok > files.size() / 2, "most test documents are readable: " + ok + " of " + files.size());
    }
}
