package org.briefings.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.ReconcileReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code serve}: reconciles the corpus into the index, then serves search over HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Index the corpus, then serve the search API and web page.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    PathOptions paths;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (BriefingEngine engine = Engines.open(paths.config())) {
            ReconcileReport report = engine.reconcile(java.util.List.of(engine.corpus()),
                    new ProgressBar(System.err, System.console() != null));
            IndexCommand.printSummary(out, report, engine.index().count());
            out.println("The HTTP server is not there yet; use `briefings search` meanwhile.");
            out.flush();
            return 0;
        }
    }
}
