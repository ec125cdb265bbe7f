package org.briefings.enrich.country;

import java.util.ArrayList;
import java.util.List;
import org.briefings.CountryMention;
import org.briefings.Span;
import org.briefings.enrich.country.DatelineReader.Dateline;
import org.briefings.enrich.country.Gazetteer.Kind;
import org.briefings.enrich.text.TextField;

/**
 * Finds the countries a briefing names and decides which few it is <em>about</em>: the front
 * door of the country package, which runs its steps in order.
 * <ol>
 *   <li>{@link DatelineReader}: skip the preamble (the title repeated, header lines) and read a
 *       dateline ("TOKYO, March 3 -"), which names where the story comes from.</li>
 *   <li>{@link FormMatcher}: the gazetteer's forms in title and body, longest first, with the
 *       context rules on case, ALL-CAPS headlines, people's names and attributive use.</li>
 *   <li>{@link AmbiguousNames}: what the rest of the document decides (corroboration of
 *       headline words, Georgia, the Koreas).</li>
 *   <li>{@link HistoricalStates}: with a reference year, successor states become the state of
 *       that time (Moscow in 1987 is {@code SU}).</li>
 *   <li>{@link SalienceScorer}: salience per country and the about-countries; its javadoc gives
 *       the formula and the default weights.</li>
 * </ol>
 * The rules, with examples, are in {@code docs/countries.md}; each has a unit test.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class CountryTagger {

    /**
     * Settings.
     *
     * @param referenceYear  year of the material, or null for present-day borders
     * @param homeCountry    country assumed for documents that name none (a collection-level
     *                       setting: a newsroom's home country), or null for none
     * @param aboutThreshold salience from which a country is "about"
     * @param maxAbout       at most this many about-countries per document
     * @param weights        the salience formula's weights
     */
    public record Options(
            Integer referenceYear, String homeCountry, double aboutThreshold, int maxAbout, Weights weights) {
        public static Options defaults() {
            return new Options(null, null, DEFAULT_THRESHOLD, 3, Weights.DEFAULT);
        }

        public Options withReferenceYear(Integer year) {
            return new Options(year, homeCountry, aboutThreshold, maxAbout, weights);
        }

        public Options withHomeCountry(String code) {
            return new Options(referenceYear, code, aboutThreshold, maxAbout, weights);
        }

        public Options withAboutThreshold(double t) {
            return new Options(referenceYear, homeCountry, t, maxAbout, weights);
        }

        public Options withMaxAbout(int n) {
            return new Options(referenceYear, homeCountry, aboutThreshold, n, weights);
        }

        public Options withWeights(Weights w) {
            return new Options(referenceYear, homeCountry, aboutThreshold, maxAbout, w);
        }
    }

    /**
     * Weights of the salience formula (see {@link SalienceScorer}); they sum to 1 so salience is 0..1.
     * The defaults were chosen on Reuters-21578 TRAIN only.
     */
    public record Weights(double title, double dateline, double lead, double share, double early) {
        public static final Weights DEFAULT = new Weights(0.25, 0.35, 0.15, 0.15, 0.10);
    }

    static final double DEFAULT_THRESHOLD = 0.32;

    private final Options options;
    private final DatelineReader datelines;
    private final FormMatcher forms;
    private final SalienceScorer salience;

    public CountryTagger() {
        this(Gazetteer.load(), Options.defaults());
    }

    public CountryTagger(Options options) {
        this(Gazetteer.load(), options);
    }

    public CountryTagger(Gazetteer gazetteer, Options options) {
        this.options = options;
        this.datelines = new DatelineReader(gazetteer);
        this.forms = new FormMatcher(gazetteer);
        this.salience = new SalienceScorer(gazetteer, options);
    }

    public Options options() {
        return options;
    }

    /** Every country named in the title or body, best first, the about-countries flagged. */
    public List<CountryMention> tag(String title, String body) {
        return tag(title, body, options.referenceYear());
    }

    /**
     * As {@link #tag(String, String)}, for material from {@code year} (null: present-day
     * borders), so a 1987 story's "Moscow" is the Soviet Union.
     */
    public List<CountryMention> tag(String title, String body, Integer year) {
        return tag(TextField.of(Span.TITLE, title), TextField.of(Span.BODY, body), year);
    }

    /**
     * As {@link #tag(String, String, Integer)}, for a title and body the enricher has already
     * tokenised: the gazetteer is matched on the {@link org.briefings.enrich.text.Pieces} the
     * tokenizer cut in the same scan, so the text is not read again.
     */
    public List<CountryMention> tag(TextField titleField, TextField bodyField, Integer year) {
        String title = titleField.text();
        String body = bodyField.text();
        List<CountryHit> hits = new ArrayList<>();
        int bodyFrom = DatelineReader.preamble(title, body);
        Dateline dl = datelines.dateline(body, bodyFrom);
        if (dl != null) {
            hits.add(new CountryHit(
                    dl.code(),
                    Span.BODY,
                    dl.start(),
                    dl.end(),
                    body.substring(dl.start(), dl.end()),
                    Kind.DATELINE,
                    1.0,
                    false,
                    false));
            bodyFrom = dl.end();
        }
        forms.scan(titleField, 0, hits);
        forms.scan(bodyField, bodyFrom, hits);
        hits = AmbiguousNames.resolve(hits);
        if (year != null) {
            for (int i = 0; i < hits.size(); i++) {
                CountryHit h = hits.get(i);
                String c = HistoricalStates.codeIn(h.code(), year);
                if (!c.equals(h.code())) {
                    hits.set(i, h.withCode(c));
                }
            }
        }
        return salience.score(hits, body, bodyFrom);
    }
}
