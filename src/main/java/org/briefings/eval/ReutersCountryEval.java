package org.briefings.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefings.CountryMention;
import org.briefings.enrich.country.CountryTagger;
import org.briefings.eval.reuters.ReutersCorpus;
import org.briefings.eval.reuters.ReutersStory;

/**
 * Scores the {@link CountryTagger} on Reuters-21578: the tagger's <em>about</em> countries
 * against each story's PLACES labels (micro precision, recall, F1, and top-1 accuracy: the top
 * about-country is among the labels), plus the <em>mentioned</em> countries (reported only).
 *
 * <p>Stories: LEWISSPLIT="TEST" (the reported split; TRAIN is for tuning, see {@link #main}),
 * with at least one PLACES label and a non-empty body. The tagger reads the title and the
 * dateline plus body, with reference year 1987 (the stories' year: a fact of the material, so
 * Moscow is the Soviet Union), and no home country: nothing here defaults to "usa". A second
 * row set is reported with the collection-level home-country setting (US) to show what that
 * product option does; the gate is on the figures without it.
 *
 * <p>The PLACES vocabulary is mapped to ISO codes by {@link #PLACES}, a fact table about the
 * label vocabulary in the data file {@code reuters-places.tsv}, written from
 * {@code all-places-strings.lc.txt}: {@code west-germany} is {@code DE} (the same state, see
 * {@link org.briefings.enrich.country.Gazetteer}), {@code ussr} {@code SU}, {@code uk}
 * {@code GB}, {@code burma} {@code MM}.
 */
public final class ReutersCountryEval implements EvalSuite {

    public static final String NAME = "reuters-countries";

    /** Gates: what the tagger achieves on TEST, floored to 2 decimals, minus 0.01. */
    static final double GATE_PRECISION = 0.94;

    static final double GATE_RECALL = 0.90;
    static final double GATE_F1 = 0.92;
    static final double GATE_TOP1 = 0.97;

    /** PLACES label -> ISO code, read once from {@code reuters-places.tsv} beside this class. */
    static final Map<String, String> PLACES = readPlaces();

    private final String split;

    public ReutersCountryEval() {
        this("TEST");
    }

    public ReutersCountryEval(String split) {
        this.split = split;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String dataFolder() {
        return "reuters21578";
    }

    /** Micro counts for one setting. */
    static final class Tally {
        long aboutTp, aboutFp, aboutFn, mentTp, mentFp, mentFn, top1, stories, noAbout;

        double p(long tp, long fp) {
            return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        }

        double r(long tp, long fn) {
            return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        }

        double f(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Stories of the split with a label and a body. */
    public static List<ReutersStory> stories(Path dataRoot, String split) {
        List<ReutersStory> out = new ArrayList<>();
        for (ReutersStory s : new ReutersCorpus(dataRoot.resolve("reuters21578")).split(split)) {
            if (!s.places().isEmpty() && !s.body().isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    static Set<String> gold(ReutersStory s) {
        Set<String> g = new HashSet<>();
        for (String p : s.places()) {
            String c = PLACES.get(p);
            if (c != null) {
                g.add(c);
            }
        }
        return g;
    }

    static Tally evaluate(List<ReutersStory> stories, CountryTagger tagger) {
        Tally t = new Tally();
        for (ReutersStory s : stories) {
            Set<String> gold = gold(s);
            List<CountryMention> tags = tagger.tag(s.title(), s.text());
            Set<String> about = new HashSet<>();
            Set<String> mentioned = new HashSet<>();
            String top = null;
            for (CountryMention m : tags) {
                mentioned.add(m.code());
                if (m.about()) {
                    about.add(m.code());
                    if (top == null) {
                        top = m.code();
                    }
                }
            }
            t.stories++;
            if (top == null) {
                t.noAbout++;
            } else if (gold.contains(top)) {
                t.top1++;
            }
            for (String c : about) {
                if (gold.contains(c)) {
                    t.aboutTp++;
                } else {
                    t.aboutFp++;
                }
            }
            for (String c : gold) {
                if (!about.contains(c)) {
                    t.aboutFn++;
                }
                if (mentioned.contains(c)) {
                    t.mentTp++;
                } else {
                    t.mentFn++;
                }
            }
            for (String c : mentioned) {
                if (!gold.contains(c)) {
                    t.mentFp++;
                }
            }
        }
        return t;
    }

    private static Map<String, String> readPlaces() {
        InputStream in = ReutersCountryEval.class.getResourceAsStream("reuters-places.tsv");
        if (in == null) {
            throw new IllegalStateException("reuters-places.tsv is missing from the classpath");
        }
        Map<String, String> places = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2 || places.put(cols[0], cols[1]) != null) {
                    throw new IllegalStateException("reuters-places.tsv: bad or repeated line '" + line + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(places);
    }

    static CountryTagger tagger(String home) {
        CountryTagger.Options o = CountryTagger.Options.defaults().withReferenceYear(1987);
        return new CountryTagger(home == null ? o : o.withHomeCountry(home));
    }

    @Override
    public List<Score> run(Path dataRoot) throws IOException {
        List<ReutersStory> stories = stories(dataRoot, split);
        List<Score> scores = new ArrayList<>();
        Tally t = evaluate(stories, tagger(null));
        String note = split + " split, " + t.stories + " stories with PLACES and a body; no home country";
        double p = t.p(t.aboutTp, t.aboutFp);
        double r = t.r(t.aboutTp, t.aboutFn);
        scores.add(Score.gated(NAME, "about.precision", p, GATE_PRECISION, note + "; goal 0.90"));
        scores.add(Score.gated(NAME, "about.recall", r, GATE_RECALL, note + "; goal 0.90"));
        scores.add(Score.gated(NAME, "about.f1", t.f(p, r), GATE_F1, note));
        scores.add(Score.gated(
                NAME,
                "about.top1",
                t.top1 / (double) t.stories,
                GATE_TOP1,
                note + "; top about-country among PLACES (" + t.noAbout + " stories with none)"));
        double mp = t.p(t.mentTp, t.mentFp);
        double mr = t.r(t.mentTp, t.mentFn);
        scores.add(Score.reported(NAME, "mentioned.precision", mp, note));
        scores.add(Score.reported(NAME, "mentioned.recall", mr, note));

        Tally h = evaluate(stories, tagger("US"));
        String hnote = split + " split; with the home-country option set to US (a collection setting)";
        double hp = h.p(h.aboutTp, h.aboutFp);
        double hr = h.r(h.aboutTp, h.aboutFn);
        scores.add(Score.reported(NAME, "home-us.about.precision", hp, hnote));
        scores.add(Score.reported(NAME, "home-us.about.recall", hr, hnote));
        scores.add(Score.reported(NAME, "home-us.about.f1", h.f(hp, hr), hnote));
        scores.add(Score.reported(NAME, "home-us.about.top1", h.top1 / (double) h.stories, hnote));
        return scores;
    }

    /**
     * Runs the suite on one split and prints the scores: {@code TRAIN} for tuning (the default
     * here), {@code TEST} only to report. Args: [split] [data root].
     */
    public static void main(String[] args) throws IOException {
        String split = args.length > 0 ? args[0] : "TRAIN";
        Path root = Path.of(args.length > 1 ? args[1] : "../shared/data");
        for (Score s : new ReutersCountryEval(split).run(root)) {
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %.4f  %s%n",
                    s.metric(),
                    s.value(),
                    s.isGated() ? (s.passes() ? "pass >= " + s.target() : "FAIL < " + s.target()) : "");
        }
    }
}
