package org.briefings.ingest.fork;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser children's JVM options ({@code --parser-jvm-options}): they reach the child's command
 * line after the engine's own, and nothing but a JVM setting is accepted, so an option cannot make
 * the child run another class or lift the heap limit the out-of-memory message quotes.
 */
class ParserJvmOptionsTest {

    @TempDir
    Path dir;

    @Test
    void optionsAreSplitAtWhiteSpace() {
        assertEquals(
                List.of("-XX:TieredStopAtLevel=1", "-Dx=y"),
                ParserIsolation.parseJvmOptions("  -XX:TieredStopAtLevel=1 \t -Dx=y "));
        assertEquals(List.of(), ParserIsolation.parseJvmOptions(" "));
        assertEquals(List.of(), ParserIsolation.parseJvmOptions(null));
    }

    @Test
    void anythingButAJvmSettingIsRefusedNamingIt() {
        for (String bad : List.of("-cp", "/tmp/evil.jar", "-jar", "org.evil.Main", "-Xmx8g", "--class-path")) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> ParserIsolation.forked(1, 64).withJvmOptions(List.of("-Dok=1", bad)),
                    bad);
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
    }

    @Test
    void theChildRunsWithTheOptionsAfterTheEnginesOwn() {
        List<String> cmd = WorkerProcess.command(
                64, List.of("-XX:TieredStopAtLevel=1", "-Xss8m"), "Main", ForkedExtractorTest.LIMITS);
        int own = cmd.indexOf("-Xss4m");
        int given = cmd.indexOf("-Xss8m");
        assertTrue(own > 0 && given > own, "the given -Xss comes later, so it wins: " + cmd);
        assertTrue(cmd.indexOf("-XX:TieredStopAtLevel=1") < cmd.indexOf("Main"), cmd.toString());
    }

    @Test
    @Slow
    @Timeout(120)
    void aStartedChildHasThem() throws Exception {
        Path any = Files.writeString(dir.resolve("any.bin"), "x");
        ParserIsolation isolation = ParserIsolation.forked(1, 96)
                .withJvmOptions(List.of("-XX:TieredStopAtLevel=1", "-Dbriefings.probe=on"));
        try (ForkedExtractor pool =
                new ForkedExtractor(ForkedExtractorTest.LIMITS, isolation, MisbehavingWorker.class.getName())) {
            List<String> jvm = pool.extract(any, "probe.echo", null)
                    .documents()
                    .get(0)
                    .metadata()
                    .get("jvm");
            assertTrue(jvm.contains("-XX:TieredStopAtLevel=1"), jvm.toString());
            assertTrue(jvm.contains("-Dbriefings.probe=on"), jvm.toString());
            assertEquals(
                    "-XX:TieredStopAtLevel=1 -Dbriefings.probe=on",
                    pool.describe().get("jvmOptions"));
        }
    }
}
