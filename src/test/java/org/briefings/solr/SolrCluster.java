package org.briefings.solr;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.briefings.testing.Launched;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Assumptions;

/**
 * A real SolrCloud for the tests: Solr 9 and its test framework are resolved by Maven into {@code
 * target/solr-lib} (src/test/solr-cluster/pom.xml), and {@code SolrClusterLauncher.java} runs a
 * MiniSolrCloudCluster (Jetty nodes, embedded ZooKeeper) in a JVM of its own, so Solr's Lucene 9
 * never meets the engine's Lucene 10. The engine talks to it over HTTP, as to a user's cluster.
 * When the artifacts cannot be resolved (no network, no repository), the tests are skipped.
 */
final class SolrCluster implements AutoCloseable {

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines; // the launcher's stdout, line by line
    private final List<String> urls;

    private SolrCluster(Process process, List<String> urls, BlockingQueue<String> lines) {
        this.process = process;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        this.urls = urls;
        this.lines = lines;
    }

    /** Starts a cluster of {@code nodes} nodes, or skips the calling test with the reason. */
    static SolrCluster start(int nodes, Path work) throws Exception {
        return start(nodes, work, "768m");
    }

    /**
     * As {@link #start(int, Path)}, with the launcher's JVM heap: the benchmark's Solr peer gets the
     * engine's heap ({@code SolrPeer}).
     */
    static SolrCluster start(int nodes, Path work, String heap) throws Exception {
        Path project = SharedData.projectDir();
        Path lib = lib();
        resolve(project, lib);
        String java = ProcessHandle.current().info().command().orElse("java");
        Files.createDirectories(work);
        ProcessBuilder pb = new ProcessBuilder(
                        java,
                        "-Xmx" + heap,
                        "-XX:+UseG1GC",
                        "-cp",
                        lib + "/*",
                        project.resolve("src/test/solr-cluster/SolrClusterLauncher.java")
                                .toString(),
                        String.valueOf(nodes),
                        work.resolve("cluster").toString())
                .redirectError(work.resolve("solr-cluster.log").toFile());
        Process p = pb.start();
        BlockingQueue<String> out = Launched.lines(p);
        String ready = Launched.awaitReady(p, out, 4);
        if (ready == null) {
            throw new IllegalStateException("the SolrCloud did not start; see " + work.resolve("solr-cluster.log"));
        }
        return new SolrCluster(p, Arrays.asList(ready.split(",")), out);
    }

    private static void resolve(Path project, Path lib) throws Exception {
        boolean resolved = Launched.resolve(
                project, project.resolve("src/test/solr-cluster/pom.xml"), lib, project.resolve("target/solr-lib.log"));
        Assumptions.assumeTrue(
                resolved,
                "skipped: the Solr artifacts (solr-test-framework 9.10.1) cannot be resolved; see target/solr-lib.log");
    }

    List<String> urls() {
        return urls;
    }

    String urlList() {
        return String.join(",", urls);
    }

    /**
     * Stops node {@code i}: its Jetty and cores are shut down in the launcher's JVM, which is
     * graceful (the node leaves ZooKeeper at once). A crash is {@link KillableSolrNode#kill}.
     */
    void stop(int i) throws Exception {
        command("stop " + i, "STOPPED " + i);
    }

    void start(int i) throws Exception {
        command("start " + i, "STARTED " + i);
    }

    /** The cluster's ZooKeeper ({@code host:port/solr}), for a node started in a process of its own. */
    String zkAddress() throws Exception {
        return command("zk", "ZK ").substring(3);
    }

    /** The folder the Solr jars were resolved into (target/solr-lib). */
    static Path lib() {
        return SharedData.projectDir().resolve("target/solr-lib");
    }

    /** Sends a command and returns the launcher's line that answers it (equal to, or starting with, {@code expect}). */
    private String command(String command, String expect) throws Exception {
        commands.write(command + "\n");
        commands.flush();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && (line.equals(expect) || (expect.endsWith(" ") && line.startsWith(expect)))) {
                return line;
            }
        }
        throw new IllegalStateException(command + " did not finish");
    }

    @Override
    public void close() throws Exception {
        try {
            commands.write("quit\n");
            commands.flush();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
