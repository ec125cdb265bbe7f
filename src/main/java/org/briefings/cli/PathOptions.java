package org.briefings.cli;

import java.nio.file.Path;
import org.briefings.engine.EngineConfig;
import picocli.CommandLine.Option;

/** {@code --corpus} and {@code --index}, shared by every subcommand. */
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

    EngineConfig config() {
        return EngineConfig.of(corpus, index);
    }
}
