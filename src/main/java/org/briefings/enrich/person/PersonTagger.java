package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.org.OrganisationTagger;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.enrich.text.Words;

/**
 * Finds people in a briefing and gives each one canonical name per briefing: the longest full
 * form written ("Kim Jong Un" for "Kim Jong Un", "Mr. Kim" and "Kim").
 *
 * <p>Rules and word lists, not a statistical model: no English NER model ships as a Maven
 * artifact, and briefings and wire stories name people in a few stable ways. A run of
 * capitalised words (with particles such as {@code van}, {@code de}, {@code bin}, initials and
 * hyphenated parts) becomes a person when there is a cue:
 * <ul>
 *   <li>a title or honorific before it, which is stripped from the name ("Treasury Secretary
 *       James Baker", "President Reagan", "Mr. Kim", "Bundesbank president Karl Otto Poehl");</li>
 *   <li>a common given name as its first word ("Donald Trump"), from {@code given-names.txt};</li>
 *   <li>an East Asian family name first with given-name parts after it ("Kim Jong Un",
 *       "Moon Jae-in", "Xi Jinping"), from {@code family-first.txt};</li>
 *   <li>a speech verb after it ("Volcker said") or a role apposition ("Wilson, the finance
 *       minister,").</li>
 * </ul>
 * It is not a person when a word of it is a country, demonym, city, month, weekday, frequent
 * sentence opener ({@code not-names.txt}) or an organisation head word, when it overlaps an
 * organisation the {@link OrganisationTagger} found, or when its first word opens a sentence and
 * is used in lower case elsewhere in the same document ("Analysts", "Economic").
 *
 * <p>Short references are then linked within the document: a surname alone ("Trump"), with an
 * honorific ("Mr. Trump") or in an ALL-CAPS headline ("REAGAN SAYS ...") joins the full name
 * with that surname; for East Asian names the family name ("Mr. Kim") links. When two people
 * share a surname, a short reference goes to the one named most recently before it. Surnames
 * that are also countries ("Jordan") link only with a cue next to them.
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonTagger {

    /** Titles, ranks and honorifics, lower case; stripped from names and taken as a cue. */
    private static final Set<String> ROLES = Words.set(
            "mr",
            "mrs",
            "ms",
            "miss",
            "dr",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "president",
            "vice-president",
            "minister",
            "secretary",
            "chancellor",
            "governor",
            "chairman",
            "chairwoman",
            "chairperson",
            "senator",
            "sen",
            "rep",
            "representative",
            "congressman",
            "congresswoman",
            "ambassador",
            "envoy",
            "director",
            "commissioner",
            "leader",
            "king",
            "queen",
            "prince",
            "princess",
            "emperor",
            "sheikh",
            "sheik",
            "emir",
            "sultan",
            "general",
            "gen",
            "admiral",
            "adm",
            "colonel",
            "col",
            "captain",
            "capt",
            "lieutenant",
            "lt",
            "sergeant",
            "marshal",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "judge",
            "justice",
            "mayor",
            "premier",
            "pope",
            "cardinal",
            "bishop",
            "archbishop",
            "ayatollah",
            "rabbi",
            "imam",
            "economist",
            "analyst",
            "dictator",
            "undersecretary",
            "under-secretary",
            "comptroller",
            "attorney",
            "treasurer",
            "speaker",
            "chief",
            "deputy",
            "head",
            "vice",
            "pm",
            "gov",
            "pres",
            "officer",
            "executive",
            "counsellor",
            "counselor",
            "adviser",
            "advisor",
            "negotiator",
            "delegate",
            "chair",
            "candidate",
            "nominee",
            "strongman",
            "dictator",
            "lawmaker",
            "mp",
            "exchequer",
            "secretary-general",
            "director-general",
            "under-secretary-general",
            "prime-minister",
            "deputy-secretary-general",
            "commander",
            "commander-in-chief",
            "first",
            "ministers",
            "presidents",
            "leaders",
            "senators",
            "secretaries",
            "governors",
            "chairmen",
            "premiers",
            "kings",
            "chieftain",
            "founder",
            "coordinator",
            "administrator",
            "ceo",
            "cfo");

    /** Roles that only count when a name follows directly (not "the secretary said"). */
    private static final Set<String> SPEECH = Words.set(
            "said",
            "says",
            "told",
            "added",
            "stated",
            "announced",
            "warned",
            "argued",
            "wrote",
            "asked",
            "noted",
            "insisted",
            "explained",
            "declared",
            "commented",
            "urged",
            "predicted",
            "estimated",
            "acknowledged",
            "replied",
            "suggested",
            "testified",
            "believes",
            "thinks",
            "stressed",
            "emphasised",
            "emphasized",
            "indicated",
            "confirmed",
            "denied",
            "disclosed",
            "conceded",
            "reiterated",
            "forecast",
            "cautioned",
            "proposed",
            "pledged",
            "vowed",
            "met",
            "visited");

    /** Headline verbs after a surname ("REAGAN SAYS", "VOLCKER SEES"). */
    private static final Set<String> HEADLINE_VERBS = Words.set(
            "says",
            "said",
            "sees",
            "urges",
            "warns",
            "calls",
            "backs",
            "wants",
            "defends",
            "denies",
            "rejects",
            "predicts",
            "expects",
            "vows",
            "asks",
            "tells",
            "doubts",
            "favours",
            "favors",
            "plans",
            "supports",
            "opposes",
            "meets",
            "to",
            "hints",
            "stresses",
            "pledges");

    private static final Set<String> PARTICLES = Words.set(
            "van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "la", "le", "bin", "ibn",
            "al", "el", "abu", "ben", "ter", "zu", "y", "e", "bint", "ould");

    /** Months and weekdays end a name even after a given name ("James Baker Monday"). */
    private static final Set<String> CALENDAR = Words.set(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec");

    private static final Set<String> SUFFIXES = Words.set("jr", "sr", "ii", "iii", "iv");

    /** Family names that are also common English words; they need more than two bare words. */
    private static final Set<String> AMBIGUOUS_FAMILY = Words.set(
            "he", "sun", "song", "moon", "park", "hong", "oh", "ma", "bo", "lu", "le", "lee", "han", "long", "lin",
            "tang", "ri", "jung", "ban", "kang", "wen", "yang", "chung", "cho", "shin", "vo", "dang", "ngo");

    private static final Set<String> ORG_HEADS = Words.set(
            "inc",
            "corp",
            "co",
            "ltd",
            "group",
            "bank",
            "ministry",
            "party",
            "agency",
            "commission",
            "council",
            "fund",
            "organisation",
            "organization",
            "association",
            "exchange",
            "committee",
            "department",
            "institute",
            "federation",
            "authority",
            "board",
            "company",
            "corporation",
            "plc",
            "university",
            "administration",
            "government",
            "court",
            "office",
            "union",
            "league",
            "times",
            "post",
            "journal",
            "news",
            "airlines",
            "motors",
            "industries",
            "holdings",
            "petroleum",
            "oil",
            "airways",
            "bancorp",
            "services",
            "systems",
            "technologies",
            "international",
            "capital",
            "securities",
            "partners");

    private static final int MAX_SPANS = 5;

    private final Set<String> givenNames;
    private final Set<String> notNames;
    private final Set<String> familyFirst;
    private final Set<String> placeWords;
    private final OrganisationTagger organisations;

    /** A tagger with the built-in lists and its own organisation tagger. */
    public PersonTagger() {
        this(new OrganisationTagger());
    }

    /** A tagger that shares an organisation tagger (to keep organisations out of people). */
    public PersonTagger(OrganisationTagger organisations) {
        this.givenNames = NameLists.load("given-names.txt");
        this.notNames = NameLists.load("not-names.txt");
        this.familyFirst = NameLists.load("family-first.txt");
        this.placeWords = NameLists.placeWords(givenNames, familyFirst);
        this.organisations = organisations;
    }

    /** One text field being tagged. */
    private record Field(String name, String text, List<Token> tokens, boolean caps, int order) {}

    /** One place a person is named. */
    private record Mention(Field field, int start, int end, int order) {
        Span span() {
            return new Span(field.name(), start, end, field.text().substring(start, end));
        }
    }

    /** A person being assembled from the mentions in one document. */
    private static final class Person {
        List<String> words;
        boolean familyFirst;
        final List<Mention> mentions = new ArrayList<>();

        Person(List<String> words, boolean familyFirst) {
            this.words = words;
            this.familyFirst = familyFirst;
        }

        /** The word a short reference uses: the family name. */
        String key() {
            if (familyFirst) {
                return words.get(0);
            }
            for (int k = words.size() - 1; k >= 0; k--) {
                if (!SUFFIXES.contains(words.get(k).toLowerCase(Locale.ROOT).replace(".", ""))) {
                    return words.get(k);
                }
            }
            return words.get(words.size() - 1);
        }

        String name() {
            StringBuilder sb = new StringBuilder();
            for (String w : words) {
                if (!sb.isEmpty() && !w.equals(".")) {
                    sb.append(' ');
                }
                sb.append(w);
            }
            return sb.toString();
        }

        int firstOrder() {
            return mentions.stream().mapToInt(Mention::order).min().orElse(Integer.MAX_VALUE);
        }
    }

    /** People in a briefing, one entry per person, most mentioned first. */
    public List<EntityMention> tag(String title, String body) {
        return tag(title, body, organisations.tag(title, body));
    }

    /**
     * As {@link #tag(String, String)}, with the organisations of the same briefing already found
     * (the enricher tags them anyway; finding them twice would double that cost).
     */
    public List<EntityMention> tag(String title, String body, List<EntityMention> organisationsFound) {
        List<Field> fields = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            fields.add(new Field(Span.TITLE, title, Tokenizer.tokenize(title), Words.mostlyUpperCase(title), 0));
        }
        if (body != null && !body.isBlank()) {
            fields.add(new Field(Span.BODY, body, Tokenizer.tokenize(body), Words.mostlyUpperCase(body), 1));
        }
        if (fields.isEmpty()) {
            return List.of();
        }
        Set<String> lowerVocabulary = new HashSet<>();
        for (Field f : fields) {
            if (f.caps) {
                continue;
            }
            for (Token t : f.tokens) {
                if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
                    lowerVocabulary.add(t.lower());
                }
            }
        }
        List<Span> orgSpans = new ArrayList<>();
        for (EntityMention org : organisationsFound) {
            orgSpans.addAll(org.spans());
        }
        // organisation spans are capped per organisation; mark every occurrence of their words too
        Set<String> orgWords = new HashSet<>();
        for (Span s : orgSpans) {
            for (Token t : Tokenizer.tokenize(s.text())) {
                if (t.isWord() && t.isCapitalised()) {
                    orgWords.add(t.text());
                }
            }
        }

        List<Person> people = new ArrayList<>();
        List<Candidate> singles = new ArrayList<>();
        for (Field f : fields) {
            if (!f.caps) {
                findCandidates(f, lowerVocabulary, orgSpans, orgWords, people, singles);
            }
        }
        // single-word references with a cue: join a full name with that family name, else stand alone
        for (Candidate c : singles) {
            Person target = resolve(people, c.word, c.mention.order(), true);
            if (target == null) {
                target = new Person(List.of(c.word), false);
                people.add(target);
            }
            target.mentions.add(c.mention);
        }
        mergeSamePeople(people);
        linkShortReferences(fields, people, orgWords);

        people.sort(Comparator.comparingInt((Person p) -> -p.mentions.size()).thenComparingInt(Person::firstOrder));
        List<EntityMention> out = new ArrayList<>();
        for (Person p : people) {
            p.mentions.sort(Comparator.comparingInt(Mention::order));
            List<Span> spans = new ArrayList<>();
            for (Mention m : p.mentions) {
                if (spans.size() < MAX_SPANS) {
                    spans.add(m.span());
                }
            }
            out.add(new EntityMention(p.name(), p.mentions.size(), spans));
        }
        return out;
    }

    /** A one-word reference ("Mr. Kim", "Reagan said") waiting to be linked. */
    private record Candidate(String word, Mention mention) {}

    private static int order(Field f, int charOffset) {
        return f.order * 100_000_000 + charOffset;
    }

    private void findCandidates(
            Field f,
            Set<String> lowerVocabulary,
            List<Span> orgSpans,
            Set<String> orgWords,
            List<Person> people,
            List<Candidate> singles) {
        List<Token> toks = f.tokens;
        int i = 0;
        while (i < toks.size()) {
            if (!startsRun(toks, i)) {
                i++;
                continue;
            }
            int end = runEnd(toks, i);
            evaluateRun(f, i, end, lowerVocabulary, orgSpans, orgWords, people, singles);
            i = end;
        }
    }

    private static boolean isNameWord(Token t) {
        if (!t.isWord() || t.text().startsWith("'") || t.text().startsWith("\u2019")) {
            return false;
        }
        char c = t.text().charAt(0);
        if (Character.isUpperCase(c)) {
            return !t.isAllCaps() || t.text().length() <= 1;
        }
        // al-Assad, bin-Salman style prefixes
        String l = t.lower();
        int dash = l.indexOf('-');
        return dash > 0
                && PARTICLES.contains(l.substring(0, dash))
                && dash + 1 < t.text().length()
                && Character.isUpperCase(t.text().charAt(dash + 1));
    }

    private static boolean startsRun(List<Token> toks, int i) {
        return isNameWord(toks.get(i));
    }

    private static int runEnd(List<Token> toks, int i) {
        int j = i + 1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            Token prev = toks.get(j - 1);
            if (t.sentenceStart() && !t.isPunct('.')) {
                break;
            }
            if (t.start() - prev.end() > 2 && t.text().length() > 0 && gapHasBlankLine(t, prev)) {
                break;
            }
            if (isNameWord(t)) {
                j++;
            } else if (t.isPunct('.')
                    && t.start() == prev.end()
                    && prev.isWord()
                    && (prev.text().length() == 1 || ROLES.contains(prev.lower()) || SUFFIXES.contains(prev.lower()))
                    && j + 1 < toks.size()
                    && isNameWord(toks.get(j + 1))) {
                j++;
            } else if (t.isWord()
                    && PARTICLES.contains(t.text())
                    && j + 1 < toks.size()
                    && isNameWord(toks.get(j + 1))
                    && !toks.get(j + 1).sentenceStart()) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean gapHasBlankLine(Token t, Token prev) {
        return t.lineStart() && t.start() - prev.end() > 1 && t.sentenceStart();
    }

    private void evaluateRun(
            Field f,
            int runStart,
            int runEnd,
            Set<String> lowerVocabulary,
            List<Span> orgSpans,
            Set<String> orgWords,
            List<Person> people,
            List<Candidate> singles) {
        List<Token> toks = f.tokens;
        // 1. strip titles and honorifics: the name starts after the last role word
        int s = runStart;
        boolean cue = false;
        for (int k = runEnd - 1; k >= runStart; k--) {
            Token t = toks.get(k);
            if (t.isWord() && ROLES.contains(t.lower())) {
                s = k + 1;
                cue = true;
                break;
            }
        }
        if (!cue) {
            Token before = previousWord(toks, runStart);
            if (before != null && ROLES.contains(before.lower())) {
                cue = true;
            }
        }
        // 2. strip opening words that are not names ("The", "Economic", "American", "State")
        boolean strippedNonName = false;
        while (s < runEnd) {
            Token t = toks.get(s);
            if (!t.isWord()) {
                s++;
                continue;
            }
            String l = t.lower();
            boolean opener = notNames.contains(l)
                    || placeWords.contains(l)
                    || ORG_HEADS.contains(l)
                    || l.endsWith("-based")
                    || (t.sentenceStart() && lowerVocabulary.contains(l))
                    || (s < runEnd - 1
                            && lowerVocabulary.contains(l)
                            && !givenNames.contains(l)
                            && !familyFirst.contains(l));
            if (!opener) {
                break;
            }
            strippedNonName = true;
            s++;
        }
        if (strippedNonName
                && cue
                && s > runStart
                && !ROLES.contains(toks.get(s - 1).lower())) {
            // "Secretary of State Mike Pompeo" keeps its cue; "President Reagan administration" is handled below
            Token before = previousWord(toks, runStart);
            cue = before != null && before.lower().equals("of");
            if (!cue) {
                for (int k = runStart; k < s; k++) {
                    if (ROLES.contains(toks.get(k).lower())) {
                        cue = true;
                    }
                }
            }
        }
        List<Token> name = new ArrayList<>();
        for (int k = s; k < runEnd; k++) {
            if (toks.get(k).isWord() || (toks.get(k).isPunct('.') && !name.isEmpty())) {
                name.add(toks.get(k));
            }
        }
        while (!name.isEmpty() && !name.get(name.size() - 1).isWord()) {
            name.remove(name.size() - 1);
        }
        if (name.isEmpty()) {
            return;
        }
        // "Investor David F. Laroche", "Affairs Allen Wallis": start at a given name after other words
        if (!givenNames.contains(name.get(0).lower())
                && !familyFirst.contains(name.get(0).lower())) {
            for (int k = 1; k < name.size() - 1; k++) {
                if (name.get(k).isWord() && givenNames.contains(name.get(k).lower())) {
                    name = new ArrayList<>(name.subList(k, name.size()));
                    break;
                }
            }
        }
        String first = name.get(0).lower();
        boolean given = givenNames.contains(first);
        boolean family = familyFirst.contains(first);
        // 3. the rest must look like a name
        int cut = name.size();
        for (int k = 1; k < name.size(); k++) {
            Token t = name.get(k);
            if (!t.isWord()) {
                continue;
            }
            String l = t.lower();
            if (ORG_HEADS.contains(l)
                    || (!given && notNames.contains(l))
                    || placeWords.contains(l)
                    || notNameWord(t.text())
                    || CALENDAR.contains(l)
                    || (!given && !family && lowerVocabulary.contains(l) && !PARTICLES.contains(t.text()))) {
                cut = k;
                break;
            }
        }
        if (cut < name.size()) {
            if (ORG_HEADS.contains(name.get(cut).lower())) {
                return; // "Tower Commission", "Exxon Corp"
            }
            name = new ArrayList<>(name.subList(0, cut));
            while (!name.isEmpty()
                    && (!name.get(name.size() - 1).isWord()
                            || PARTICLES.contains(name.get(name.size() - 1).text()))) {
                name.remove(name.size() - 1);
            }
            if (name.isEmpty()) {
                return;
            }
        }
        int start = name.get(0).start();
        int end = name.get(name.size() - 1).end();
        if (overlaps(orgSpans, f.name, start, end)) {
            return;
        }
        int words = (int) name.stream().filter(Token::isWord).count();
        if (words > 5) {
            return;
        }
        int afterIdx = runEnd;
        if (afterIdx < toks.size() && toks.get(afterIdx).lower().equals("'s")) {
            afterIdx++;
        }
        boolean speech = speechFollows(toks, afterIdx);
        boolean apposition = apposition(toks, runEnd)
                || (words(name) > 1
                        && roleBefore(toks, runStart)
                        && runEnd < toks.size()
                        && (toks.get(runEnd).isPunct(',') || speech));
        boolean familyPattern = family && familyFirstPattern(name, lowerVocabulary);
        Mention mention = new Mention(f, start, end, order(f, start));
        if (words == 1) {
            Token w = name.get(0);
            String l = w.lower();
            if (notNames.contains(l)
                    || placeWords.contains(l)
                    || orgWords.contains(w.text())
                    || givenNames.contains(l) && !cue) {
                return;
            }
            // a lone capitalised word before "said" is as often a company or an adverb ("Citicorp
            // said", "Additionally") as a person: alone it needs a title or a role apposition
            // (measured on Reuters TRAIN: bare "X said" added 0.3% recall and mostly companies)
            boolean weakOk = (speech || apposition)
                    && !lowerVocabulary.contains(l)
                    && !w.sentenceStart()
                    && !notNameWord(w.text());
            if (cue || (weakOk && apposition)) {
                singles.add(new Candidate(w.text(), mention));
            }
            return;
        }
        if (!(cue || given || familyPattern || speech || apposition)) {
            return;
        }
        if (!given && !familyPattern && !cue && name.get(0).sentenceStart() && lowerVocabulary.contains(first)) {
            return;
        }
        List<String> ws = new ArrayList<>();
        for (Token t : name) {
            ws.add(t.text());
        }
        Person p = new Person(ws, familyPattern && !given);
        p.mentions.add(mention);
        people.add(p);
    }

    /** Word shapes that are never part of a name: adverbs, participles, "D-Pa." party-state tags. */
    private static boolean notNameWord(String w) {
        int n = w.length();
        if (n > 6
                && (w.endsWith("ally")
                        || w.endsWith("ously")
                        || w.endsWith("ively")
                        || w.endsWith("ately")
                        || w.endsWith("edly")
                        || w.endsWith("ingly"))) {
            return true;
        }
        return n >= 3 && w.charAt(1) == '-' && "DRI".indexOf(w.charAt(0)) >= 0 && Character.isUpperCase(w.charAt(2));
    }

    /** "Kim Jong Un", "Moon Jae-in", "Xi Jinping": family name, then one or two given-name parts. */
    private boolean familyFirstPattern(List<Token> name, Set<String> lowerVocabulary) {
        List<Token> words = name.stream().filter(Token::isWord).toList();
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            String l = words.get(k).lower();
            if (notNames.contains(l)
                    || placeWords.contains(l)
                    || lowerVocabulary.contains(l)
                    || givenNames.contains(l)) {
                return false;
            }
        }
        if (words.size() == 3) {
            return true;
        }
        String second = words.get(1).text();
        int dash = second.indexOf('-');
        boolean hyphenatedGiven =
                dash > 0 && dash + 1 < second.length() && Character.isLowerCase(second.charAt(dash + 1));
        return hyphenatedGiven || !AMBIGUOUS_FAMILY.contains(words.get(0).lower());
    }

    /** Auxiliaries that may sit between a name and its speech verb ("Lawson has told"). */
    private static final Set<String> AUXILIARIES = Words.set(
            "has",
            "had",
            "also",
            "will",
            "would",
            "then",
            "later",
            "earlier",
            "again",
            "previously",
            "recently",
            "has",
            "is",
            "was",
            "today",
            "yesterday",
            "repeatedly",
            "publicly",
            "once",
            "could",
            "may",
            "might");

    /** A speech verb at i, after up to two auxiliaries or after a comma ("Dauster, said"). */
    private static boolean speechFollows(List<Token> toks, int i) {
        for (int k = i; k < Math.min(toks.size(), i + 3); k++) {
            Token t = toks.get(k);
            if (t.isWord() && SPEECH.contains(t.lower())) {
                return true;
            }
            if (!(t.isWord() && AUXILIARIES.contains(t.lower())) && !(k == i && t.isPunct(','))) {
                return false;
            }
        }
        return false;
    }

    /** ", the finance minister," / ", chairman of ..." right after a name. */
    private static boolean apposition(List<Token> toks, int i) {
        if (i >= toks.size() || !toks.get(i).isPunct(',')) {
            return false;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 8); k++) {
            Token t = toks.get(k);
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';')) {
                return false;
            }
            if (t.isWord() && ROLES.contains(t.lower()) && !t.lower().equals("head")) {
                return true;
            }
        }
        return false;
    }

    private static int words(List<Token> name) {
        return (int) name.stream().filter(Token::isWord).count();
    }

    /** "Minister of Trade and Industry, Hajime Tamura, ...": a role earlier in the same clause. */
    private static boolean roleBefore(List<Token> toks, int runStart) {
        if (runStart == 0 || !toks.get(runStart - 1).isPunct(',')) {
            return false;
        }
        for (int k = runStart - 2; k >= Math.max(0, runStart - 10); k--) {
            Token t = toks.get(k);
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';')) {
                return false;
            }
            if (t.isWord() && ROLES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static Token previousWord(List<Token> toks, int i) {
        int k = i - 1;
        if (k >= 0 && toks.get(k).isPunct('.')) {
            k--;
        }
        return k >= 0 && toks.get(k).isWord() ? toks.get(k) : null;
    }

    private static boolean overlaps(List<Span> spans, String field, int start, int end) {
        for (Span s : spans) {
            if (s.field().equals(field) && s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person a one-word reference means: same key (family name), or same last word, named
     * most recently before the reference (else the first one named).
     */
    private static Person resolve(List<Person> people, String word, int order, boolean anyLastWord) {
        Person best = null;
        int bestOrder = Integer.MIN_VALUE;
        Person fallback = null;
        for (Person p : people) {
            if (p.words.size() < 2 && !anyLastWord) {
                continue;
            }
            boolean match = p.key().equals(word)
                    || (anyLastWord && p.words.get(p.words.size() - 1).equals(word));
            if (!match) {
                continue;
            }
            int before = p.mentions.stream()
                    .mapToInt(Mention::order)
                    .filter(o -> o <= order)
                    .max()
                    .orElse(Integer.MIN_VALUE);
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

    /** "James Baker" and "James A. Baker", "Reagan" and "Ronald Reagan": one person. */
    private static void mergeSamePeople(List<Person> people) {
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
        return longer.words.get(0).equals(shorter.words.get(0)) || longer.words.containsAll(shorter.words);
    }

    /** Every later bare use of a known family name, including in ALL-CAPS headlines. */
    private void linkShortReferences(List<Field> fields, List<Person> people, Set<String> orgWords) {
        List<Mention> taken = new ArrayList<>();
        for (Person p : people) {
            taken.addAll(p.mentions);
        }
        List<Person> found = new ArrayList<>();
        for (Field f : fields) {
            List<Token> toks = f.tokens;
            for (int i = 0; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) {
                    continue;
                }
                if (inside(taken, f, t.start(), t.end())) {
                    continue;
                }
                String word = f.caps ? titleCase(t.text()) : t.text();
                if (!f.caps && !t.isCapitalised()) {
                    continue;
                }
                Person target = resolve(people, word, order(f, t.start()), true);
                if (target == null) {
                    if (f.caps
                            && i == 0
                            && toks.size() > 1
                            && toks.get(1).isWord()
                            && HEADLINE_VERBS.contains(toks.get(1).lower())
                            && headlineName(t)) {
                        // "VOLCKER SAYS ...": a surname opening a headline with a reporting verb
                        Person p = new Person(List.of(word), false);
                        p.mentions.add(new Mention(f, t.start(), t.end(), order(f, t.start())));
                        found.add(p);
                    }
                    continue;
                }
                String l = t.lower();
                if (!f.caps && orgWords.contains(t.text()) && target.words.size() < 2) {
                    continue;
                }
                if (notNames.contains(l)) {
                    // "Jordan" the surname only with a cue right beside it
                    Token prev = previousWord(toks, i);
                    Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
                    boolean cue = (prev != null && ROLES.contains(prev.lower()))
                            || (next != null && next.isWord() && SPEECH.contains(next.lower()));
                    if (!cue) {
                        continue;
                    }
                }
                if (i + 1 < toks.size()
                        && isNameWord(toks.get(i + 1))
                        && !f.caps
                        && !toks.get(i + 1).sentenceStart()
                        && target.familyFirst) {
                    continue; // "Kim Dae-jung" is someone else
                }
                if (i > 0
                        && isNameWord(toks.get(i - 1))
                        && !f.caps
                        && !toks.get(i).sentenceStart()
                        && !ROLES.contains(toks.get(i - 1).lower())
                        && !target.familyFirst
                        && givenNames.contains(toks.get(i - 1).lower())) {
                    continue; // "Howard Baker" is not "James Baker"
                }
                target.mentions.add(new Mention(f, t.start(), t.end(), order(f, t.start())));
            }
        }
        people.addAll(found);
    }

    private boolean headlineName(Token t) {
        String l = t.lower();
        return t.text().length() > 2
                && !notNames.contains(l)
                && !placeWords.contains(l)
                && !ORG_HEADS.contains(l)
                && !ROLES.contains(l)
                && Character.isLetter(t.text().charAt(0))
                && t.text().chars().allMatch(Character::isLetter)
                && !organisationsKnow(t.text());
    }

    private boolean organisationsKnow(String word) {
        return !organisations.tag(word, "").isEmpty();
    }

    private static boolean inside(List<Mention> mentions, Field f, int start, int end) {
        for (Mention m : mentions) {
            if (m.field() == f && m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

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
