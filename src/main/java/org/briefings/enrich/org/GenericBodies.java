package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.text.SpanCover;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * National bodies named by a generic phrase ("the Finance Ministry", "the Central Bank", "el
 * Senado", "le Parlement", "das Parlament", "МИД"): the organisation tagger drops them, because
 * without a country they name nothing searchable, but in a briefing about one country they are
 * that country's body. {@link NationalBodies} names them "{@code <body> of <country>}" as
 * docs/annotation.md canonicalises them; this class only finds them and gives their English
 * form. A phrase counts when it stands alone: not after a capitalised word or a possessive
 * ("Japanese Foreign Ministry", "Russia's Foreign Ministry" belong to their own country) and not
 * before a capitalised word or "of"/"de" (the start of a longer name) or a title ("Central Bank
 * Governor" is a person's role). A body the briefing also names in full ("el Congreso de Perú")
 * joins that name.
 */
final class GenericBodies {

    /** "the House": the U.S. House of Representatives, the only House named bare. */
    static final String HOUSE = "house of representatives";

    /** Lower-case phrase (accents as written) -> the English name of the body. */
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("finance ministry", "finance ministry"),
            Map.entry("foreign ministry", "foreign ministry"),
            Map.entry("defence ministry", "defence ministry"),
            Map.entry("defense ministry", "defense ministry"),
            Map.entry("interior ministry", "interior ministry"),
            Map.entry("justice ministry", "justice ministry"),
            // the long forms every government uses, whose words are all generic ("Ministry of Finance")
            Map.entry("ministry of finance", "ministry of finance"),
            Map.entry("ministry of foreign affairs", "ministry of foreign affairs"),
            Map.entry("ministry of defence", "ministry of defence"),
            Map.entry("ministry of defense", "ministry of defense"),
            Map.entry("ministry of national defence", "ministry of national defence"),
            Map.entry("ministry of national defense", "ministry of national defense"),
            Map.entry("ministry of justice", "ministry of justice"),
            Map.entry("ministry of the interior", "ministry of the interior"),
            Map.entry("ministry of interior", "ministry of interior"),
            Map.entry("ministry of economy", "ministry of economy"),
            Map.entry("ministry of the economy", "ministry of the economy"),
            Map.entry("ministry of trade", "ministry of trade"),
            Map.entry("council of state", "council of state"),
            Map.entry("central bank", "central bank"),
            // forces and courts every country names so: "the National Police", "the High Court"
            Map.entry("national police", "national police"),
            Map.entry("national guard", "national guard"),
            Map.entry("republican guard", "republican guard"),
            Map.entry("high court", "high court"),
            Map.entry("public ministry", "public ministry"),
            Map.entry("house", HOUSE),
            // parties named by their creed: "the Communist Party" in a Chinese text, "the Republican Party"
            Map.entry("communist party", "communist party"),
            Map.entry("socialist party", "socialist party"),
            Map.entry("republican party", "republican party"),
            Map.entry("democratic party", "democratic party"),
            Map.entry("labour party", "labour party"),
            Map.entry("labor party", "labor party"),
            Map.entry("conservative party", "conservative party"),
            Map.entry("liberal party", "liberal party"),
            Map.entry("green party", "green party"),
            // Spanish
            Map.entry("senado", "senate"),
            Map.entry("congreso", "congress"),
            Map.entry("banco central", "central bank"),
            Map.entry("corte suprema", "supreme court"),
            Map.entry("asamblea nacional", "national assembly"),
            Map.entry("cancillería", "ministry of foreign affairs"),
            Map.entry("policía nacional", "national police"),
            Map.entry("tribunal supremo", "supreme court"),
            Map.entry("corte suprema de justicia", "supreme court"),
            Map.entry("tribunal constitucional", "constitutional court"),
            Map.entry("corte constitucional", "constitutional court"),
            Map.entry("consejo de estado", "council of state"),
            Map.entry("cámara de diputados", "chamber of deputies"),
            Map.entry("congreso nacional", "national congress"),
            Map.entry("consejo nacional electoral", "national electoral council"),
            // Portuguese
            Map.entry("supremo tribunal", "supreme court"),
            Map.entry("conselho constitucional", "constitutional council"),
            Map.entry("assembleia nacional", "national assembly"),
            Map.entry("câmara dos deputados", "chamber of deputies"),
            Map.entry("congresso nacional", "national congress"),
            Map.entry("polícia nacional", "national police"),
            // French
            Map.entry("sénat", "senate"),
            Map.entry("parlement", "parliament"),
            Map.entry("assemblée nationale", "national assembly"),
            Map.entry("banque centrale", "central bank"),
            Map.entry("cour suprême", "supreme court"),
            Map.entry("police nationale", "national police"),
            Map.entry("conseil constitutionnel", "constitutional council"),
            Map.entry("conseil d'état", "council of state"),
            Map.entry("cour constitutionnelle", "constitutional court"),
            Map.entry("cour de cassation", "court of cassation"),
            Map.entry("cour des comptes", "court of auditors"),
            Map.entry("garde républicaine", "republican guard"),
            Map.entry("gendarmerie nationale", "national gendarmerie"),
            // German
            Map.entry("parlament", "parliament"),
            Map.entry("senat", "senate"),
            Map.entry("zentralbank", "central bank"),
            Map.entry("verfassungsgericht", "constitutional court"),
            Map.entry("verfassungsgerichtshof", "constitutional court"),
            Map.entry("oberster gerichtshof", "supreme court"),
            Map.entry("nationalrat", "national council"),
            Map.entry("außenministerium", "ministry of foreign affairs"),
            Map.entry("finanzministerium", "ministry of finance"),
            // Russian
            Map.entry("мид", "ministry of foreign affairs"),
            Map.entry("парламент", "parliament"),
            Map.entry("сенат", "senate"),
            Map.entry("центробанк", "central bank"),
            Map.entry("минфин", "ministry of finance"),
            Map.entry("верховный суд", "supreme court"),
            Map.entry("конституционный суд", "constitutional court"));

    /**
     * Courts, councils and chambers that Spanish, French and Portuguese texts also write in lower
     * case after an article ("la corte suprema", "el tribunal constitucional", "le conseil
     * d'état"), where English would capitalise them; bodies English writes in lower case too ("the
     * central bank", "the national police") are no name in lower case in any language.
     */
    private static final java.util.Set<String> LOWER_CASE = Words.set(
            "corte suprema",
            "corte suprema de justicia",
            "tribunal supremo",
            "tribunal constitucional",
            "corte constitucional",
            "consejo de estado",
            "asamblea nacional",
            "cámara de diputados",
            "congreso nacional",
            "consejo nacional electoral",
            "supremo tribunal",
            "conselho constitucional",
            "assembleia nacional",
            "câmara dos deputados",
            "congresso nacional",
            "cour suprême",
            "conseil constitutionnel",
            "conseil d'état",
            "cour constitutionnelle",
            "cour de cassation",
            "cour des comptes",
            "assemblée nationale");

    /** The first words of {@link #LOWER_CASE}: only these open a phrase in lower case. */
    private static final java.util.Set<String> LOWER_CASE_FIRST = WordSet.copyOf(
            LOWER_CASE.stream().map(p -> p.substring(0, p.indexOf(' '))).toList());

    /** Definite articles of Spanish, French and Portuguese, with their contractions ("del", "du", "da"). */
    private static final java.util.Set<String> DEFINITE = Words.set(
            "el", "la", "los", "las", "del", "al", "le", "les", "du", "au", "aux", "o", "a", "os", "as", "do", "da",
            "dos", "das", "no", "na", "ao", "pelo", "pela");

    /** Links inside a phrase, never its end: "Ministry of the Interior", "corte suprema de justicia". */
    private static final java.util.Set<String> JOINING = Words.set("of", "the", "de", "des", "dos");

    /** Capitalised words a phrase may have ("Ministry of Foreign Affairs": three). */
    private static final int MAX_WORDS = 3;

    private static final int MAX_SPANS = 5;

    /** Articles of the other languages, capitalised at a sentence's start ("Der Nationalrat"). */
    private static final java.util.Set<String> ARTICLES =
            WordSet.of("der", "die", "das", "el", "la", "le", "les", "los", "las");

    /**
     * The first words of {@link #PHRASES}: a phrase starts with its first token's lower-case form,
     * so a word that is none of these opens none, and {@link #find} skips it before building
     * phrases or reading the words before it (most capitalised words of a report: "Congress",
     * "Iran", "January").
     */
    private static final java.util.Set<String> PHRASE_FIRST = WordSet.copyOf(PHRASES.keySet().stream()
            .map(p -> p.indexOf(' ') < 0 ? p : p.substring(0, p.indexOf(' ')))
            .toList());

    private GenericBodies() {}

    /**
     * A generic body found in a field: its English name, where it is written, and the country a
     * possessive or an adjective before it names ("Angola's", "Angolan"), or null.
     */
    record Found(String english, Span span, String country) {}

    /** Every phrase, in lower case, with its English name (tests read each one in a sentence). */
    static Map<String, String> phrases() {
        return PHRASES;
    }

    /** Whether a lower-case phrase is one of the generic bodies ("labor party", "central bank"). */
    static boolean isPhrase(String lowerCase) {
        return PHRASES.containsKey(lowerCase);
    }

    /** The generic bodies of {@code field} outside the spans of {@code organisations}. */
    static List<Found> find(TextField field, List<EntityMention> organisations) {
        List<Found> out = new ArrayList<>();
        List<Token> tokens = field.tokens();
        SpanCover claimed = SpanCover.of(field.name(), organisations);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            // "la corte suprema", "el tribunal constitucional": in lower case only after an article
            boolean lowerCase = t.isWord()
                    && !t.isCapitalised()
                    && i > 0
                    && WordSet.holds(LOWER_CASE_FIRST, t)
                    && WordSet.holds(DEFINITE, tokens.get(i - 1));
            if (!t.isWord()
                    || !(t.isCapitalised() || lowerCase)
                    || !WordSet.holds(PHRASE_FIRST, t)
                    || claimed.contains(t.start(), t.end())) {
                continue;
            }
            String owner = null;
            if (i > 0
                    && !t.sentenceStart()
                    && ((tokens.get(i - 1).isCapitalised()
                                    && !WordSet.holds(PatternWords.OPENERS, tokens.get(i - 1))
                                    && !WordSet.holds(ARTICLES, tokens.get(i - 1)))
                            || tokens.get(i - 1).lower().equals("'s"))) {
                // "Angola's National Police", "the Angolan National Police": the country's own body
                owner = ownerBefore(tokens, i);
                if (owner == null) {
                    continue;
                }
            }
            String phrase = t.lower();
            int words = 1;
            for (int n = 1; i + n <= tokens.size(); n++) {
                if (n > 1) {
                    Token next = tokens.get(i + n - 1);
                    boolean joining = next.isWord() && WordSet.holds(JOINING, next);
                    // "Conseil d'État": a word with its elided "d'" is one of the phrase's words
                    boolean word = next.isCapitalised() || CapitalisedRuns.elided(next) || lowerCase;
                    if (!next.isWord() || !(word || joining)) {
                        break;
                    }
                    phrase = phrase + " " + next.lower();
                    if (joining) {
                        continue; // "Ministry of the Interior": "of" and "the" join, never end, a phrase
                    }
                    if (++words > MAX_WORDS) {
                        break;
                    }
                }
                String english = lowerCase && !LOWER_CASE.contains(phrase) ? null : PHRASES.get(phrase);
                if (HOUSE.equals(english)
                        && (i == 0 || !tokens.get(i - 1).text().equals("the"))) {
                    english = null; // "the House voted", not "House prices" or a "House" opening a line
                }
                if (english != null && standsAlone(tokens, i + n) && !(lowerCase && adjectiveAt(tokens, i + n))) {
                    int end = tokens.get(i + n - 1).end();
                    out.add(new Found(
                            english,
                            new Span(field.name(), t.start(), end, field.text().substring(t.start(), end)),
                            owner));
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The country of one to three words right before token {@code i}, themselves before "'s"
     * ("Equatorial Guinea's") or not ("Angolan"), or null.
     */
    private static String ownerBefore(List<Token> tokens, int i) {
        int end = tokens.get(i - 1).lower().equals("'s") ? i - 1 : i;
        String words = "";
        for (int k = end - 1; k >= Math.max(0, end - 3); k--) {
            Token w = tokens.get(k);
            if (!w.isWord() || !w.isCapitalised() || w.isAllCaps()) {
                return null;
            }
            words = words.isEmpty() ? w.text() : w.text() + " " + words;
            java.util.Optional<String> code = Gazetteer.load().codeFor(words);
            if (code.isPresent()) {
                return code.get();
            }
        }
        return null;
    }

    /** "el tribunal supremo electoral": a lower-case adjective after a lower-case phrase makes another body. */
    private static boolean adjectiveAt(List<Token> tokens, int k) {
        return k < tokens.size()
                && tokens.get(k).isWord()
                && HeadFirstNames.adjective(tokens.get(k).lower());
    }

    /** Nothing after the phrase continues a name. */
    private static boolean standsAlone(List<Token> tokens, int after) {
        if (after >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(after);
        String lw = next.lower();
        return !(next.isWord()
                && (next.isCapitalised()
                        || lw.equals("of")
                        || lw.equals("de")
                        || lw.equals("des")
                        || lw.equals("del")
                        || lw.equals("du")
                        || lw.equals("der")));
    }

    /** An organisation for the bodies of one English name, at most five spans kept. */
    static EntityMention mention(String name, List<Span> spans, int count) {
        return new EntityMention(name, count, spans.size() > MAX_SPANS ? spans.subList(0, MAX_SPANS) : spans);
    }
}
