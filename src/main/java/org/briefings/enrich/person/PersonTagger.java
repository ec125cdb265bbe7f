package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.org.OrganisationTagger;
import org.briefings.enrich.person.PersonDocument.Candidate;
import org.briefings.enrich.text.TextField;

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
 *       minister,");</li>
 *   <li>a whole name in capitals ("HUN SEN") in a text that writes its other people's surnames in
 *       capitals or opening with a listed family name ({@link CapitalsNames}), or a family name in
 *       capitals before given names ("TRUONG My Lan", {@link CapitalsFamilyFirst});</li>
 *   <li>a listed family name of some region after words that look like names ("Tendai
 *       Mnangagwa") or first in capitals ("KISHIDA Fumio"), from {@code surnames-<region>.txt}
 *       ({@link KnownSurnames}).</li>
 * </ul>
 * A name written in Cyrillic gets its canonical name in Latin script ({@link CyrillicNames}).
 * It is not a person when a word of it is a country, demonym, city, month, weekday, frequent
 * sentence opener ({@code not-names.txt}) or an organisation head word, when it overlaps an
 * organisation the {@link OrganisationTagger} found, or when its first word opens a sentence and
 * is used in lower case elsewhere in the same document ("Analysts", "Economic").
 *
 * <p>Short references are then linked within the document ({@link ShortReferences}): "Mr. Kim"
 * and "Kim" join "Kim Jong Un". Finding full names and cued references is {@link NameCandidates}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PersonTagger {

    private static final int MAX_SPANS = 5;

    private final OrganisationTagger organisations;
    private final NameCandidates candidates;
    private final ShortReferences references;
    private final NameLists lists;

    /** A tagger with the built-in lists and its own organisation tagger. */
    public PersonTagger() {
        this(new OrganisationTagger());
    }

    /** A tagger that shares an organisation tagger (to keep organisations out of people). */
    public PersonTagger(OrganisationTagger organisations) {
        NameLists lists = NameLists.load();
        this.lists = lists;
        this.organisations = organisations;
        this.candidates = new NameCandidates(lists);
        this.references = new ShortReferences(lists, organisations);
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
        return tag(TextField.of(Span.TITLE, title), TextField.of(Span.BODY, body), organisationsFound);
    }

    /** As {@link #tag(String, String, List)}, on fields the caller has tokenised. */
    public List<EntityMention> tag(TextField title, TextField body, List<EntityMention> organisationsFound) {
        PersonDocument doc = new PersonDocument(title, body, organisationsFound);
        if (doc.fields.isEmpty()) {
            return List.of();
        }
        for (Field f : doc.fields) {
            if (!f.caps()) {
                InvertedNames.find(doc, f, lists);
                candidates.find(doc, f);
                TitledLists.find(doc, f, lists);
            }
        }
        for (Field f : doc.fields) {
            if (!f.caps()) {
                CapitalsNames.find(doc, f, lists); // "HUN SEN" where the text writes "Anwar IBRAHIM"
                CapitalsFamilyFirst.find(doc, f, lists); // "TRUONG My Lan" where it writes "NGUYEN Phu Trong"
            }
        }
        List<Person> people = doc.people;
        // single-word references with a cue: join a full name with that family name, else stand alone
        for (Candidate c : doc.singles) {
            Person target =
                    ShortReferences.resolve(people, c.word(), c.mention().order());
            if (target == null) {
                target = ShortReferences.byGivenName(people, c.word());
            }
            if (target == null) {
                target = ShortReferences.byInnerName(people, c.word());
            }
            if (target == null) {
                target = new Person(List.of(c.word()), false);
                people.add(target);
            }
            target.mentions.add(c.mention());
        }
        ShortReferences.mergeSamePeople(people);
        references.link(doc.fields, people, doc.orgWords);

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
            out.add(new EntityMention(p.canonicalName(lists), p.mentions.size(), spans));
        }
        return out;
    }
}
