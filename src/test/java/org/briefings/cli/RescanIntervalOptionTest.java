package org.briefings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code serve --rescan-interval}: the forms it takes, and a bad value refused by the CLI with a
 * message naming the option and the forms, before anything is opened.
 */
class RescanIntervalOptionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"60s, 60", "5m, 300", "1h, 3600", "90, 90", "0, 0", "off, 0", "OFF, 0", "' 10m ', 600", "0s, 0"})
    void readsAWholeNumberWithAUnitOrOff(String written, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), IntervalConverter.parse(written));
    }

    @Test
    void serveParsesTheOptionAndDefaultsToAMinute() {
        ServeCommand given = new ServeCommand();
        new CommandLine(given).parseArgs("--rescan-interval", "10m");
        assertEquals(Duration.ofMinutes(10), given.rescanInterval);

        ServeCommand unset = new ServeCommand();
        new CommandLine(unset).parseArgs();
        assertEquals(Duration.ofSeconds(60), unset.rescanInterval);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5s", "5x", "1.5m", "soon", "", "5 minutes", "10ms"})
    void aBadValueIsRefusedWithTheFormsItTakes(String bad) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "serve",
                "--corpus",
                Files.createDirectories(dir.resolve("corpus")).toString(),
                "--index",
                dir.resolve("index").toString(),
                "--port",
                "0",
                "--rescan-interval",
                bad);
        assertEquals(2, code, "a usage error: " + out + err);
        String message = err.toString();
        assertTrue(message.contains("--rescan-interval"), message);
        assertTrue(message.contains("90s, 5m, 1h"), message);
        assertTrue(message.contains("0 or off"), message);
        assertTrue(Files.notExists(dir.resolve("index")), "nothing was opened for a bad option");
    }
}
