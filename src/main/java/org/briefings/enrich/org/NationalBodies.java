package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Gives a national body named without its country ("the Senate", "Congress", "the Supreme
 * Court", "the National Assembly") the country the briefing is about: "Senate" in a text about
 * Cambodia is the Senate of Cambodia, not the U.S. Senate; the facet value is then
 * "{@code <body> of <country>}" (docs/annotation.md). A body whose country the text itself names
 * ("U.S. Senate", "Argentine Parliament") keeps its name, and so does a bare body in a text about
 * no country in particular (wire stories from Washington rarely name the United States, so a bare
 * "Senate" there stays the U.S. Senate the gazetteer says it is).
 */
public final class NationalBodies {

    /** Names of national bodies that are proper names on their own in their country. */
    private static final Set<String> BARE = Words.set(
            "congress",
            "senate",
            "house of representatives",
            "supreme court",
            "national assembly",
            "parliament",
            "constitutional court",
            "chamber of deputies",
            "national congress",
            "constitutional council",
            "council of ministers",
            "central election commission",
            "election commission",
            "electoral commission",
            "national electoral council",
            "ministry of finance",
            "finance ministry",
            "ministry of foreign affairs",
            "foreign ministry",
            "ministry of defence",
            "ministry of defense",
            "defence ministry",
            "defense ministry",
            "interior ministry",
            "ministry of interior",
            "ministry of the interior",
            "central bank",
            "treasury");

    /** The United States' own name for the bodies the gazetteer gives it by default. */
    private static final Map<String, String> UNITED_STATES = Map.of(
            "congress", "U.S. Congress",
            "senate", "U.S. Senate",
            "house of representatives", "U.S. House of Representatives",
            "supreme court", "U.S. Supreme Court",
            "treasury", "U.S. Treasury",
            "republican party", "Republican Party",
            "democratic party", "Democratic Party");

    /**
     * The countries whose national legislature has a chamber called so in English (and whose
     * finance ministry is a Treasury). A bare "Congress", "Senate", "House of Representatives" or
     * "Treasury" in a text about another country (a CRS report on Iran, a brief on the United
     * Kingdom, a wire story on Japan) is not that country's: it is the U.S. body, as the gazetteer
     * names it. Compiled by the project as facts.
     */
    private static final Map<String, Set<String>> CHAMBERS = Map.of(
            "congress",
            Set.of("US", "PE", "CO", "MX", "GT", "HN", "PH", "PY", "AR", "CL", "BR", "ES", "FM", "DO"),
            "senate",
            Set.of(
                    "US", "AU", "CA", "FR", "IT", "ES", "BR", "AR", "MX", "CL", "CO", "PE", "BO", "PY", "UY", "DO",
                    "HT", "PH", "KH", "TH", "MY", "PK", "NG", "KE", "ZW", "BE", "NL", "IE", "PL", "CZ", "RO", "JO",
                    "LR", "BI", "CM", "CG", "CD", "GA", "MG", "RW", "LS", "SZ", "KZ", "JM", "TT", "BS", "BB", "BZ",
                    "AG", "GD", "LC", "PW", "SI", "BA", "AF", "CI", "SN", "TD"),
            "house of representatives",
            Set.of(
                    "US", "AU", "NZ", "JP", "PH", "NP", "NG", "LR", "TH", "MY", "ID", "BY", "NL", "CO", "UY", "CY",
                    "MT", "JO", "LY", "EG", "MA", "TT", "JM", "BS", "BB", "BZ", "AG", "GD", "LC", "BA", "YE", "FJ",
                    "PW", "FM"),
            "treasury",
            Set.of("US", "GB", "IT", "FR", "AU", "NZ", "BR", "ES", "PT", "PH", "IE", "BE", "ZA", "KE"));

    private static final String HOUSE = GenericBodies.HOUSE;

    /** Lower chambers, whose naming beside "the Senate" says the Senate is the same country's. */
    private static final Set<String> LOWER_CHAMBERS = Set.of("chamber of deputies", "national assembly");

    /** The U.S. chambers, whose naming in a text about no country says its committees are theirs. */
    private static final Set<String> US_CHAMBERS =
            Set.of("U.S. Congress", "U.S. Senate", "U.S. House of Representatives");

    /** "-passed" in "Senate-passed", compiled once ({@code replaceFirst} compiles on every call). */
    private static final Pattern ATTRIBUTIVE_ENDING = Pattern.compile("-[a-z]+$");

    /**
     * Countries whose English name takes the article after "of" ("Senate of the Philippines",
     * "Ministry of Foreign Affairs of the United Arab Emirates"): plural names, island groups, names
     * made of "Republic", "Kingdom" or "United", and The Gambia; not Solomon Islands, which styles
     * itself without it. Compiled by the project as facts.
     */
    private static final Set<String> WITH_ARTICLE = WordSet.of(
            "AE", "BS", "CF", "CG", "DO", "GB", "GM", "KM", "MH", "MV", "NL", "PH", "US", "KY", "FK", "FO", "CK", "VG",
            "VI", "TC", "MP");

    /**
     * As {@link #resolve(List, List)}, and adds the generic bodies the organisation tagger leaves
     * out ("the Finance Ministry", "el Senado", "МИД", {@link GenericBodies}) as bodies of the
     * country the briefing is about; with no such country they stay out.
     */
    public List<EntityMention> resolve(
            List<EntityMention> organisations, List<CountryMention> countries, TextField title, TextField body) {
        Optional<CountryMention> subject = subject(countries);
        boolean congress = organisations.stream()
                .anyMatch(o -> o.name().equals("U.S. Congress") || o.name().equals("U.S. Senate"));
        if (subject.isEmpty() && !congress) {
            return organisations;
        }
        // a text about no country that names Congress is about the United States' bodies
        CountryMention c = subject.orElse(new CountryMention("US", "United States", 0, 0, false, List.of()));
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> texts = Map.of(title.name(), title.text(), body.name(), body.text());
        for (TextField f : List.of(title, body)) {
            for (GenericBodies.Found g : GenericBodies.find(f, organisations)) {
                if (g.english().equals(GenericBodies.HOUSE) && !c.code().equals("US")) {
                    continue; // "the House" of another country is its own name, not guessed here
                }
                if (subject.isEmpty() && !g.english().equals(GenericBodies.HOUSE)) {
                    continue; // with no country, only the House of a text that names Congress
                }
                String name = fullName(organisations, g.span().text());
                CountryMention here = g.country() != null ? owner(g.country()) : near(g.span(), countries, texts, c);
                name = name != null
                        ? name
                        : here.code().equals("US") || !hasChamber(here.code(), g.english())
                                ? UNITED_STATES.get(g.english())
                                : ofCountry(capitalised(g.english()), here);
                if (name != null) {
                    spans.computeIfAbsent(name, k -> new ArrayList<>()).add(g.span());
                    counts.merge(name, 1, Integer::sum);
                }
            }
        }
        List<EntityMention> all = new ArrayList<>();
        for (EntityMention o : organisations) {
            List<Span> more = spans.remove(o.name());
            all.add(more == null ? o : merge(o, GenericBodies.mention(o.name(), more, counts.get(o.name()))));
        }
        spans.forEach((name, s) -> all.add(GenericBodies.mention(name, s, counts.get(name))));
        return resolve(all, countries, texts);
    }

    /** A country a possessive or an adjective names, as a mention of it. */
    private static CountryMention owner(String code) {
        String name = Gazetteer.load().name(code);
        return new CountryMention(code, name == null ? code : name, 0, 0, false, List.of());
    }

    /**
     * The about-country named last before {@code span} in its sentence, else {@code subject}: in a
     * text about two countries, "In Phnom Penh, he remains president of the Senate" names
     * Cambodia's Senate, whichever country the text is most about.
     */
    private static CountryMention near(
            Span span, List<CountryMention> countries, Map<String, String> texts, CountryMention subject) {
        int from = sentenceStart(texts.get(span.field()), span.start());
        CountryMention best = subject;
        int bestAt = -1;
        for (CountryMention c : countries) {
            for (Span s : c.about() ? c.spans() : List.<Span>of()) {
                if (s.field().equals(span.field())
                        && s.start() >= from
                        && s.end() <= span.start()
                        && s.start() > bestAt) {
                    best = c;
                    bestAt = s.start();
                }
            }
        }
        return best;
    }

    /** Start of the sentence holding offset {@code at}: after the last full stop or line break before it. */
    private static int sentenceStart(String text, int at) {
        if (text == null) {
            return at;
        }
        int stop = Math.max(text.lastIndexOf(". ", at - 1), text.lastIndexOf('\n', at - 1));
        return stop < 0 ? 0 : stop + 1;
    }

    /**
     * Whether a lower chamber of the country's legislature ("Chamber of Deputies", "National
     * Assembly") is named in the same sentence as {@code span}: "every seat in the Chamber of
     * Deputies and the Senate" names the two chambers of one legislature, whatever {@link
     * #CHAMBERS} lists.
     */
    private static boolean besideLowerChamber(Span span, List<EntityMention> organisations, Map<String, String> texts) {
        int from = sentenceStart(texts.get(span.field()), span.start());
        String text = texts.get(span.field());
        int to = text == null ? span.end() : text.indexOf(". ", span.end());
        to = to < 0 ? Integer.MAX_VALUE : to;
        for (EntityMention o : organisations) {
            if (LOWER_CHAMBERS.contains(bareBody(o) == null ? "" : bareBody(o))
                    || LOWER_CHAMBERS.stream()
                            .anyMatch(l -> o.name().toLowerCase(Locale.ROOT).startsWith(l + " of "))) {
                for (Span s : o.spans()) {
                    if (s.field().equals(span.field()) && s.start() >= from && s.end() <= to) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The organisation one of whose spans opens with {@code phrase} ("Congreso de Perú"), or null. */
    private static String fullName(List<EntityMention> organisations, String phrase) {
        String prefix = phrase.toLowerCase(Locale.ROOT) + " ";
        for (EntityMention o : organisations) {
            for (Span s : o.spans()) {
                if (s.text().toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    return o.name();
                }
            }
        }
        return null;
    }

    private static Optional<CountryMention> subject(List<CountryMention> countries) {
        return countries.stream()
                .filter(CountryMention::about)
                .max(Comparator.comparingDouble(CountryMention::salience));
    }

    /** The organisations of one briefing, national bodies named after the country it is about. */
    public List<EntityMention> resolve(List<EntityMention> organisations, List<CountryMention> countries) {
        return resolve(organisations, countries, Map.of());
    }

    /** As {@link #resolve(List, List)}, with the fields' texts to read a body's sentence in. */
    private List<EntityMention> resolve(
            List<EntityMention> organisations, List<CountryMention> countries, Map<String, String> texts) {
        Optional<CountryMention> subject = subject(countries);
        boolean congress = organisations.stream().anyMatch(o -> US_CHAMBERS.contains(o.name()));
        if (subject.isEmpty() && !congress) {
            return organisations;
        }
        Map<String, EntityMention> out = new LinkedHashMap<>();
        for (EntityMention org : organisations) {
            String bare = subject.isEmpty() ? null : bareBody(org);
            String name = org.name();
            if (bare != null) {
                Span first = org.spans().isEmpty() ? null : org.spans().get(0);
                CountryMention c = first == null ? subject.get() : near(first, countries, texts, subject.get());
                boolean chamber = hasChamber(c.code(), bare)
                        || (bare.equals("senate") && first != null && besideLowerChamber(first, organisations, texts));
                name = c.code().equals("US") || !chamber
                        ? UNITED_STATES.getOrDefault(bare, org.name())
                        : ofCountry(capitalised(bare), c);
            } else if (usCommittee(name, subject.map(CountryMention::code).orElse(null), congress)) {
                name = "U.S. " + name; // "Senate Armed Services Committee", as docs/annotation.md names it
            }
            EntityMention before = out.get(name);
            out.put(name, before == null ? rename(org, name) : merge(before, org));
        }
        return List.copyOf(out.values());
    }

    /**
     * Whether a committee of a chamber named without its country ("Senate Armed Services
     * Committee", "House Appropriations Subcommittee on Defense") is a U.S. one: in a text about the United
     * States, or about a country without that chamber, or about none but naming Congress.
     */
    private static boolean usCommittee(String name, String subject, boolean congress) {
        String chamber = name.startsWith("Senate ") ? "senate" : name.startsWith("House ") ? HOUSE : null;
        if (chamber == null || !(name.contains(" Committee") || name.contains(" Subcommittee"))) {
            return false;
        }
        return subject == null ? congress : subject.equals("US") || !hasChamber(subject, chamber);
    }

    /** Whether the country has the body; for chambers not in {@link #CHAMBERS}, assumed so. */
    private static boolean hasChamber(String code, String bare) {
        Set<String> having = CHAMBERS.get(bare);
        return having == null || having.contains(code);
    }

    /** Whether a phrase, lower case, is a national body named without its country ("senate"). */
    static boolean isBare(String lower) {
        return BARE.contains(lower);
    }

    /** The body's name when every span of it names the body alone, else null. */
    private static String bareBody(EntityMention org) {
        String bare = null;
        for (Span s : org.spans()) {
            String text = Words.singleSpaces(s.text()).strip().toLowerCase(Locale.ROOT);
            if (text.startsWith("the ")) {
                text = text.substring(4);
            }
            text = ATTRIBUTIVE_ENDING.matcher(text).replaceFirst(""); // "Senate-passed" names the Senate
            if (!BARE.contains(text)) {
                return null;
            }
            bare = bare == null || text.length() > bare.length() ? text : bare;
        }
        return bare;
    }

    /** "{@code <body> of <country>}", as docs/annotation.md canonicalises a national body. */
    static String ofCountry(String body, CountryMention c) {
        return body + " of " + (WITH_ARTICLE.contains(c.code()) ? "the " : "") + c.name();
    }

    private static String capitalised(String lower) {
        StringBuilder sb = new StringBuilder();
        for (String w : lower.split(" ", -1)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.equals("of") || w.equals("the") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }

    private static EntityMention rename(EntityMention org, String name) {
        return name.equals(org.name()) ? org : new EntityMention(name, org.count(), org.spans());
    }

    private static EntityMention merge(EntityMention a, EntityMention b) {
        List<Span> spans = new ArrayList<>(a.spans());
        for (Span s : b.spans()) {
            if (spans.size() < 5) {
                spans.add(s);
            }
        }
        return new EntityMention(a.name(), a.count() + b.count(), spans);
    }
}
