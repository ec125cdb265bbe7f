package org.briefings.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.ExtractedText;
import org.briefings.Span;
import org.briefings.enrich.Enricher;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.org.OrganisationTagger;
import org.briefings.eval.entities.EntityGold;
import org.briefings.eval.entities.GoldMatcher;
import org.briefings.eval.entities.GoldMatcher.Counts;
import org.briefings.eval.entities.GoldMatcher.DocumentMatch;
import org.briefings.eval.entities.GoldPassage;
import org.briefings.eval.entities.GoldPassage.GoldEntity;

/**
 * People, organisations and about-countries on the annotated entity gold (docs/annotation.md):
 * each passage goes through the engine's own {@link Enricher} as a plain-text document, and what
 * it finds is compared with the gold by {@link GoldMatcher}, at document level (the gate) and at
 * span level. Figures are micro-averaged over passages, per split, per source and language, and
 * overall; only the test split is gated, the dev split is where rules are tuned (see {@link
 * #main}, which lists dev errors and refuses to list test errors).
 *
 * <p>Span-level recall is bounded by the taggers keeping at most five spans per entity (the
 * evidence shown in a briefing), so an entity named more often loses spans it did find;
 * span precision is not affected.
 */
public final class EntityGoldEval implements EvalSuite {

    public static final String NAME = "entity-gold";

    /**
     * Gates on the test split: what the taggers achieve, floored to 2 decimals, minus 0.02 (never
     * lowered). Sixth round: people P 0.908 R 0.853, organisations P 0.871 R 0.772 (an organisation
     * matching through any name the gazetteer records for it), about-countries P 0.773 R 0.884.
     * Seventh round: people P 0.915 R 0.860. Eighth round: the test split grew from 104 to 177
     * passages (73 new ones, annotated by reading, harder than the first 104: the seventh round's
     * rules score organisations recall 0.706 on it), and the scorer stopped crediting another
     * country's body through a shared bare form ("Senate"); people P 0.903 R 0.856, organisations
     * P 0.890 R 0.735. The organisations recall gate is re-based on the grown split (0.735 minus
     * 0.02, floored: 0.71) rather than left at 0.75, which was set on the first 104 passages (0.79 there
     * with the earlier scorer); the goal stays 0.80. Tenth round: the test split grew to 237
     * passages (60 new ones, the g8 series, scored only in aggregate); people P 0.906 R 0.841,
     * organisations P 0.890 R 0.806 (the lists by kind and the structural classes): the
     * organisations recall gate rises to 0.78. Eleventh round: regional given-name lists and
     * foreign name forms (address forms, the elided "d'", Arabic particles); people P 0.905 R
     * 0.881 (dev 0.953 / 0.936): the people recall gate rises to 0.87, test minus 0.01.
     * Eleventh round (organisations): P 0.890 R 0.811
     * (long-form ministries of the subject country, run-on names cut, Russian and smaller
     * countries' bodies listed); the organisations recall gate rises to 0.79. Twelfth round: the
     * test split grew to 280 passages (43 new ones, the g9 series, annotated by reading, never seen
     * by the authors of the eleventh round's rules: on them people P 0.909 R 0.754 before those
     * rules and 0.894 / 0.806 after, organisations 0.849 / 0.727 and 0.850 / 0.730, about-countries
     * 0.809 / 0.691); on the grown split people P 0.902 R 0.858, organisations P 0.884 R 0.798,
     * about-countries P 0.802 R 0.858. The people and about-country recall gates are re-based on
     * the grown split, as in the eighth round: people to 0.85 (the goal), about-countries to 0.85.
     * Thirteenth round: the test split grew to 323 passages (43 new ones, the g10 series, annotated
     * by reading and never seen by the authors of the round's rules: on them people P 0.920 R 0.857
     * before those rules and 0.921 / 0.870 after, organisations 0.846 / 0.788 and 0.851 / 0.804,
     * about-countries 0.844 / 0.826 unchanged); on the grown split people P 0.910 R 0.874,
     * organisations P 0.879 R 0.802, about-countries P 0.808 R 0.854. Floored minus 0.02 none is
     * above the gate in force, but both goals the issue set as gates are now achieved on the whole
     * split and on the unseen series, so the people precision gate rises to its goal, 0.90, and the
     * organisations recall gate to its goal, 0.80: below them the goal is no longer met.
     */
    static final double GATE_PEOPLE_PRECISION = 0.90;

