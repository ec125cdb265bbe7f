package org.briefings.enrich.country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefings.CountryMention;
import org.briefings.Span;
import org.briefings.enrich.country.CountryTagger.Options;
import org.briefings.enrich.country.CountryTagger.Weights;
import org.briefings.enrich.country.Gazetteer.Kind;

/**
 * Turns a document's country hits into mentions ranked by salience and decides which few it is
 * <em>about</em>. For each country, with {@code T} = 1 when the title names it, {@code D} = 1
 * when the dateline does, {@code L} = 1 when the lead (first paragraph) does, {@code share} = its
 * weighted mention count divided by the largest country's, and {@code early} = 1 minus the
 * relative position of its first mention in the body, with the default {@link Weights}:
 * <pre>salience = 0.25 T + 0.35 D + 0.15 L + 0.15 share + 0.10 early</pre>
 * A country is about when its salience reaches {@link Options#aboutThreshold()} (default 0.32;
 * at most {@link Options#maxAbout()} of them, default 3, best first). When none does, the top
 * country is still about if it clearly dominates: salience at least 1.5 times the runner-up's, or
 * it is the only country.
 *
 * <p>Title, dateline and lead are how a wire story says what it is about; a long report or history
 * often has none of them for its country (a 1,900-word history of North Korea whose title names no
 * country). So in a long body (at least {@link #LONG_TEXT} characters, about 400 words) a country
 * also counts as about when it runs through the text, named in at least {@link #MIN_PARTS} of its
 * {@link #PARTS} equal parts, and carries at least {@link #MIN_DOMINANCE} of all its country
 * mentions (weighted): its salience is raised to the about threshold. Wire stories are short and
 * keep the formula alone.
 */
final class SalienceScorer {

    static final int MAX_SPANS = 5;

    /** Bodies from this many characters on are long enough for the whole-text rule. */
    static final int LONG_TEXT = 2500;

    /** A long body is cut into this many equal parts to see how far through it a country runs. */
    static final int PARTS = 5;

    /** Parts a country must be named in to run through the text. */
    static final int MIN_PARTS = 3;

    /** Share of the weighted country mentions a country must carry to be what a long text is about. */
    static final double MIN_DOMINANCE = 0.25;

    private final Gazetteer gazetteer;
    private final Options options;

    SalienceScorer(Gazetteer gazetteer, Options options) {
        this.gazetteer = gazetteer;
        this.options = options;
    }

    /** Mentions collected for one country. */
    private static final class Acc {
        final String code;
        int count;
        double weighted;
        boolean title;
        boolean dateline;
        boolean lead;
        int firstBody = Integer.MAX_VALUE;
        /** Bit i set: named in part i of the body. */
        int parts;

        final List<Span> spans = new ArrayList<>();

        Acc(String code) {
            this.code = code;
        }
    }

    List<CountryMention> score(List<CountryHit> hits, String body, int bodyFrom) {
        Map<String, Acc> accs = new LinkedHashMap<>();
        int leadEnd = leadEnd(body, bodyFrom);
        int bodyLen = Math.max(1, body.length() - bodyFrom);
        for (CountryHit h : hits) {
            Acc a = accs.computeIfAbsent(h.code(), Acc::new);
            a.count++;
            a.weighted += h.weight();
            if (h.kind() == Kind.DATELINE) {
                a.dateline = true;
            } else if (h.field().equals(Span.TITLE)) {
                a.title = true;
            } else {
                a.firstBody = Math.min(a.firstBody, h.start());
                a.parts |= 1 << Math.min(PARTS - 1, Math.max(0, h.start() - bodyFrom) * PARTS / bodyLen);
                if (h.start() < leadEnd) {
                    a.lead = true;
                }
            }
            if (a.spans.size() < MAX_SPANS) {
                a.spans.add(new Span(h.field(), h.start(), h.end(), h.text()));
            }
        }
        if (accs.isEmpty() && options.homeCountry() != null) {
            Acc a = new Acc(options.homeCountry());
            accs.put(a.code, a);
        }
        double maxW = 0;
        double totalW = 0;
        for (Acc a : accs.values()) {
            maxW = Math.max(maxW, a.weighted);
            totalW += a.weighted;
        }
        boolean longText = bodyLen >= LONG_TEXT;
        record Scored(Acc acc, double salience) {}
        List<Scored> scored = new ArrayList<>();
        for (Acc a : accs.values()) {
            double share = maxW == 0 ? 0 : a.weighted / maxW;
            double early = a.firstBody == Integer.MAX_VALUE
                    ? 0
                    : 1.0 - Math.min(1.0, (a.firstBody - bodyFrom) / (double) bodyLen);
            Weights w = options.weights();
            double s = w.title() * (a.title ? 1 : 0)
                    + w.dateline() * (a.dateline ? 1 : 0)
                    + w.lead() * (a.lead ? 1 : 0)
                    + w.share() * share
                    + w.early() * early;
            if (longText && Integer.bitCount(a.parts) >= MIN_PARTS && a.weighted >= MIN_DOMINANCE * totalW) {
                s = Math.max(s, options.aboutThreshold());
            }
            scored.add(new Scored(a, Math.min(1.0, s)));
        }
        scored.sort(Comparator.comparingDouble(Scored::salience).reversed().thenComparing(x -> x.acc().code));
        List<CountryMention> out = new ArrayList<>(scored.size());
        int about = 0;
        for (Scored s : scored) {
            boolean isAbout = s.salience() >= options.aboutThreshold() && about < options.maxAbout();
            if (isAbout) {
                about++;
            }
            out.add(new CountryMention(
                    s.acc().code,
                    gazetteer.name(s.acc().code),
                    s.acc().count,
                    round(s.salience()),
                    isAbout,
                    s.acc().spans));
        }
        if (about == 0 && !out.isEmpty()) {
            double second = scored.size() > 1 ? scored.get(1).salience() : 0;
            if (scored.get(0).salience() >= 1.5 * second || accs.size() == 1) {
                CountryMention top = out.get(0);
                out.set(0, new CountryMention(top.code(), top.name(), top.count(), top.salience(), true, top.spans()));
            }
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** End of the lead: the first paragraph break after the dateline, at most 600 chars in. */
    private static int leadEnd(String body, int from) {
        int limit = Math.min(body.length(), from + 600);
        for (int i = from + 40; i < limit - 1; i++) {
            if (body.charAt(i) == '\n'
                    && (body.charAt(i + 1) == '\n'
                            || body.charAt(i + 1) == ' '
                            || body.charAt(i + 1) == '\t'
                            || body.charAt(i + 1) == '\r')) {
                return i;
            }
        }
        return limit;
    }
}
