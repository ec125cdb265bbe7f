package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Names in French, Spanish and Portuguese, where only the head word is capitalised, bounded by the acronym
 * the text gives after them: "Conseil national électoral (CNE)", "Mission multinationale d'appui
 * à la sécurité (MMAS)", "Frente Sandinista de Liberación Nacional (FSLN)". Without capitals
 * nothing else says where such a name ends; the acronym does, when its letters are the initials
 * of the name's words (articles and prepositions may give a letter or not: "CEDEAO" is
 * "Communauté économique des États de l'Afrique de l'Ouest").
 */
final class AcronymNames {

    /**
     * Head words that open an organisation's name in French and Spanish ("Tribunal Supremo de
     * Justicia", "Consejo Nacional Electoral", "Partido Popular", "Banque centrale"): the name is
     * the head and the capitalised words after it.
     */
    static final Set<String> HEADS_FIRST = Words.set(
            "tribunal",
            "consejo",
            "conseil",
            "partido",
            "parti",
            "banco",
            "banque",
            "ministerio",
            "ministère",
            "comisión",
            "congreso",
            "asamblea",
            "assemblée",
            "frente",
            "front",
            "movimiento",
            "mouvement",
            "confederación",
            "confédération",
            "instituto",
            "institut",
            "universidad",
            "université",
            "corte",
            "cour",
            "fuerzas",
            "forces",
            "plataforma",
            "plateforme",
            "defensoría",
            "oficina",
            "agencia",
            "agence",
            // broadcasters in every language: "Radio Azattyk", "Radio Okapi"
            "radio",
            // Portuguese: "Ministério da Saúde", "Conselho Constitucional", "Assembleia da República"
            "ministério",
            "conselho",
            "assembleia",
            "universidade",
            "movimento",
            "confederação",
            "comissão",
            "agência",
            "polícia");

    /** More words that open a body's name in French and Spanish, when an acronym bounds the name. */
    static final Set<String> OPENING_HEADS = Words.set(
            "organisation",
            "organización",
            "mission",
            "misión",
            "autorité",
            "autoridad",
            "union",
            "unión",
            "communauté",
            "comunidad",
            "programme",
            "programa",
            "alliance",
            "alianza",
            "fédération",
            "federación",
            "fondo",
            "fonds",
            "sistema",
            "système",
            "servicio",
            "service",
            "policía",
            "police",
            "comité",
            "commission",
            "sociedad",
            "société",
            "empresa",
            "entreprise",
            "compañía",
            "compagnie",
            "cámara",
            "chambre",
            "junta",
            "sindicato",
            "syndicat",
            "grupo",
            "groupe",
            "coordinadora",
            "réseau",
            "red",
            "centro",
            "centre",
            "observatorio",
            "observatoire",
            "fundación",
            "fondation",
            "asociación",
            "association",
            "secrétariat",
            "secretaría",
            "direction",
            "dirección",
            // Portuguese
            "organização",
            "autoridade",
            "comunidade",
            "união",
            "federação",
            "fundo",
            "serviço",
            "sociedade",
            "companhia",
            "câmara",
            "fundação",
            "associação",
            "secretaria",
            "procuradoria");

    /** Articles and prepositions inside a name; they may or may not give the acronym a letter. */
    private static final Set<String> LINKS = Words.set(
            "de", "des", "du", "la", "le", "les", "à", "aux", "au", "et", "del", "el", "los", "las", "y", "e", "para",
            "pour", "en", "sur", "contra", "contre", "por", "par", "da", "do", "das", "dos", "em");

    private static final int MAX_WORDS = 10;

    private AcronymNames() {}

    /** The name opening at token {@code i} that an acronym in brackets bounds, or null. */
    static TokenRange at(List<Token> tokens, int i) {
        Token head = tokens.get(i);
        if (!head.isWord() || !head.isCapitalised() || head.isAllCaps()) {
            return null;
        }
        String h = head.lower();
        if (!HEADS_FIRST.contains(h) && !OPENING_HEADS.contains(h)) {
            return null;
        }
        List<Token> words = new ArrayList<>();
        words.add(head);
        for (int k = i + 1; k < tokens.size() && k <= i + MAX_WORDS + 1; k++) {
            Token t = tokens.get(k);
            if (t.isPunct('(')) {
                if (k + 2 < tokens.size() && tokens.get(k + 2).isPunct(')') && words.size() >= 2) {
                    Token a = tokens.get(k + 1);
                    String acr = a.text();
                    if (a.isWord()
                            && acr.length() >= 2
                            && acr.equals(acr.toUpperCase(Locale.ROOT))
                            && initials(words, 0, acr, 0)
                            && !LINKS.contains(words.get(words.size() - 1).lower())) {
                        return new TokenRange(i, k);
                    }
                }
                return null;
            }
            if (!t.isWord() || t.isAllCaps() || t.kind() == Token.Kind.NUMBER) {
                return null;
            }
            words.add(t);
        }
        return null;
    }

    /** Whether the acronym from {@code a} spells the initials of the words from {@code w}. */
    private static boolean initials(List<Token> words, int w, String acr, int a) {
        if (w == words.size()) {
            return a == acr.length();
        }
        Token t = words.get(w);
        boolean link = WordSet.holds(LINKS, t);
        char initial = fold(Character.toUpperCase(letter(t.text())));
        boolean taken = a < acr.length() && acr.charAt(a) == initial && initials(words, w + 1, acr, a + 1);
        return taken || (link && initials(words, w + 1, acr, a));
    }

    /** A letter without its accent: "électoral" gives the E of "CNE". */
    private static char fold(char c) {
        String f = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return f.charAt(0);
    }

    /** The first letter of a word, after an elided article ("d'appui" -> a). */
    private static char letter(String w) {
        if (w.length() > 2 && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019')) {
            return w.charAt(2);
        }
        return w.charAt(0);
    }
}
