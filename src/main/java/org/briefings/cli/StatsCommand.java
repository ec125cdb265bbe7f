package org.briefings.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineStats;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stats}: how many briefings, how big the index is, and the top values of each facet. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Show index size and the top values of each facet.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (BriefingEngine engine = paths.builder().open()) {
            SearchResponse all =
                    engine.search(SearchRequest.builder().size(0).facetLimit(10).build());
            EngineStats stats = engine.stats();
            out.printf("briefings:   %d%n", stats.briefings());
            out.printf("index size:  %.1f MB (%s)%n", stats.indexSizeBytes() / 1e6, stats.index());
            out.printf("corpus:      %s%n", stats.corpus());
            out.printf("last commit: %s%n%n", stats.lastCommit() == null ? "never" : stats.lastCommit());
            for (SearchResponse.Facet f : all.facets()) {
                out.printf(
                        "%-9s %s%n",
                        f.dim() + ":",
                        f.values().stream()
                                .limit(10)
                                .map(v -> v.value() + " (" + v.count() + ")")
                                .collect(Collectors.joining(", ")));
            }
            if (!all.timeline().isEmpty()) {
                out.printf(
                        "%npublished: %s .. %s%n",
                        all.timeline().get(0).month(),
                        all.timeline().get(all.timeline().size() - 1).month());
            }
            out.flush();
            return 0;
        }
    }
}
