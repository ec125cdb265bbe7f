package org.briefings.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code briefings} — index documents, search them, serve them. Run with {@code --help}, or a
 * subcommand with {@code --help}.
 */
@Command(
        name = "briefings",
        mixinStandardHelpOptions = true,
        version = "briefings 0.1.0",
        description = "A search engine for briefings: index a folder of documents, search by text, country and date.",
        subcommands = {
            IndexCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            BatchCommand.class,
            WatchCommand.class,
            StatsCommand.class,
            ServeCommand.class,
            EvalCommand.class,
            CurateCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the CLI with its output and errors going to the given writers. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        Logging.quiet();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("error: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 2;
        });
        return cli.execute(args);
    }
}
