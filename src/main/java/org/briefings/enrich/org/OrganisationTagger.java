package org.briefings.enrich.org;

import static org.briefings.enrich.org.NameText.nameOf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.org.OrganisationGazetteer.Match;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;
import org.briefings.enrich.text.Tokenizer;

/**
 * Finds organisations in a briefing's title and body and names each one canonically
 * ("UN", "U.N." and "United Nations" are one organisation, "United Nations").
 *
 * <p>Rules rather than a statistical model (no English NER model is available as a Maven
 * artifact here, and the organisations analysts care about are a fairly closed set), in three
 * passes per field:
 * <ol>
 *   <li>{@link OrganisationGazetteer}: names, acronyms and aliases known by name, longest match
 *       first.</li>
 *   <li>{@link OrganisationPatterns}: runs of capitalised words ending in a head word ("... Corp",
 *       "Ministry of ..."), over what the gazetteer did not claim; not in ALL-CAPS headlines.</li>
 *   <li>{@link DocumentAcronyms}: an acronym introduced in brackets after a name ("Liberal
 *       Democratic Party (LDP)") is that name wherever it recurs, in the title and before its
 *       definition too: acronyms are linked once every field has been read.</li>
 * </ol>
 * Beside the patterns, names with no head word are read from their context ({@link CuedNames}:
 * "the ruling Georgian Dream party", a cited publisher; {@link TickerNames}: "Brenmark
 * (BRMK.N)"; {@link BracketedNames}: a wire story's "&lt;Societe Generale&gt;"), and {@link SameOrganisations} makes one value of the variants of one
 * organisation in a briefing. Deliberately not an organisation: "US" (a country), a code after a
 * country's name ({@link CountryCodes}), a known name inside the name of a document or a title
 * ({@link NonBodyUses}).
 *
 * <p>The tagger is immutable and thread-safe, and loads the gazetteer {@code organisations.tsv}
 * when built; build one and share it.
 */
public final class OrganisationTagger {

    private final OrganisationGazetteer gazetteer = new OrganisationGazetteer();

    public OrganisationTagger() {}

    /** Acronyms the gazetteer lists for a canonical name (empty for pattern organisations). */
    public List<String> acronyms(String canonicalName) {
        return gazetteer.acronyms(canonicalName);
    }

    /** The gazetteer's names for a canonical name (itself, acronyms, aliases); an unknown name alone. */
    public List<String> recordedForms(String canonicalName) {
        return gazetteer.forms(canonicalName);
    }

    /** The country the gazetteer records for a national body's canonical name, or null. */
    public String countryOf(String canonicalName) {
        return gazetteer.country(canonicalName);
    }

    /** Organisations in a briefing, one entry per canonical name, most mentioned first. */
    public List<EntityMention> tag(String title, String body) {
        return tag(TextField.of(Span.TITLE, title), TextField.of(Span.BODY, body));
    }

    /** As {@link #tag(String, String)}, on fields the caller has tokenised. */
    public List<EntityMention> tag(TextField title, TextField body) {
        FoundOrganisations found = new FoundOrganisations();
        DocumentAcronyms acronyms = new DocumentAcronyms();
        List<Scanned> scanned = new ArrayList<>();
        for (TextField field : List.of(title, body)) {
            TextField f = ElidedArticles.cut(field);
            if (!f.isBlank()) {
                scanned.add(scan(f, acronyms));
            }
        }
        // an acronym the body defines names the organisation in the title and before its definition too
        for (Scanned s : scanned) {
            for (Hit h : s.withAcronyms(acronyms)) {
                found.add(h.name(), s.field(), h.from(), h.to());
            }
        }
        List<EntityMention> out = found.mentions();
        // "Revlon Group" beside "Revlon Group Inc", "BHP" beside "Broken Hill Pty Co Ltd": one value
        out = SameOrganisations.merge(out, gazetteer::knows);
        out.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return out;
    }

