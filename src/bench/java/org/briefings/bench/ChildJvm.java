package org.briefings.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.briefings.ingest.ParserIsolation;

/**
 * Runs one measurement in a fresh JVM (same java binary and class path as this one), so that
 * "cold" means cold: no class loaded, nothing compiled. The child prints progress on stderr
 * (passed through) and its result as one line {@code RESULT <json>} on stdout.
 */
final class ChildJvm {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final String RESULT_PREFIX = "RESULT ";

    private ChildJvm() {}

    /** The command that starts a JVM like this one, with Lucene's flags and the given heap. */
    static List<String> javaCommand(String heap) {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--add-modules");
        cmd.add("jdk.incubator.vector");
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Xmx" + heap);
        cmd.add("-Xms" + heap);
        cmd.add("-XX:+UseG1GC");
        cmd.add("-Xss4m");
        String parsers = System.getProperty(ParserIsolation.CLASS_PATH_PROPERTY, "");
        if (!parsers.isBlank()) {
            cmd.add("-D" + ParserIsolation.CLASS_PATH_PROPERTY + "="
                    + parsers); // the parser processes run from the build's jar
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        return cmd;
    }

    /** Runs {@code mainClass args} in a child JVM and returns its result parsed as {@code type}. */
    static <T> T run(Class<?> mainClass, List<String> args, String heap, Class<T> type) throws IOException {
        List<String> cmd = javaCommand(heap);
        cmd.add(mainClass.getName());
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(RESULT_PREFIX)) {
                    result = line.substring(RESULT_PREFIX.length());
                } else {
                    System.err.println("  | " + line);
                }
            }
        }
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + mainClass.getSimpleName());
        }
        if (code != 0 || result == null) {
            throw new IOException(mainClass.getSimpleName() + " " + args + " failed (exit " + code + ")");
        }
        return JSON.readValue(result, type);
    }

    /** Called by a child's main: prints the result line the parent reads. */
    static void emit(Object result) throws IOException {
        System.out.println(RESULT_PREFIX + JSON.writeValueAsString(result));
        System.out.flush();
    }
}
