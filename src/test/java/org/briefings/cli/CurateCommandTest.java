package org.briefings.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.briefings.curation.CuratedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefings curate}: the same rules as the API, from the command line. */
class CurateCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = Stream.concat(
                        Stream.of(args),
                        Stream.of(
                                "--corpus",
                                dir.resolve("corpus").toString(),
                                "--index",
                                dir.resolve("index").toString()))
                .toArray(String[]::new);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void rulesAreMadeListedAndUndoneAndChangeWhatSearchesShow() throws Exception {
        CuratedCorpus.write(dir.resolve("corpus"));
        assertEquals(0, cli("index", "--in-process-parsing").code());
        assertTrue(cli("stats").out().contains(CuratedCorpus.AU + " (2)"));

        Run reject = cli("curate", "reject", "org", CuratedCorpus.AU, "--by", "maria");
        assertEquals(0, reject.code(), reject.err());
        assertTrue(
                reject.out().contains("rule 1: reject org '" + CuratedCorpus.AU + "'; 2 briefings changed"),
                reject.out());
        assertFalse(cli("stats").out().contains(CuratedCorpus.AU), "the facet no longer has it");

        Run merge = cli("curate", "merge", "person", "Somebody", "Somebody Else");
        assertEquals(0, merge.code(), merge.err());
        assertTrue(
                merge.out().contains("rule 2: merge person 'Somebody' into 'Somebody Else'; 0 briefings changed"),
                merge.out());

        Run list = cli("curate", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("1  reject org '" + CuratedCorpus.AU + "'  (2 briefings;"), list.out());
        assertTrue(list.out().contains("by maria"), list.out());
        assertTrue(list.out().contains("2  merge person 'Somebody' into 'Somebody Else'  (0 briefings;"), list.out());
        assertTrue(Files.isRegularFile(dir.resolve("corpus/.curation/rules.json")));

        Run undo = cli("curate", "undo", "1");
        assertEquals(0, undo.code(), undo.err());
        assertTrue(undo.out().contains("2 briefings changed"), undo.out());
        assertTrue(cli("stats").out().contains(CuratedCorpus.AU + " (2)"));
    }

    @Test
    void badRulesAndUnknownIdsSayWhatIsWrong() throws Exception {
        CuratedCorpus.write(dir.resolve("corpus"));
        Run badDim = cli("curate", "merge", "planet", "a", "b");
        assertEquals(2, badDim.code());
        assertTrue(badDim.err().contains("unknown dim 'planet'"), badDim.err());
        Run self = cli("curate", "rename", "person", "a", "a");
        assertTrue(self.err().contains("into itself"), self.err());
        Run unknown = cli("curate", "undo", "7");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no curation rule 7"), unknown.err());
    }
}