    /** Tokens {@code [from, to)} of a field name organisation {@code name}. */
    private record Hit(int from, int to, String name) {}

    /** The organisations of one field, but for the acronyms the document defines (linked once all are read). */
    private Scanned scan(TextField field, DocumentAcronyms acronyms) {
        // the passes turn most tokens away from the token list's arrays (see TokenList#isWord), so
        // that a token no rule starts at is not read itself
        TokenList tokens = TokenList.copyOf(field.tokens());
        boolean[] covered = new boolean[tokens.size()];
        List<Hit> hits = new ArrayList<>();
        knownNames(field, acronyms, tokens, covered, hits);
        if (!field.headline()) {
            patternNames(field, acronyms, tokens, covered, hits);
        }
        return new Scanned(field, hits, covered);
    }

    /**
     * Pass 1: the gazetteer's names, longest match first, then "(ABC)" after a name. The two passes
     * share only the covered tokens and the hits, so each is a method of its own. (Split on
     * 2026-12-04 also in the hope that two smaller compilations would shorten the JIT's warm-up,
     * which compiled the one method, some 85 KB of machine code, five times on the CRS texts; they
     * did not, measurably: the first five rounds of {@code EnrichLoop crs} took 7.0 s of CPU against
     * 7.5, three JVMs each, inside the spread, and the steady rate is the same.)
     */
    private void knownNames(
            TextField field, DocumentAcronyms acronyms, TokenList tokens, boolean[] covered, List<Hit> hits) {
        int i = 0;
        while (i < tokens.size()) {
            Match m = gazetteer.longestAt(tokens, i, field.headline());
            // BracketedNames.at answers null unless a capitalised word follows a "<"
            TokenRange bracketed = field.headline() || i == 0 || !tokens.isPunct(i - 1, '<') || !tokens.isCapitalised(i)
                    ? null
                    : BracketedNames.at(tokens, i, covered);
            if (bracketed != null && (m == null || i + m.length() < bracketed.to())) {
                // "<BHP Petroleum (Americas) Inc>": the wire's bracketed name is longer than the known one
                int after = Math.max(named(hits, acronyms, field, bracketed, nameOf(field, bracketed)), bracketed.to());
                cover(covered, i, after);
                i = after;
                continue;
            }
            if (m != null
                    && m.length() == 1
                    && (CountryCodes.afterCountry(tokens, i) || TickerNames.symbolAt(tokens, i))) {
                i++; // "Georgien (GE)": the country's code, not General Electric; "(Nasdaq: DPT)": a ticker
                continue;
            }
            if (m == null) {
                // "the Senate-passed version", "UN-backed talks", "a United Nations-brokered truce"
                HyphenatedBodies.Found compound =
                        tokens.hasHyphen(i) ? HyphenatedBodies.at(tokens, i, covered, gazetteer) : null;
                if (compound != null) {
                    hits.add(new Hit(compound.range().from(), compound.range().to(), compound.canonical()));
                    cover(covered, compound.range().from(), compound.range().to());
                }
                i++;
                continue;
            }
            int end = i + m.length();
            TokenRange initialled = field.headline() ? null : InitialledNames.around(tokens, i, end, covered);
            if (initialled != null) {
                // "National Congress for Timorese Reconstruction (CNRT)": the acronym bounds a longer name
                int after = Math.max(named(hits, acronyms, field, initialled, nameOf(field, initialled)), end);
                cover(covered, initialled.from(), after);
                i = after;
                continue;
            }
            if (!field.headline() && NonBodyUses.at(tokens, i, end)) {
                // "United Nations Charter", "Treasury Secretary James Baker": claimed, so that no
                // pattern reads the name as the head of a longer one
                cover(covered, i, end);
                i = end;
                continue;
            }
            // "the Supreme National Security Council": the longer name wins over the known one inside it
            TokenRange longer = field.headline() ? null : EnclosingNames.around(tokens, i, end, covered);
            if (longer == null && !field.headline()) {
                longer = EnclosingNames.ofAnotherCountry(tokens, i, end, gazetteer.country(m.canonical()));
            }
            if (longer != null) {
                int after = Math.max(named(hits, acronyms, field, longer, nameOf(field, longer)), longer.to());
                cover(covered, longer.from(), after);
                i = after;
                continue;
            }
            int country = field.headline() ? i : EnclosingNames.countryBefore(tokens, i, end, covered);
            if (country < i) {
                TokenRange named = new TokenRange(country, end);
                int after = Math.max(named(hits, acronyms, field, named, nameOf(field, named)), end);
                cover(covered, country, after);
                i = after;
                continue;
            }
            int after = named(hits, acronyms, field, new TokenRange(i, end), m.canonical());
            cover(covered, i, after);
            i = after;
        }
    }

