package org.briefings.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A server started from its Maven artifacts in a JVM of its own (the tests' SolrCloud, the
 * benchmark's OpenSearch node): the artifacts resolved once into a folder, and the launcher's
 * stdout read line by line until it says {@code READY ...}. Why here: a server that brings its own
 * Lucene must never share the engine's class path, and both callers start theirs the same way.
 */
public final class Launched {

    private Launched() {}

    /**
     * Copies the runtime dependencies of {@code pom} into {@code lib} with the project's Maven
     * wrapper, once (a marker file remembers it); false when they cannot be resolved (no network,
     * no repository), with Maven's output in {@code log}.
     */
    public static boolean resolve(Path project, Path pom, Path lib, Path log) throws Exception {
        Path marker = lib.resolve(".resolved");
        if (Files.exists(marker)) {
            return true;
        }
        Process p = new ProcessBuilder(
                        project.resolve("mvnw").toString(),
                        "-q",
                        "-B",
                        "-f",
                        pom.toString(),
                        "dependency:copy-dependencies",
                        "-DincludeScope=runtime",
                        "-DoutputDirectory=" + lib)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(15, TimeUnit.MINUTES) || p.exitValue() != 0) {
            return false;
        }
        Files.writeString(marker, "resolved from " + project.relativize(pom) + "\n");
        return true;
    }

    /**
     * {@link #resolve} for the benchmark's peers, with the pom and the folder relative to the
     * project: the folder of jars, or an IOException that names {@code what} and the log.
     */
    public static Path resolved(Path project, String pom, String lib, String what) throws Exception {
        String log = lib + ".log";
        if (!resolve(project, project.resolve(pom), project.resolve(lib), project.resolve(log))) {
            throw new IOException(what + " cannot be resolved; see " + log);
        }
        return project.resolve(lib);
    }

    /** The process's stdout, line by line, read by a daemon thread as it comes. */
    public static BlockingQueue<String> lines(Process p) {
        BlockingQueue<String> out = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r =
                    new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return out;
    }

    /**
     * What follows {@code READY } on the first such line, or null (the process killed) when it ends
     * or takes longer than {@code minutes}.
     */
    public static String awaitReady(Process p, BlockingQueue<String> lines, int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith("READY ")) {
                return line.substring(6).strip();
            }
            if (line == null && !p.isAlive()) {
                break;
            }
        }
        p.destroyForcibly();
        return null;
    }
}