    static final double GATE_PEOPLE_RECALL = 0.85;
    static final double GATE_ORGS_PRECISION = 0.87;
    static final double GATE_ORGS_RECALL = 0.80;
    static final double GATE_ABOUT_PRECISION = 0.75;
    static final double GATE_ABOUT_RECALL = 0.85;

    /** Far after every passage, so no relative date in a passage resolves against it by luck. */
    private static final Instant INGEST_TIME = Instant.parse("2030-01-01T00:00:00Z");

    /** Country names, to read the country of a gold body canonicalised as "<body> of <country>". */
    private static final Gazetteer COUNTRIES = Gazetteer.load();

    private static final List<String> SOURCES = List.of("ungdc", "crs", "reuters", "sample", "team");
    private static final String ALL = "all";

    private final Path repositoryRoot;

    /** @param repositoryRoot the repository, whose {@code corpus/} some passages refer to */
    public EntityGoldEval(Path repositoryRoot) {
        this.repositoryRoot = repositoryRoot;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The whole data root: passages refer to several of its folders, and inline ones need none. */
    @Override
    public String dataFolder() {
        return "";
    }

    /** One passage: what the engine found, compared with the gold. */
    public record PassageScore(
            GoldPassage passage,
            DocumentMatch people,
            DocumentMatch orgs,
            Counts peopleSpans,
            Counts orgSpans,
            DocumentMatch about) {}

    /** Every passage scored, and the passages skipped with the reason. */
    public record Measurement(List<PassageScore> passages, Map<String, String> skipped) {}

    /** Sums over a group of passages. */
    record Totals(int passages, Counts people, Counts peopleSpans, Counts orgs, Counts orgSpans, Counts about) {
        static final Totals ZERO = new Totals(0, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO, Counts.ZERO);

        Totals plus(PassageScore s) {
            return new Totals(
                    passages + 1,
                    people.plus(s.people().counts()),
                    peopleSpans.plus(s.peopleSpans()),
                    orgs.plus(s.orgs().counts()),
                    orgSpans.plus(s.orgSpans()),
                    about.plus(s.about().counts()));
        }
    }

    public static Measurement measure(Path dataRoot, Path repositoryRoot) throws IOException {
        EntityGold.Loaded gold = new EntityGold(dataRoot, repositoryRoot).load();
        Enricher enricher = new Enricher();
        OrganisationTagger organisations = new OrganisationTagger();
        List<PassageScore> scores = new ArrayList<>();
        for (GoldPassage p : gold.passages()) {
            scores.add(score(p, enricher.enrich(asDocument(p), INGEST_TIME), organisations));
        }
        return new Measurement(scores, gold.skipped());
    }

    /**
     * Whether a national body of {@code valueCountry} (the gazetteer's country of the tagger's
     * value, or null) is another country's than a gold body canonicalised as "{@code <body> of
     * <country>}" (docs/annotation.md): the U.S. Senate is not the Senate of Mexico, though both
     * are "Senate" in their texts.
     */
    static boolean otherCountry(String valueCountry, String goldName) {
        int of = goldName.lastIndexOf(" of ");
        if (valueCountry == null || of < 0) {
            return false;
        }
        String place = goldName.substring(of + 4).strip();
        if (place.startsWith("the ")) {
            place = place.substring(4);
        }
        return COUNTRIES.codeFor(place).map(code -> !code.equals(valueCountry)).orElse(false);
    }

    /** A passage as the engine sees a plain-text upload. */
    static ExtractedText asDocument(GoldPassage p) {
        String text = p.text();
        return new ExtractedText(
                "gold-" + p.id(),
                "gold/" + p.id() + ".txt",
                null,
                "text/plain",
                null,
                text,
                p.lang(),
                Map.of(),
                text.length());
    }

    /**
     * One passage against its gold; an organisation matches through any name the gazetteer records
     * for it ({@code orgForms}), so the canonical name the facet shows need not be the passage's.
     */
    static PassageScore score(GoldPassage p, Briefing b, OrganisationTagger organisations) {
        String text = p.text();
        return new PassageScore(
                p,
                GoldMatcher.document(names(b.people()), p.people()),
                GoldMatcher.document(
                        names(b.organisations()),
                        p.orgs(),
                        organisations::recordedForms,
                        (value, goldName) -> otherCountry(organisations.countryOf(value), goldName)),
                GoldMatcher.spans(text, bodySpans(b.people()), GoldMatcher.goldSpans(text, p.people())),
                GoldMatcher.spans(text, bodySpans(b.organisations()), GoldMatcher.goldSpans(text, p.orgs())),
                GoldMatcher.document(
                        b.aboutCountries().stream().map(CountryMention::code).toList(),
                        p.about().stream()
                                .map(c -> new GoldEntity(c, List.of()))
                                .toList()));
    }

    private static List<String> names(List<EntityMention> entities) {
        return entities.stream().map(EntityMention::name).toList();
    }

    /** The title is the body's first line, tagged again on its own: its spans would count twice. */
    private static List<Span> bodySpans(List<EntityMention> entities) {
        return entities.stream()
                .flatMap(e -> e.spans().stream())
                .filter(s -> s.field().equals(Span.BODY))
                .toList();
    }

    @Override
    public List<Score> run(Path dataRoot) throws IOException {
        return evaluate(dataRoot).scores();
    }

    @Override
    public Outcome evaluate(Path dataRoot) throws IOException {
        Measurement m = measure(dataRoot, repositoryRoot);
        Map<String, Totals> test = totals(m.passages(), "test");
        Totals t = test.get(ALL);
        String note = "test split, " + t.passages() + " passages"
                + (m.skipped().isEmpty() ? "" : ", " + m.skipped().size() + " skipped");
        List<Score> scores = new ArrayList<>();
        scores.add(Score.gated(
                NAME,
                "people.precision",
                precision(t.people()),
                GATE_PEOPLE_PRECISION,
                note + "; document level; goal 0.90"));
        scores.add(Score.gated(
                NAME, "people.recall", recall(t.people()), GATE_PEOPLE_RECALL, note + "; document level; goal 0.85"));
        scores.add(Score.reported(NAME, "people.f1", f1(t.people()), note + "; document level"));
        scores.add(Score.reported(NAME, "people.span.precision", precision(t.peopleSpans()), note + "; span level"));
        scores.add(Score.reported(
                NAME,
                "people.span.recall",
                recall(t.peopleSpans()),
                note + "; span level, at most 5 spans per entity"));
        scores.add(Score.gated(
                NAME,
                "orgs.precision",
                precision(t.orgs()),
                GATE_ORGS_PRECISION,
                note + "; document level; goal 0.85"));
        scores.add(Score.gated(
                NAME, "orgs.recall", recall(t.orgs()), GATE_ORGS_RECALL, note + "; document level; goal 0.80"));
        scores.add(Score.reported(NAME, "orgs.f1", f1(t.orgs()), note + "; document level"));
        scores.add(Score.reported(NAME, "orgs.span.precision", precision(t.orgSpans()), note + "; span level"));
        scores.add(Score.reported(
                NAME, "orgs.span.recall", recall(t.orgSpans()), note + "; span level, at most 5 spans per entity"));
        scores.add(Score.gated(NAME, "about.precision", precision(t.about()), GATE_ABOUT_PRECISION, note));
        scores.add(Score.gated(NAME, "about.recall", recall(t.about()), GATE_ABOUT_RECALL, note));
        return new Outcome(scores, details(m));
    }

    /** Totals per source (and language, when not English) and over all, for one split. */
    static Map<String, Totals> totals(List<PassageScore> passages, String split) {
        Map<String, Totals> out = new LinkedHashMap<>();
        passages.stream()
                .filter(s -> s.passage().split().equals(split))
                .map(PassageScore::passage)
                .sorted(Comparator.comparingInt((GoldPassage p) -> SOURCES.indexOf(p.source()))
                        .thenComparing(EntityGoldEval::group))
                .map(EntityGoldEval::group)
                .distinct()
                .forEach(g -> out.put(g, Totals.ZERO));
        out.put(ALL, Totals.ZERO);
        for (PassageScore s : passages) {
            if (s.passage().split().equals(split)) {
                out.computeIfPresent(group(s.passage()), (g, t) -> t.plus(s));
                out.computeIfPresent(ALL, (g, t) -> t.plus(s));
            }
        }
        return out;
    }

    private static String group(GoldPassage p) {
        return p.lang().equals("en") ? p.source() : p.source() + " " + p.lang();
    }

    private static String details(Measurement m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.passages().size())
                .append(
                        " passages of the entity gold scored through the `Enricher`, document level (the gate) and span level; ")
                .append("matching rules in docs/annotation.md. Only the test split is gated; rules are tuned on dev.");
        if (!m.skipped().isEmpty()) {
            sb.append(" Skipped (not scored): ");
            m.skipped()
                    .forEach((id, why) -> sb.append(id).append(" (").append(why).append("); "));
        }
        sb.append("\n\n");
        for (String split : List.of("test", "dev")) {
            Map<String, Totals> totals = totals(m.passages(), split);
            entityTable(sb, "People, " + split + " split", totals, Totals::people, Totals::peopleSpans);
            entityTable(sb, "Organisations, " + split + " split", totals, Totals::orgs, Totals::orgSpans);
            sb.append("### About-countries, ").append(split).append(" split\n\n");
            sb.append("| source | passages | gold | found | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
            totals.forEach((g, t) -> sb.append(row(g, t.passages(), t.about())).append(" |\n"));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void entityTable(
            StringBuilder sb,
            String caption,
            Map<String, Totals> totals,
            Function<Totals, Counts> document,
            Function<Totals, Counts> spans) {
        sb.append("### ").append(caption).append("\n\n");
        sb.append("| source | passages | gold | found | P | R | F1 | gold spans | span P | span R | span F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        totals.forEach((g, t) -> {
            Counts s = spans.apply(t);
            sb.append(row(g, t.passages(), document.apply(t)))
                    .append(" | ")
                    .append(s.gold())
                    .append(" | ")
                    .append(format(precision(s)))
                    .append(" | ")
                    .append(format(recall(s)))
                    .append(" | ")
                    .append(format(f1(s)))
                    .append(" |\n");
        });
        sb.append('\n');
    }

    private static String row(String group, int passages, Counts c) {
        return "| " + group + " | " + passages + " | " + c.gold() + " | " + c.found() + " | " + format(precision(c))
                + " | " + format(recall(c)) + " | " + format(f1(c));
    }

    private static String format(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    static double precision(Counts c) {
        return c.found() == 0 ? Double.NaN : (double) c.matched() / c.found();
    }

    static double recall(Counts c) {
        return c.gold() == 0 ? Double.NaN : (double) c.matched() / c.gold();
    }

    static double f1(Counts c) {
        double p = precision(c);
        double r = recall(c);
        return Double.isNaN(p) || Double.isNaN(r) || p + r == 0 ? Double.NaN : 2 * p * r / (p + r);
    }

    /**
     * Lists the errors of the dev split, passage by passage, and the totals of both splits:
     * {@code EntityGoldEval <dataRoot> [id ...]}. Test passages are never listed: the test split
     * is scored, not read.
     */
    public static void main(String[] args) throws IOException {
        Measurement m = measure(Path.of(args[0]), Path.of(""));
        List<String> only = List.of(args).subList(1, args.length);
        for (PassageScore s : m.passages()) {
            GoldPassage p = s.passage();
            if (!p.split().equals("dev") || (!only.isEmpty() && !only.contains(p.id()))) {
                continue;
            }
            System.out.println(p.id() + " (" + p.source() + " " + p.lang() + ")");
            print("  person +", s.people().spurious());
            print("  person -", s.people().missed());
            print("  org    +", s.orgs().spurious());
            print("  org    -", s.orgs().missed());
            print("  about  +", s.about().spurious());
            print("  about  -", s.about().missed());
        }
        m.skipped().forEach((id, why) -> System.out.println("skipped " + id + ": " + why));
        System.out.println(details(m));
    }

    private static void print(String label, List<String> values) {
        if (!values.isEmpty()) {
            System.out.println(label + " " + values);
        }
    }
}