    /** Pass 2: patterns over the capitalised runs the gazetteer did not claim (not in a headline). */
    private void patternNames(
            TextField field, DocumentAcronyms acronyms, TokenList tokens, boolean[] covered, List<Hit> hits) {
        boolean romance = HeadFirstNames.romance(tokens);
        int i = 0;
        while (i < tokens.size()) {
            if (!romance && (covered[i] || !tokens.isWord(i) || !tokens.isCapitalised(i))) {
                i++; // what the test below turns away, read from the list's arrays
                continue;
            }
            Token t = tokens.get(i);
            if (romance && !covered[i] && t.isWord() && !t.isCapitalised()) {
                // "le ministère de l'Unification", "el partido Fuerza Popular"
                TokenRange lower = HeadFirstNames.lowerCaseAt(tokens, i, covered);
                if (lower != null) {
                    // "le groupe Wagner" is the gazetteer's "Groupe Wagner"
                    String known = lower.from() > i ? known(capitalised(t.text()) + " " + nameOf(field, lower)) : null;
                    if (known != null) {
                        lower = new TokenRange(i, lower.to());
                    }
                    String name = known != null ? known : nameOf(field, lower);
                    int after = Math.max(named(hits, acronyms, field, lower, name), lower.to());
                    cover(covered, i, after);
                    i = after;
                    continue;
                }
            }
            if (covered[i] || !t.isWord() || !t.isCapitalised() || RunOnNames.attributive(t)) {
                i++; // "the Kurdish-led Syrian Democratic Forces": who leads a body opens no name
                continue;
            }
            // "National Unity Government (NUG)": initials that spell the bracketed acronym bound the name
            TokenRange org = InitialledNames.at(tokens, i, covered);
            if (org == null) {
                int runEnd = CapitalisedRuns.runEnd(tokens, i, covered);
                org = OrganisationPatterns.find(tokens, i, runEnd);
                TokenRange first = OrganisationPatterns.listedBefore(tokens, i, org);
                if (first != null) {
                    // "University of Cape Town and Makerere University": two names, the first kept
                    named(hits, acronyms, field, first, nameOf(field, first));
                    cover(covered, first.from(), first.to());
                    i = first.to();
                    continue;
                }
            }
            String known = null;
            if (org == null) {
                org = AcronymNames.at(tokens, i);
                // "Communauté économique ... de l'Ouest (CEDEAO)": an acronym the gazetteer knows names it
                known = org == null ? null : nameAt(hits, org.to() + 1);
            }
            if (org == null) {
                org = InflectedNames.at(tokens, i, covered);
            }
            if (org == null && romance) {
                org = HeadFirstNames.at(tokens, i, covered);
            }
            if (org == null && OrganisationPatterns.bankCompound(t)) {
                org = new TokenRange(i, i + 1);
            }
            if (org == null) {
                // "the ruling Georgian Dream party", "the opposition party Demokraatit"
                CuedNames.Cued cued = CuedNames.at(tokens, i, covered);
                if (cued != null) {
                    org = cued.range();
                    known = cued.name() != null ? cued.name() : withNoun(field, cued);
                    if (known != null && cued.noun() >= 0 && cued.name() == null) {
                        org = new TokenRange(org.from(), cued.noun() + 1); // "the Wagner group"
                    }
                }
            }
            if (org == null) {
                i++;
                continue;
            }
            if (known == null
                    && org.to() + 1 < tokens.size()
                    && tokens.get(org.to()).isPunct('(')
                    && !TickerNames.tickerAt(tokens, org.to())) {
                // "Communauté des Caraïbes (CARICOM)": an acronym the gazetteer knows names what precedes it
                known = nameAt(hits, org.to() + 1);
            }
            String name = known != null ? known : nameOf(field, org);
            int after = Math.max(named(hits, acronyms, field, org, name), org.to());
            cover(covered, i, after);
            i = after;
        }
    }

