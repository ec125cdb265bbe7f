package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.HEADLINE_VERBS;
import static org.briefings.enrich.person.PersonWords.ORG_HEADS;
import static org.briefings.enrich.person.PersonWords.ROLES;
import static org.briefings.enrich.person.PersonWords.SPEECH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.enrich.org.OrganisationTagger;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Links the short references of a document to the people it names in full: a surname alone
 * ("Trump"), with an honorific ("Mr. Trump") or in an ALL-CAPS headline ("REAGAN SAYS ...") joins
 * the full name with that surname; for East Asian names the family name ("Mr. Kim" is "Kim Jong
 * Un"). When two people share a surname, a reference goes to the one named most recently before
 * it. Surnames that are also countries ("Jordan") link only with a cue next to them.
 */
final class ShortReferences {

    private final NameLists lists;
    private final OrganisationTagger organisations;

    ShortReferences(NameLists lists, OrganisationTagger organisations) {
        this.lists = lists;
        this.organisations = organisations;
    }

    /**
     * The person a one-word reference means: same key (family name), or same last word, named
     * most recently before the reference (else the one with the longest name).
     */
    static Person resolve(List<Person> people, String word, int order) {
        Person best = null;
        int bestOrder = Integer.MIN_VALUE;
        Person fallback = null;
        for (Person p : people) {
            String last = p.words.get(p.words.size() - 1);
            // a regnal number is not a reference ("I" of "Bartholomew I" is a pronoun elsewhere)
            boolean match = p.key().equals(word) || (last.equals(word) && !NameRuns.roman(last));
            if (!match) {
                continue;
            }
            int before = Integer.MIN_VALUE;
            for (Mention m : p.mentions) {
                if (m.order() <= order) {
                    before = Math.max(before, m.order());
                }
            }
            if (before > bestOrder) {
                bestOrder = before;
                best = p;
            }
            if (fallback == null || p.words.size() > fallback.words.size()) {
                fallback = p;
            }
        }
        return best != null ? best : fallback;
    }

    /**
     * The one person whose first name a titled one-word reference is: "Prime Minister Abiy" is
     * "Abiy Ahmed" where the briefing names him so (many naming traditions address people by the
     * given name); null when no one or more than one person has that first name.
     */
    static Person byGivenName(List<Person> people, String word) {
        Person found = null;
        for (Person p : people) {
            if (!p.familyFirst && p.words.size() > 1 && p.words.get(0).equals(word)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /**
     * The one person of three words or more with {@code word} inside the name, neither first nor
     * last: Spanish and Portuguese names carry two family names and are referred to by the first
     * ("M. González" is "Edmundo González Urrutia", "López" is "Andrés Manuel López Obrador",
     * "Lula" is "Luiz Inácio Lula da Silva"); null when no one or more than one person has it.
     */
    static Person byInnerName(List<Person> people, String word) {
        Person found = null;
        for (Person p : people) {
            if (p.familyFirst || p.words.size() < 3) {
                continue;
            }
            for (int k = 1; k < p.words.size() - 1; k++) {
                if (p.words.get(k).equalsIgnoreCase(word)) {
                    if (found != null && found != p) {
                        return null;
                    }
                    found = p;
                }
            }
        }
        return found;
    }

    /** "James Baker" and "James A. Baker", "Reagan" and "Ronald Reagan": one person. */
    static void mergeSamePeople(List<Person> people) {
        people.sort(Comparator.comparingInt((Person p) -> -p.words.size()).thenComparingInt(Person::firstOrder));
        List<Person> merged = new ArrayList<>();
        for (Person p : people) {
            Person into = null;
            for (Person q : merged) {
                if (samePerson(q, p)) {
                    into = q;
                    break;
                }
            }
            if (into == null) {
                merged.add(p);
            } else {
                into.mentions.addAll(p.mentions);
            }
        }
        people.clear();
        people.addAll(merged);
    }

    private static boolean samePerson(Person longer, Person shorter) {
        if (!longer.key().equals(shorter.key())
                && !(shorter.words.size() == 1
                        && longer.words.get(longer.words.size() - 1).equals(shorter.words.get(0)))) {
            return false;
        }
        if (shorter.words.size() == 1) {
            return true;
        }
        // a shared first word is a shared given name, except in family-first names ("Kim Il Sung", "Kim Jong Un")
        boolean sameFirst = !longer.familyFirst
                && !shorter.familyFirst
                && longer.words.get(0).equals(shorter.words.get(0));
        return sameFirst || longer.words.containsAll(shorter.words);
    }

    /** Every later bare use of a known family name, including in ALL-CAPS headlines. */
    void link(List<Field> fields, List<Person> people, Set<String> orgWords) {
        TakenSpans taken = new TakenSpans(people);
        Map<String, List<Person>> byWord = byReferenceWord(people);
        List<Person> found = new ArrayList<>();
        for (Field f : fields) {
            List<Token> toks = f.tokens();
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (!t.isWord() || !Character.isLetter(t.firstChar())) {
                    continue;
                }
                if (!f.caps() && !t.isCapitalised()) {
                    continue; // tested first: most words are lower case
                }
                if (taken.overlaps(f, t.start(), t.end())) {
                    continue;
                }
                String word = f.caps() || t.isAllCaps() ? titleCase(t.text()) : t.text();
                Person target = resolve(byWord.getOrDefault(word, List.of()), word, f.order(t.start()));
                if (target == null) {
                    if (f.caps()
                            && i == 0
                            && toks.size() > 1
                            && toks.get(1).isWord()
                            && WordSet.holds(HEADLINE_VERBS, toks.get(1))
                            && headlineName(t)) {
                        // "VOLCKER SAYS ...": a surname opening a headline with a reporting verb
                        Person p = new Person(List.of(word), false);
                        p.mentions.add(new Mention(f, t.start(), t.end()));
                        found.add(p);
                    }
                    continue;
                }
                String l = t.lower();
                if (!f.caps() && orgWords.contains(t.text()) && target.words.size() < 2) {
                    continue;
                }
                if (lists.notNames().contains(l)) {
                    // "Jordan" the surname only with a cue right beside it
                    Token prev = NameCues.previousWord(toks, i);
                    Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
                    boolean cue = (prev != null && WordSet.holds(ROLES, prev))
                            || (next != null && next.isWord() && WordSet.holds(SPEECH, next));
                    if (!cue) {
                        continue;
                    }
                }
                if (i + 1 < toks.size()
                        && NameRuns.isNameWord(toks.get(i + 1))
                        && !f.caps()
                        && !toks.get(i + 1).sentenceStart()
                        && target.familyFirst) {
                    continue; // "Kim Dae-jung" is someone else
                }
                if (i > 0
                        && NameRuns.isNameWord(toks.get(i - 1))
                        && !f.caps()
                        && !toks.get(i).sentenceStart()
                        && !WordSet.holds(ROLES, toks.get(i - 1))
                        && !target.familyFirst
                        && lists.given(toks.get(i - 1).lower())) {
                    continue; // "Howard Baker" is not "James Baker"
                }
                target.mentions.add(new Mention(f, t.start(), t.end()));
            }
        }
        people.addAll(found);
    }

    private boolean headlineName(Token t) {
        String l = t.lower();
        return t.length() > 2
                && !lists.notNames().contains(l)
                && !lists.placeWords().contains(l)
                && !ORG_HEADS.contains(l)
                && !ROLES.contains(l)
                && Character.isLetter(t.text().charAt(0))
                && Words.allLetters(t.text())
                && !organisationsKnow(t.text());
    }

    private boolean organisationsKnow(String word) {
        return !organisations.tag(word, "").isEmpty();
    }

    /**
     * The people {@link #resolve} could pick for each word, in the order of {@code people}: a long
     * report names hundreds of people and has tens of thousands of capitalised words, and reading
     * every person for every word was a visible share of enrichment on the CRS reports.
     */
    private static Map<String, List<Person>> byReferenceWord(List<Person> people) {
        Map<String, List<Person>> byWord = new HashMap<>();
        for (Person p : people) {
            byWord.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
            String last = p.words.get(p.words.size() - 1);
            if (!last.equals(p.key()) && !NameRuns.roman(last)) {
                byWord.computeIfAbsent(last, k -> new ArrayList<>()).add(p);
            }
        }
        return byWord;
    }

    /**
     * The spans already taken by full names, per field, to skip words inside them: sorted by start
     * with the furthest end so far, so that whether a word overlaps one is a binary search instead
     * of a reading of every mention of the document.
     */
    static final class TakenSpans {
        private final Map<Field, int[][]> byField = new IdentityHashMap<>();

        TakenSpans(List<Person> people) {
            Map<Field, List<Mention>> grouped = new IdentityHashMap<>();
            for (Person p : people) {
                for (Mention m : p.mentions) {
                    grouped.computeIfAbsent(m.field(), k -> new ArrayList<>()).add(m);
                }
            }
            grouped.forEach((field, mentions) -> {
                mentions.sort(Comparator.comparingInt(Mention::start));
                int[] starts = new int[mentions.size()];
                int[] furthestEnd = new int[mentions.size()];
                int furthest = Integer.MIN_VALUE;
                for (int k = 0; k < starts.length; k++) {
                    starts[k] = mentions.get(k).start();
                    furthest = Math.max(furthest, mentions.get(k).end());
                    furthestEnd[k] = furthest;
                }
                byField.put(field, new int[][] {starts, furthestEnd});
            });
        }

        /** Whether a taken span of {@code f} overlaps [start, end). */
        boolean overlaps(Field f, int start, int end) {
            int[][] spans = byField.get(f);
            if (spans == null) {
                return false;
            }
            // the spans starting before end; one of them overlaps iff the furthest of their ends passes start
            int before = startsBefore(spans[0], end);
            return before > 0 && spans[1][before - 1] > start;
        }

        /** How many of the sorted {@code starts} are below {@code end}. */
        private static int startsBefore(int[] starts, int end) {
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** "MNANGAGWA" as "Mnangagwa", "NANDI-NDAITWAH" as "Nandi-Ndaitwah". */
    static String titleCase(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean up = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(up ? Character.toUpperCase(c) : Character.toLowerCase(c));
            up = c == '-' || c == '\'' || c == ' ';
        }
        return sb.toString();
    }
}
