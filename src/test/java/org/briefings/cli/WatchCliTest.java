package org.briefings.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch add|list|matches|rm} as a user runs them, and the {@code index} command as one more
 * ingest path that matches new briefings against the watches.
 */
class WatchCliTest {

    @TempDir
    Path dir;

    @Test
    void aWatchAddedFromTheCommandLineMatchesWhatTheIndexCommandAdds() throws Exception {
        CliEndToEndTest.Workspace w = CliEndToEndTest.Workspace.copyOfSample(
                dir, "kp-ship-to-ship-transfers.txt", "india-g20-presidency.docx");
        assertEquals(0, w.cli("index").code());

        CliEndToEndTest.Run bad = w.cli("watch", "add", "Broken", "title:(unclosed");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("error:"), bad.err());

        CliEndToEndTest.Run added = w.cli("watch", "add", "KP sanctions", "sanctions", "--country", "KP");
        assertEquals(0, added.code(), added.err());
        Matcher m = Pattern.compile("watch ([0-9a-f]{16}) \"KP sanctions\": (\\d+) briefings already match")
                .matcher(added.out());
        assertTrue(m.find(), added.out());
        String id = m.group(1);
        assertEquals(1, Integer.parseInt(m.group(2)), "the ship-to-ship briefing already matches");
        assertTrue(added.out().contains("feed: /api/watches/" + id + "/feed.atom?key="), added.out());

        Files.writeString(
                w.corpus().resolve("new-kp.txt"),
                "New sanctions on North Korea\n\nThe council widened sanctions on North Korea's shipping.\n");
        assertEquals(0, w.cli("index").code());

        CliEndToEndTest.Run list = w.cli("watch", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().matches("(?s).*" + id + "\\s+KP sanctions\\s+1 unread\\s+2 matches.*"), list.out());

        CliEndToEndTest.Run matches = w.cli("watch", "matches", id);
        assertEquals(0, matches.code(), matches.err());
        assertTrue(matches.out().contains("* New sanctions on North Korea"), matches.out());
        assertTrue(matches.out().contains("(earlier)"), matches.out());
        assertTrue(w.cli("watch", "list").out().contains("0 unread"), "matches marks them read");

        assertEquals(0, w.cli("watch", "rm", id).code());
        assertTrue(w.cli("watch", "list").out().contains("no watches"));
        assertEquals(1, w.cli("watch", "rm", id).code());
    }

    @Test
    void aWatchTakesTheFlagFiltersAsASearchDoes() throws Exception {
        CliEndToEndTest.Workspace w = CliEndToEndTest.Workspace.copyOfSample(dir);
        assertEquals(0, w.cli("index").code());
        for (String flag : new String[] {"--undated", "--ocr", "--needs-ocr"}) {
            CliEndToEndTest.Run search = w.cli("search", "*:*", flag, "--json");
            assertEquals(0, search.code(), search.err());
            long expected = org.briefings.Json.MAPPER
                    .readTree(search.out())
                    .get("total")
                    .asLong();
            CliEndToEndTest.Run added = w.cli("watch", "add", "Flag " + flag, "*:*", flag);
            assertEquals(0, added.code(), flag + ": " + added.err());
            Matcher m = Pattern.compile("(\\d+) briefings already match").matcher(added.out());
            assertTrue(m.find(), added.out());
            assertEquals(expected, Long.parseLong(m.group(1)), flag);
        }
        CliEndToEndTest.Run all = w.cli("search", "*:*", "--json");
        long every = org.briefings.Json.MAPPER.readTree(all.out()).get("total").asLong();
        CliEndToEndTest.Run undated = w.cli("search", "*:*", "--undated", "--json");
        assertTrue(
                org.briefings.Json.MAPPER.readTree(undated.out()).get("total").asLong() < every,
                "the flag filters: the sample corpus has dated briefings");
    }
}
