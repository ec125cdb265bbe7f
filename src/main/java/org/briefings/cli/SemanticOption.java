package org.briefings.cli;

import picocli.CommandLine.Option;

/**
 * {@code --semantic} on {@code serve} and {@code index}: embeds briefings into the vector index
 * beside the main one and lets searches ask for {@code mode=hybrid} (docs/ranking.md). Off by
 * default, so the sentence model is never loaded and ingest costs what it did.
 */
final class SemanticOption {

    @Option(
            names = "--semantic",
            negatable = true,
            defaultValue = "${env:BRIEFINGS_SEMANTIC:-false}",
            fallbackValue = "true",
            description = "Semantic search: embed briefings in the background (vectors in INDEX/vectors/) and offer"
                    + " mode=hybrid (default: $BRIEFINGS_SEMANTIC, else off).")
    boolean on;
}
