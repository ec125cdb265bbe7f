package org.briefings.cli;

import java.io.PrintWriter;
import java.util.List;
import org.briefings.curation.CurationRequest;
import org.briefings.curation.Curator;
import org.briefings.engine.BriefingEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code curate}: the analyst's corrections of the person, organisation and country facets, the same
 * rules as {@code /api/curation}: stored in {@code corpus/.curation/} and applied to the index at
 * once. Needs the index to itself (stop {@code serve} first, or use the API while it runs).
 */
@Command(
        name = "curate",
        mixinStandardHelpOptions = true,
        description = "List, make or undo curation rules: merge, rename or reject a person, organisation or country.")
final class CurateCommand {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--by",
            paramLabel = "NAME",
            description = "Who makes the rule (default: the user name).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    String by = System.getProperty("user.name");

    @Command(name = "list", description = "List the rules, with the briefings tagged with each value.")
    int list(@Mixin PathOptions paths) throws Exception {
        try (BriefingEngine engine = paths.builder().open()) {
            List<Curator.Listed> rules = engine.curation().list();
            PrintWriter out = out();
            if (rules.isEmpty()) {
                out.println("no curation rules");
            }
            for (Curator.Listed r : rules) {
                out.printf(
                        "%4d  %s  (%d briefings; %s%s)%n",
                        r.id(), describe(r), r.briefings(), r.createdAt(), r.by() == null ? "" : ", by " + r.by());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "merge", description = "FROM is the same entity as TO (the canonical name): DIM is person or org.")
    int merge(
            @Mixin PathOptions paths,
            @Parameters(index = "0", paramLabel = "DIM") String dim,
            @Parameters(index = "1", paramLabel = "FROM") String from,
            @Parameters(index = "2", paramLabel = "TO") String to)
            throws Exception {
        return add(paths, new CurationRequest("merge", dim, from, to, null, by));
    }

    @Command(name = "rename", description = "Show FROM as TO: DIM is person or org.")
    int rename(
            @Mixin PathOptions paths,
            @Parameters(index = "0", paramLabel = "DIM") String dim,
            @Parameters(index = "1", paramLabel = "FROM") String from,
            @Parameters(index = "2", paramLabel = "TO") String to)
            throws Exception {
        return add(paths, new CurationRequest("rename", dim, from, to, null, by));
    }

    @Command(name = "reject", description = "VALUE is not a DIM (person, org, or country: a name or ISO code).")
    int reject(
            @Mixin PathOptions paths,
            @Parameters(index = "0", paramLabel = "DIM") String dim,
            @Parameters(index = "1", paramLabel = "VALUE") String value)
            throws Exception {
        return add(paths, new CurationRequest("reject", dim, null, null, value, by));
    }

    @Command(name = "undo", description = "Undo rule ID: the values it changed come back as tagged.")
    int undo(@Mixin PathOptions paths, @Parameters(index = "0", paramLabel = "ID") int id) throws Exception {
        try (BriefingEngine engine = paths.builder().open()) {
            var undone = engine.curation().undo(id);
            if (undone.isEmpty()) {
                spec.commandLine().getErr().println("error: no curation rule " + id);
                return 1;
            }
            out().printf(
                            "undid rule %d: %s; %d briefings changed%n",
                            id, describe(undone.get().rule()), undone.get().briefingsChanged());
            out().flush();
            return 0;
        }
    }

    private int add(PathOptions paths, CurationRequest request) throws Exception {
        try (BriefingEngine engine = paths.builder().open()) {
            Curator.Applied applied = engine.curation().add(request);
            out().printf(
                            "rule %d: %s; %d briefings changed%n",
                            applied.rule().id(), describe(applied.rule()), applied.briefingsChanged());
            out().flush();
            return 0;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static String describe(Curator.Listed r) {
        return switch (r.action()) {
            case "merge" -> "merge " + r.dim() + " '" + r.from() + "' into '" + r.to() + "'";
            case "rename" -> "rename " + r.dim() + " '" + r.from() + "' to '" + r.to() + "'";
            default -> "reject " + r.dim() + " '" + r.value() + "'";
        };
    }
}
