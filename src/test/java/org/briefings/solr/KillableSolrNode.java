package org.briefings.solr;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.briefings.testing.Launched;
import org.briefings.testing.SharedData;

/**
 * A SolrCloud node in a JVM of its own (src/test/solr-cluster/SolrNodeLauncher.java) that joins a
 * running {@link SolrCluster}. Why apart: the cluster's own nodes share the launcher's JVM, where a
 * node can only be stopped, gracefully; this one is {@linkplain #kill killed} as a crash would kill
 * it (SIGKILL: no goodbye to ZooKeeper, no core closed, nothing flushed by Solr) and {@linkplain
 * #restart started again} on the same port with the same home, so the cluster sees the same node
 * come back and its replicas replay their update logs.
 *
 * <p>Its ZooKeeper session times out after 5 s instead of Solr's 30 s, so the cluster notices the
 * crash within a CI-sized wait; everything else is Solr's default.
 */
final class KillableSolrNode implements AutoCloseable {

    private static final int ZK_SESSION_MS = 5_000;

    private final String zk;
    private final Path home;
    private Process process;
    private int port;
    private String url;

    private KillableSolrNode(String zk, Path home) {
        this.zk = zk;
        this.home = home;
    }

    /** Starts a node in its own JVM, joined to {@code cluster}, with its home in {@code home}. */
    static KillableSolrNode start(SolrCluster cluster, Path home) throws Exception {
        KillableSolrNode node = new KillableSolrNode(cluster.zkAddress(), home);
        node.launch();
        return node;
    }

    private void launch() throws Exception {
        Files.createDirectories(home);
        String java = ProcessHandle.current().info().command().orElse("java");
        Path project = SharedData.projectDir();
        process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:+UseG1GC",
                        "-Dsolr.zkclienttimeout=" + ZK_SESSION_MS,
                        "-cp",
                        SolrCluster.lib() + "/*",
                        project.resolve("src/test/solr-cluster/SolrNodeLauncher.java")
                                .toString(),
                        zk,
                        home.toString(),
                        String.valueOf(port))
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        home.resolve("node.log").toFile()))
                .start();
        String ready = Launched.awaitReady(process, Launched.lines(process), 3);
        if (ready == null) {
            throw new IllegalStateException("the separate Solr node did not start; see " + home.resolve("node.log"));
        }
        url = ready;
        port = URI.create(ready).getPort();
    }

    /** {@code http://127.0.0.1:PORT/solr}. */
    String url() {
        return url;
    }

    /** The node's name in the cluster state ({@code 127.0.0.1:PORT_solr}), for placing replicas on it. */
    String nodeName() {
        return nodeName(url);
    }

    /** A node's name in the cluster state from its base URL. */
    static String nodeName(String baseUrl) {
        URI u = URI.create(baseUrl);
        return u.getHost() + ":" + u.getPort() + "_" + u.getPath().substring(1);
    }

    /** SIGKILL: the JVM ends at once, mid-request if it is in one. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed Solr node is still running");
        }
    }

    /** Starts the node again, on the port and with the home (cores, indexes, update logs) it had. */
    void restart() throws Exception {
        launch();
    }

    /** Stops the node gracefully (the end of its stdin), killing it if it does not stop in a minute. */
    @Override
    public void close() throws Exception {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // already gone
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
