package org.briefings.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.briefings.http.ServerConfig;
import org.briefings.ingest.ParserIsolation;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The two engines the contract tests compare, over the sample corpus: one on the embedded index and
 * one on a SolrCloud collection of 2 shards x 2 replicas on a real three-node cluster ({@link
 * SolrCluster}, in its own JVM). Started once per test run and shared by the test classes that ask
 * for it ({@code @ExtendWith(SolrBackends.Resolver.class)} and a {@code SolrBackends} parameter),
 * because the cluster takes a while to start; closed when the run ends.
 */
final class SolrBackends implements ExtensionContext.Store.CloseableResource {

    static final String COLLECTION = "contract";

    final Path dir;
    final SolrCluster cluster;
    final TestServer embedded;
    final TestServer solr;

    private SolrBackends(Path dir, SolrCluster cluster, TestServer embedded, TestServer solr) {
        this.dir = dir;
        this.cluster = cluster;
        this.embedded = embedded;
        this.solr = solr;
    }

    private static SolrBackends start() {
        Path dir = null;
        SolrCluster cluster = null;
        TestServer embedded = null;
        try {
            dir = Files.createTempDirectory("solr-backends");
            cluster = SolrCluster.start(3, dir.resolve("solr"));
            embedded = new TestServer(dir.resolve("embedded"), ServerConfig.defaults(), true);
            SolrTarget target = SolrTarget.of(cluster.urlList(), COLLECTION, 2, 2);
            TestServer solr = new TestServer(
                    dir.resolve("solr-engine"),
                    ServerConfig.defaults(),
                    true,
                    c -> c.withIsolation(ParserIsolation.inProcess()),
                    codes -> SolrIndex.open(target, codes));
            return new SolrBackends(dir, cluster, embedded, solr);
        } catch (RuntimeException e) {
            closeQuietly(embedded, cluster);
            throw e; // a skip (the Solr artifacts cannot be resolved) stays a skip
        } catch (Exception e) {
            closeQuietly(embedded, cluster);
            throw new IllegalStateException("the backends did not start", e);
        }
    }

    /** The server of a backend by name ({@code embedded} or {@code solr}). */
    TestServer server(String backend) {
        return backend.equals("solr") ? solr : embedded;
    }

    @Override
    public void close() throws Exception {
        closeQuietly(solr, embedded, cluster);
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the rest matters more
            }
        }
    }

    /** Hands the shared backends to a test class's {@code @BeforeAll}, starting them on first use. */
    static final class Resolver implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == SolrBackends.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(SolrBackends.class, k -> start(), SolrBackends.class);
        }
    }
}
