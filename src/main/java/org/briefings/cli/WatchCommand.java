package org.briefings.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.InvalidRequestException;
import org.briefings.watch.Watch;
import org.briefings.watch.WatchSpec;
import org.briefings.watch.Watches;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code watch add|list|rm|matches}: standing searches from the command line. Like {@code search},
 * these open the index themselves, so run them while the server is stopped (or use the HTTP API).
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Standing searches: every new briefing that matches one is recorded as its match.",
        subcommands = {
            WatchCommand.Add.class,
            WatchCommand.ListWatches.class,
            WatchCommand.Remove.class,
            WatchCommand.Matches.class
        })
final class WatchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            modelTransformer = SearchCommand.FilterOptions.class,
            description = {
                "Watch a search. QUERY and the filters are those of `search`.",
                "Example: briefings watch add 'KP sanctions' sanctions --country KP --from 2019"
            })
    static final class Add implements Callable<Integer> {
        @Mixin
        PathOptions paths;

        @Parameters(index = "0", paramLabel = "NAME", description = "What to call the watch.")
        String name;

        @Parameters(
                index = "1..*",
                paramLabel = "QUERY",
                arity = "0..*",
                description = "Query text (omit for every briefing).")
        List<String> query = new ArrayList<>();

        @Option(names = "--from", paramLabel = "DATE", description = "Published on or after.")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Published on or before.")
        String to;

        @Option(
                names = "--webhook",
                paramLabel = "URL",
                description = "POST each match here (signed, see docs/watches.md).")
        String webhook;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Map<String, List<String>> filters = SearchCommand.FilterOptions.given(spec);
            try (BriefingEngine engine = paths.builder().open()) {
                Watch w;
                try {
                    w = engine.watches()
                            .create(new WatchSpec(name, String.join(" ", query), filters, from, to, webhook));
                } catch (InvalidRequestException e) {
                    spec.commandLine().getErr().println("error: " + e.getMessage());
                    return 2;
                }
                PrintWriter out = spec.commandLine().getOut();
                Watches.Summary s = engine.watches().summary(w);
                out.printf("watch %s \"%s\": %d briefings already match%n", w.id(), w.name(), s.matches());
                out.printf("feed: /api/watches/%s/feed.atom?key=%s%n", w.id(), w.feedKey());
                if (w.webhookSecret() != null) {
                    out.printf("webhook secret (shown once): %s%n", w.webhookSecret());
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches with their unread counts.")
    static final class ListWatches implements Callable<Integer> {
        @Mixin
        PathOptions paths;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (BriefingEngine engine = paths.builder().open()) {
                List<Watches.Summary> all = engine.watches().list();
                if (all.isEmpty()) {
                    out.println("no watches");
                }
                for (Watches.Summary s : all) {
                    Watch w = s.watch();
                    out.printf(
                            "%s  %-30s %4d unread %5d matches   q=%s %s%n",
                            w.id(),
                            w.name(),
                            s.unread(),
                            s.matches(),
                            w.q(),
                            w.filters().isEmpty() ? "" : w.filters());
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "rm", mixinStandardHelpOptions = true, description = "Delete a watch and its matches.")
    static final class Remove implements Callable<Integer> {
        @Mixin
        PathOptions paths;

        @Parameters(paramLabel = "ID")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (BriefingEngine engine = paths.builder().open()) {
                if (!engine.watches().delete(id)) {
                    spec.commandLine().getErr().println("error: no watch with id " + id);
                    return 1;
                }
                spec.commandLine().getOut().println("deleted watch " + id);
                return 0;
            }
        }
    }

    @Command(
            name = "matches",
            mixinStandardHelpOptions = true,
            description = "Show a watch's matches, newest first; new ones are marked * (and then marked read).")
    static final class Matches implements Callable<Integer> {
        @Mixin
        PathOptions paths;

        @Parameters(paramLabel = "ID")
        String id;

        @Option(
                names = {"-n", "--size"},
                defaultValue = "20",
                description = "Matches to show (default: ${DEFAULT-VALUE}).")
        int size;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (BriefingEngine engine = paths.builder().open()) {
                Watch w = engine.watches().get(id).orElse(null);
                if (w == null) {
                    spec.commandLine().getErr().println("error: no watch with id " + id);
                    return 1;
                }
                Watches.Page page = engine.watches().matches(w, null, Math.max(1, Math.min(size, 200)));
                out.printf(
                        "%s \"%s\": %d matches%n%n",
                        w.id(), w.name(), engine.watches().summary(w).matches());
                for (Watches.Item i : page.items()) {
                    out.printf(
                            "%s %s  [%s]  %s%s%n",
                            i.unread() ? "*" : " ",
                            i.hit().title(),
                            i.hit().published() == null
                                    ? "undated"
                                    : i.hit().published().date(),
                            i.hit().id().substring(0, 12),
                            i.match().earlier() ? "  (earlier)" : "");
                }
                engine.watches().markRead(w.id(), null);
                out.flush();
                return 0;
            }
        }
    }
}