    /** What the passes found in one field, and which of its tokens they claimed. */
    private record Scanned(TextField field, List<Hit> hits, boolean[] covered) {

        /**
         * The hits, and the acronyms the document introduced wherever they recur unclaimed, in text
         * order; a known acronym the document defines as another name ("the Congress for Democratic
         * Change (CDC)") is that name throughout, not the body the gazetteer knows by it.
         */
        List<Hit> withAcronyms(DocumentAcronyms acronyms) {
            List<Token> tokens = field.tokens();
            List<Hit> all = new ArrayList<>(hits.size());
            for (Hit h : hits) {
                Token t = tokens.get(h.from());
                String defined = h.to() - h.from() == 1 && t.isAllCaps() ? acronyms.nameOf(t.text()) : null;
                all.add(defined == null ? h : new Hit(h.from(), h.to(), defined));
            }
            for (int i = 0; i < tokens.size(); i++) {
                String linked = covered[i] ? null : acronyms.linked(tokens.get(i));
                if (linked != null) {
                    all.add(new Hit(i, i + 1, linked));
                }
            }
            all.sort(Comparator.comparingInt(Hit::from));
            return all;
        }
    }

    /**
     * Adds the organisation at {@code range} and, when "(ABC)" follows, the acronym as a second
     * hit; returns the index after what was read.
     */
    private static int named(
            List<Hit> hits, DocumentAcronyms acronyms, TextField field, TokenRange range, String name) {
        List<Token> tokens = field.tokens();
        int q = NameQualifiers.qualifierEnd(tokens, range.to(), name);
        if (q > range.to()) {
            name = name + " "
                    + field.text()
                            .substring(
                                    tokens.get(range.to()).start(),
                                    tokens.get(q - 1).end());
            range = new TokenRange(range.from(), q);
        }
        hits.add(new Hit(range.from(), range.to(), name));
        int after = acronyms.introducedAt(tokens, range.to(), name);
        if (after > range.to() && nameAt(hits, range.to() + 1) == null) {
            hits.add(new Hit(range.to() + 1, range.to() + 2, name));
        }
        return after;
    }

    /**
     * The gazetteer's organisation named by a cued name and its noun together ("Wagner" +
     * "group" is the Wagner Group), or null.
     */
    private String withNoun(TextField field, CuedNames.Cued cued) {
        if (cued.noun() < 0) {
            return null;
        }
        return known(nameOf(field, cued.range()) + " "
                + capitalised(field.tokens().get(cued.noun()).text()));
    }

    /** The organisation the gazetteer names by exactly these words, or null. */
    private String known(String words) {
        List<Token> tokens = Tokenizer.tokenize(words);
        Match m = gazetteer.longestAt(tokens, 0, false);
        return m != null && m.length() == tokens.size() ? m.canonical() : null;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** The organisation a hit starting at token {@code from} names, or null. */
    private static String nameAt(List<Hit> hits, int from) {
        for (Hit h : hits) {
            if (h.from() == from) {
                return h.name();
            }
        }
        return null;
    }

    private static void cover(boolean[] covered, int from, int to) {
        for (int k = from; k < to; k++) {
            covered[k] = true;
        }
    }
}
