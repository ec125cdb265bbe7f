package org.briefings.enrich.country;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.CountryMention;
import org.briefings.Span;
import org.briefings.enrich.country.Gazetteer.Entry;
import org.briefings.enrich.country.Gazetteer.Flag;
import org.briefings.enrich.country.Gazetteer.Kind;

/**
 * Finds the countries a briefing names and decides which few it is <em>about</em>.
 *
 * <h2>Matching</h2>
 * Each field is tokenised once ({@link Tokens}); at every capitalised word the tagger looks up
 * the gazetteer entries that start with that word and takes the longest one whose tokens follow,
 * so "Papua New Guinea" beats "Guinea", "Guinea-Bissau" beats "Guinea", "Dominican Republic"
 * beats "Dominica", and a blocking phrase ("Uruguay Round", "Paris Club", "Washington Post",
 * "Latin America") hides the country inside it. "New Mexico" and "New Jersey" are US states and
 * count as weak evidence for the US. Rules, each with a unit test:
 * <ul>
 *   <li>Case: a form matches only when every capitalised token of the form is capitalised in the
 *       text, so "turkey", "china" and "chad" in lower case are words, not countries.
 *       Case-sensitive forms ({@code cs} in the gazetteer: "US", "UK", "USSR") match their exact
 *       spelling only: "US" yes, "us" no.</li>
 *   <li>ALL-CAPS text (news headlines): a form that is also a word or pronoun ("US", "TURKEY",
 *       "CHAD", "JORDAN") counts only when the same country is named elsewhere in the document.</li>
 *   <li>Names that are also people's names ("Jordan", "Chad", "Georgia", "Jersey") do not count
 *       next to another capitalised name ("Michael Jordan", "Chad Smith", "Georgia Tech");
 *       "Georgia" does not count when the document's other places are US states or US cities
 *       and nothing else points to the Caucasus.</li>
 *   <li>"Korea" and "Korean" alone go to the Korea the document names explicitly; when it names
 *       both they are left out (ambiguous), and when it names neither they go to South Korea,
 *       the state English usage calls "Korea" (the Republic of Korea); "Korean War" is blocked.
 *       "the two Koreas" names both.</li>
 *   <li>Capitals and major cities stand for their country ("Pyongyang said", "Washington's
 *       demand"), with less weight than names. Organisation names that contain a place ("Bank of
 *       England", "Bank of Tokyo") are counted as mentions of that country: they are that
 *       country's institutions, which is what an analyst filtering by country expects.</li>
 *   <li>A name used attributively ("Luxembourg-listed") counts with half weight.</li>
 *   <li>Datelines ("TOKYO, March 3 -", "WASHINGTON —", "PORTLAND, Ore., Feb 26 -") at the start
 *       of the body are read with the whole gazetteer including small cities and US/Canadian
 *       state abbreviations, because a dateline names the place the story comes from.</li>
 *   <li>Historical material: with a reference year, successor states are reported as the state
 *       of that time (Moscow in 1987 is {@code SU}, Prague {@code CS}, Belgrade {@code YU},
 *       Kinshasa {@code ZR}).</li>
 * </ul>
 *
 * <h2>Salience and about</h2>
 * For each country, with {@code T} = 1 when the title names it, {@code D} = 1 when the dateline
 * does, {@code L} = 1 when the lead (first paragraph) does, {@code share} = its weighted mention
 * count divided by the largest country's, and {@code early} = 1 minus the relative position of
 * its first mention in the body:
 * <pre>salience = 0.30 T + 0.25 D + 0.15 L + 0.20 share + 0.10 early</pre>
 * A country is <em>about</em> when its salience reaches {@link Options#aboutThreshold()}
 * (at most {@link Options#maxAbout()} of them, best first). When none does, the top country is
 * still about if it clearly dominates: salience at least 1.5 times the runner-up's.
 * Weights: names 1.0, demonyms and capitals 0.8, cities 0.5, states/provinces 0.4.
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
     * Weights of the salience formula (see the class javadoc); they sum to 1 so salience is 0..1.
     * The defaults were chosen on Reuters-21578 TRAIN only.
     */
    public record Weights(double title, double dateline, double lead, double share, double early) {
        public static final Weights DEFAULT = new Weights(0.25, 0.35, 0.15, 0.15, 0.10);
    }

    static final double DEFAULT_THRESHOLD = 0.32;
    static final int MAX_SPANS = 5;

    private static final Pattern DATELINE = Pattern.compile("^\\s*([A-Z][A-Za-z.'\\- ]{0,30}?[A-Za-z.])"
            + "(?:\\s*,\\s*([A-Z][A-Za-z.'\\- ]{0,25}?))?"
            + "(?:\\s*,?\\s*\\((?:Reuters|AP|AFP|UPI)\\))?"
            + "(?:\\s*,?\\s*((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}))?"
            + "(?:\\s+[-\\u2013\\u2014]|\\s*[\\u2013\\u2014])");

    /** Capitalised words that start sentences or precede a country without being a first name. */
    private static final Set<String> NOT_A_FIRST_NAME = Set.of(
            "the",
            "in",
            "at",
            "on",
            "for",
            "from",
            "to",
            "and",
            "but",
            "or",
            "of",
            "with",
            "by",
            "as",
            "both",
            "while",
            "including",
            "said",
            "meanwhile",
            "however",
            "also",
            "then",
            "like",
            "unlike",
            "than",
            "via",
            "into",
            "against",
            "between",
            "within",
            "across",
            "around",
            "king",
            "queen",
            "prince",
            "kingdom",
            "government",
            "neighbouring",
            "neighboring",
            "neighbour",
            "neighbor",
            "if",
            "when",
            "after",
            "before",
            "since",
            "because",
            "where",
            "only",
            "even",
            "all",
            "west",
            "east",
            "north",
            "south",
            "central",
            "northern",
            "southern",
            "eastern",
            "western",
            "visit",
            "visited",
            "visiting",
            "although",
            "though");

    private static final Map<String, String> SOVIET =
            successors("SU", 1992, "RU", "UA", "BY", "KZ", "UZ", "TM", "KG", "TJ", "AZ", "AM", "MD");
    private static final Map<String, String> CZECHOSLOVAK = successors("CS", 1993, "CZ", "SK");
    private static final Map<String, String> YUGOSLAV =
            successors("YU", 1992, "HR", "SI", "BA", "MK", "RS", "ME", "XK");

    private final Gazetteer gazetteer;
    private final Options options;

    public CountryTagger() {
        this(Gazetteer.load(), Options.defaults());
    }

    public CountryTagger(Options options) {
        this(Gazetteer.load(), options);
    }

    public CountryTagger(Gazetteer gazetteer, Options options) {
        this.gazetteer = gazetteer;
        this.options = options;
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
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        List<Hit> hits = new ArrayList<>();

        int pre = preamble(title, body);
        Dateline dl = dateline(body, pre);
        int bodyFrom = pre;
        if (dl != null) {
            hits.add(new Hit(
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
        scan(title, Span.TITLE, 0, hits);
        scan(body, Span.BODY, bodyFrom, hits);
        hits = resolve(hits);
        if (year != null) {
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                String c = historical(h.code, year);
                if (!c.equals(h.code)) {
                    hits.set(i, h.withCode(c));
                }
            }
        }
        return score(hits, body, dl, bodyFrom);
    }

    // ------------------------------------------------------------------ matching

    /** One matched form. */
    private record Hit(
            String code,
            String field,
            int start,
            int end,
            String text,
            Kind kind,
            double weight,
            boolean needsCorroboration,
            boolean peninsula) {
        Hit withCode(String c) {
            return new Hit(c, field, start, end, text, kind, weight, needsCorroboration, peninsula);
        }
    }

    private void scan(String text, String field, int from, List<Hit> out) {
        if (text.isEmpty()) {
            return;
        }
        Tokens t = Tokens.of(text);
        boolean allCaps = allCaps(text);
        for (int i = 0; i < t.size; i++) {
            if (t.start[i] < from || !t.isWord(i)) {
                continue;
            }
            char c = t.first(i);
            boolean upper = Character.isUpperCase(c);
            if (!upper && !mayStartLowercaseForm(t, i)) {
                continue;
            }
            Entry[] candidates = gazetteer.startingWith(t.key(i));
            for (Entry e : candidates) {
                if (!matches(t, i, e)) {
                    continue;
                }
                int last = i + e.keys().length - 1;
                if (accept(t, i, last, e, allCaps)) {
                    int s = t.start[i];
                    int en = t.end[last];
                    double weight = weight(e.kind());
                    if (attributive(t, last)) {
                        weight *= 0.5;
                    }
                    boolean weakHere = allCaps && (e.has(Flag.NOCAPS) || e.has(Flag.WEAK));
                    for (String code : e.codes()) {
                        out.add(new Hit(
                                code,
                                field,
                                s,
                                en,
                                text.substring(s, en),
                                e.kind(),
                                weight,
                                weakHere,
                                e.has(Flag.PENINSULA)));
                    }
                }
                i = last; // a block or a rejected name still consumes its tokens
                break;
            }
        }
    }

    /** Forms such as "the two Koreas" or "the States" start with a lower-case word. */
    private static boolean mayStartLowercaseForm(Tokens t, int i) {
        int len = t.end[i] - t.start[i];
        char c = t.first(i);
        return (len == 3 && (c == 't')) || (len == 4 && c == 'b');
    }

    private static boolean matches(Tokens t, int i, Entry e) {
        String[] keys = e.keys();
        if (i + keys.length > t.size) {
            return false;
        }
        boolean cs = e.has(Flag.CS);
        for (int k = 0; k < keys.length; k++) {
            int j = i + k;
            if (k > 0 && !keys[k].equals(t.key(j))) {
                return false;
            }
            String want = e.tokens()[k];
            if (cs) {
                if (!t.text.regionMatches(t.start[j], want, 0, want.length())
                        || t.end[j] - t.start[j] != want.length()) {
                    return false;
                }
            } else if (Character.isUpperCase(want.charAt(0)) && !t.capitalised(j)) {
                return false;
            }
        }
        return true;
    }

    /** Context checks after a form matched; false leaves the tokens unmatched. */
    private boolean accept(Tokens t, int first, int last, Entry e, boolean allCaps) {
        if (e.kind() == Kind.BLOCK) {
            return false;
        }
        // "US$" is a currency; "<UK>" is a stock ticker (Union Carbide), not the country
        if (e.has(Flag.CS)
                && last + 1 < t.size
                && (t.first(last + 1) == '$' || (t.first(last + 1) == '>' && first > 0 && t.first(first - 1) == '<'))) {
            return false;
        }
        if (e.has(Flag.AFTER_PLACE)
                && !(first >= 2 && t.first(first - 1) == ',' && t.isWord(first - 2) && t.capitalised(first - 2))) {
            return false; // "Winnemucca, Nev." yes; "Mo." or "Miss." alone are not places
        }
        if (e.has(Flag.WEAK) && !allCaps) {
            if (first > 0
                    && t.isWord(first - 1)
                    && t.capitalised(first - 1)
                    && !t.upper(first - 1)
                    && !NOT_A_FIRST_NAME.contains(t.key(first - 1))) {
                return false; // "Michael Jordan"
            }
            if (last + 1 < t.size
                    && t.isWord(last + 1)
                    && t.capitalised(last + 1)
                    && !NOT_A_FIRST_NAME.contains(t.key(last + 1))) {
                return false; // "Chad Smith", "Georgia Tech"
            }
        }
        return true;
    }

    /** "Luxembourg-listed": a name glued by a hyphen to a lower-case word describes something else. */
    private static boolean attributive(Tokens t, int last) {
        return last + 2 < t.size
                && t.first(last + 1) == '-'
                && !t.adjacentSpace(last)
                && t.isWord(last + 2)
                && Character.isLowerCase(t.first(last + 2));
    }

    private static double weight(Kind k) {
        return switch (k) {
            case NAME, OFFICIAL, ALT, MULTI -> 1.0;
            case DEMONYM, CAPITAL -> 0.8;
            case CITY -> 0.5;
            case REGION, DATELINE -> 0.4;
            default -> 0.0;
        };
    }

    /** Mostly upper-case text: a headline such as "U.S. CORN OUTPUT TO FALL". */
    static boolean allCaps(String s) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 3 && lower * 10 < upper;
    }

    /** Document-level decisions: corroboration, Georgia, the Koreas. */
    private List<Hit> resolve(List<Hit> hits) {
        Set<String> strong = new HashSet<>();
        boolean kp = false;
        boolean kr = false;
        boolean usPlaces = false;
        boolean caucasus = false;
        for (Hit h : hits) {
            if (!h.needsCorroboration && !h.peninsula) {
                strong.add(h.code);
            }
            if (!h.peninsula) {
                kp |= h.code.equals("KP");
                kr |= h.code.equals("KR");
            }
            if (h.code.equals("US") && (h.kind == Kind.REGION || h.kind == Kind.CITY || h.kind == Kind.DATELINE)) {
                usPlaces = true;
            }
            if (h.code.equals("GE") && !h.text.equalsIgnoreCase("Georgia")) {
                caucasus = true;
            }
        }
        List<Hit> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.needsCorroboration && !strong.contains(h.code)) {
                continue;
            }
            if (h.code.equals("GE") && usPlaces && !caucasus) {
                continue;
            }
            if (h.peninsula) {
                if (kp && kr) {
                    continue;
                }
                out.add(h.withCode(kp ? "KP" : "KR"));
                continue;
            }
            out.add(h);
        }
        return out;
    }

    // ------------------------------------------------------------------ datelines

    /** A dateline at the start of a body, resolved to a country. */
    record Dateline(String code, int start, int end) {}

    /**
     * Reads "TOKYO, March 3 -", "WASHINGTON —", "PORTLAND, Ore., Feb 26 -" or
     * "Lugano, Switzerland, May 2 -". The place must be in capitals unless a date follows it,
     * which keeps an ordinary first sentence from passing for a dateline.
     */
    Dateline dateline(String body) {
        return dateline(body, 0);
    }

    /** A dateline opening the text at {@code from} (after the title and header lines), or null. */
    Dateline dateline(String body, int from) {
        if (body.length() <= from) {
            return null;
        }
        Matcher m = DATELINE.matcher(body.substring(from, Math.min(body.length(), from + 160)));
        if (!m.find()) {
            return null;
        }
        String place = m.group(1).strip();
        String region = m.group(2) == null ? null : m.group(2).strip();
        boolean dated = m.group(3) != null;
        if (!dated && !allCaps(place)) {
            return null;
        }
        List<String> placeCodes = gazetteer.datelinePlace(place);
        List<String> regionCodes = region == null ? List.of() : gazetteer.datelinePlace(region);
        String code;
        if (!placeCodes.isEmpty() && !regionCodes.isEmpty()) {
            code = regionCodes.contains(placeCodes.get(0)) ? placeCodes.get(0) : regionCodes.get(0);
        } else if (!regionCodes.isEmpty()) {
            code = regionCodes.get(0);
        } else if (!placeCodes.isEmpty()) {
            code = placeCodes.get(0);
        } else {
            return null;
        }
        int start = from + m.start(1);
        int end = from + (region != null ? m.start(2) + m.group(2).length() : m.end(1));
        return new Dateline(code, start, end);
    }

    /** Header lines a briefing opens with: they are neither its dateline nor its lead. */
    private static final java.util.regex.Pattern HEADER_LINE = java.util.regex.Pattern.compile(
            "(?i)^\\s*(#+\\s*)?((publication date|published|updated|date|by|author|from|to|cc|subject|sent|"
                    + "classification|distribution)\\b.{0,120}|[=\\-_*]{3,})\\s*$");

    /**
     * Where the text proper starts: after a first line that repeats the title and after header
     * lines ("Publication Date: ...", "By ..."). Full documents carry their title as the first line
     * of the text; counting it again as the lead and looking for a dateline there would mistake the
     * headline for the story's opening. Wire stories (no repeated title) start at 0.
     */
    static int preamble(String title, String body) {
        String normTitle = normalise(title);
        int pos = 0;
        int limit = Math.min(body.length(), 800);
        while (pos < limit) {
            int nl = body.indexOf('\n', pos);
            int end = nl < 0 ? body.length() : nl;
            String line = body.substring(pos, end);
            boolean skip = line.isBlank()
                    || (!normTitle.isEmpty() && normalise(line).equals(normTitle))
                    || HEADER_LINE.matcher(line).matches();
            if (!skip) {
                return pos;
            }
            if (nl < 0) {
                return body.length();
            }
            pos = nl + 1;
        }
        return pos >= limit ? 0 : pos;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip().toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ history

    private static Map<String, String> successors(String former, int untilYear, String... codes) {
        Map<String, String> m = new HashMap<>();
        for (String c : codes) {
            m.put(c, former + ":" + untilYear);
        }
        return m;
    }

    /** The code a place had in {@code year}: Russia in 1987 is the Soviet Union. */
    static String historical(String code, int year) {
        for (Map<String, String> m : List.of(SOVIET, CZECHOSLOVAK, YUGOSLAV)) {
            String v = m.get(code);
            if (v != null) {
                int colon = v.indexOf(':');
                if (year < Integer.parseInt(v.substring(colon + 1))) {
                    return v.substring(0, colon);
                }
            }
        }
        if (code.equals("CD") && year >= 1971 && year < 1997) {
            return "ZR";
        }
        if ((code.equals("CW") || code.equals("SX") || code.equals("BQ")) && year < 2010) {
            return "AN"; // Curacao, Sint Maarten, Bonaire: the Netherlands Antilles until 2010
        }
        return code;
    }

    // ------------------------------------------------------------------ salience

    private static final class Acc {
        final String code;
        int count;
        double weighted;
        boolean title;
        boolean dateline;
        boolean lead;
        int firstBody = Integer.MAX_VALUE;
        final List<Span> spans = new ArrayList<>();

        Acc(String code) {
            this.code = code;
        }
    }

    private List<CountryMention> score(List<Hit> hits, String body, Dateline dl, int bodyFrom) {
        Map<String, Acc> accs = new LinkedHashMap<>();
        int leadEnd = leadEnd(body, bodyFrom);
        for (Hit h : hits) {
            Acc a = accs.computeIfAbsent(h.code, Acc::new);
            a.count++;
            a.weighted += h.weight;
            if (h.kind == Kind.DATELINE) {
                a.dateline = true;
            } else if (h.field.equals(Span.TITLE)) {
                a.title = true;
            } else {
                a.firstBody = Math.min(a.firstBody, h.start);
                if (h.start < leadEnd) {
                    a.lead = true;
                }
            }
            if (a.spans.size() < MAX_SPANS) {
                a.spans.add(new Span(h.field, h.start, h.end, h.text));
            }
        }
        if (accs.isEmpty() && options.homeCountry() != null) {
            Acc a = new Acc(options.homeCountry());
            accs.put(a.code, a);
        }
        double maxW = 0;
        for (Acc a : accs.values()) {
            maxW = Math.max(maxW, a.weighted);
        }
        int bodyLen = Math.max(1, body.length() - bodyFrom);
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
