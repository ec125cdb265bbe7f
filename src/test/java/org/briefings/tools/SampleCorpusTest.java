package org.briefings.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample corpus meets the bar and its generated files are up to date. */
class SampleCorpusTest {

    private static final Path ROOT = SharedData.projectDir();
    private static final Path CORPUS = ROOT.resolve("corpus");
    private static final Path SOURCES = ROOT.resolve("src/corpus-sources");

    /** The corpus's documents: every file under corpus/. */
    private static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted()
                    .toList();
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    @Test
    void corpusIsLargeAndVaried() throws IOException {
        List<Path> docs = documents();
        assertTrue(docs.size() >= 30, "at least 30 documents, found " + docs.size());
        Set<String> extensions =
                docs.stream().map(SampleCorpusTest::extension).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(extensions.size() >= 5, "at least 5 formats, found " + extensions);
        assertTrue(
                extensions.containsAll(Set.of("txt", "md", "html", "pdf", "docx", "eml", "zip")),
                extensions.toString());
    }

    @Test
    void generatedFilesAreUpToDate(@TempDir Path temp) throws IOException {
        SortedMap<String, byte[]> generated = SampleCorpusWriter.write(SOURCES, temp);
        assertTrue(generated.size() >= 10, "generated " + generated.keySet());
        for (Map.Entry<String, byte[]> e : generated.entrySet()) {
            Path committed = CORPUS.resolve(e.getKey());
            assertTrue(Files.exists(committed), committed + " is missing: run scripts/make-sample-corpus.sh");
            assertArrayEquals(
                    Files.readAllBytes(committed),
                    Files.readAllBytes(temp.resolve(e.getKey())),
                    committed + " is out of date: run scripts/make-sample-corpus.sh");
        }
        // And a second run in the same JVM gives the same bytes (no clocks, no random IDs).
        SortedMap<String, byte[]> again = SampleCorpusWriter.generate(SOURCES);
        assertEquals(generated.keySet(), again.keySet());
        generated.forEach((name, bytes) -> assertArrayEquals(bytes, again.get(name), name + " is not deterministic"));
    }

    @Test
    void readmeListsEveryDocument() throws IOException {
        String readme =
                Files.readString(CORPUS.resolveSibling("docs").resolve("sample-corpus.md"), StandardCharsets.UTF_8);
        List<Path> docs = documents();
        assertFalse(docs.isEmpty(), "no documents under " + CORPUS);
        for (Path doc : docs) {
            String name = CORPUS.relativize(doc).toString().replace('\\', '/');
            assertTrue(readme.contains("`" + name + "`"), "docs/sample-corpus.md does not list " + name);
        }
    }
}
