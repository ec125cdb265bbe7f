package org.briefings.cli;

import java.nio.file.Path;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.solr.SolrIndex;
import org.briefings.solr.SolrTarget;
import picocli.CommandLine.Option;

/** {@code --corpus} and {@code --index} (or {@code --solr} and its collection), shared by every subcommand. */
public final class PathOptions {

    @Option(
            names = "--corpus",
            paramLabel = "DIR",
            description = "Folder of original documents (default: ${DEFAULT-VALUE}).",
            defaultValue = "corpus")
    Path corpus;

    @Option(
            names = "--index",
            paramLabel = "DIR",
            description = "Folder of the search index (default: ${DEFAULT-VALUE}).",
            defaultValue = "index")
    Path index;

    @Option(
            names = "--solr",
            paramLabel = "URL[,URL...]",
            description = "Index and search in a SolrCloud collection instead of --index: URLs of some of its nodes"
                    + " (http://host:8983/solr); see docs/scaling.md.")
    String solr;

    @Option(
            names = "--collection",
            paramLabel = "NAME",
            description = "The SolrCloud collection (default: ${DEFAULT-VALUE}); created when missing.",
            defaultValue = "briefings")
    String collection;

    @Option(
            names = "--shards",
            paramLabel = "N",
            description = "Shards of a collection created by --solr (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int shards;

    @Option(
            names = "--replicas",
            paramLabel = "M",
            description = "Replicas of each shard of a collection created by --solr (default: ${DEFAULT-VALUE}).",
            defaultValue = "1")
    int replicas;

    EngineConfig config() {
        return EngineConfig.of(corpus, index);
    }

    /** The engine for {@code config}: on the embedded index, or on SolrCloud with {@code --solr}. */
    EngineBuilder builder(EngineConfig config) {
        EngineBuilder b = EngineBuilder.of(config);
        if (solr != null) {
            SolrTarget target = SolrTarget.of(solr, collection, shards, replicas);
            b.index(codes -> SolrIndex.open(target, codes));
        }
        return b;
    }

    EngineBuilder builder() {
        return builder(config());
    }
}
