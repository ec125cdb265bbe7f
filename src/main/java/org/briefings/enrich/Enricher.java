package org.briefings.enrich;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DateMention;
import org.briefings.EntityMention;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;
import org.briefings.Span;
import org.briefings.enrich.country.CountryTagger;
import org.briefings.enrich.date.DateMentionTagger;
import org.briefings.enrich.date.PublicationDateFinder;
import org.briefings.enrich.org.BodyCountries;
import org.briefings.enrich.org.NationalBodies;
import org.briefings.enrich.org.OrganisationTagger;
import org.briefings.enrich.person.PersonTagger;
import org.briefings.enrich.text.LinkMask;
import org.briefings.enrich.text.TextField;
import org.briefings.ingest.Formats;

/**
 * The enrichment stage: one call turns extracted text into a briefing with structure (title,
 * summary), publication date, countries (mentioned and about), people, organisations and the
 * dates the text talks about. Thread-safe; one instance serves the whole engine (the taggers load
 * their gazetteers once).
 *
 * <p>Order matters: the publication date comes first, because it is the reference against which
 * relative dates ("last week") are resolved and historical country names are chosen ("Moscow" in
 * 1987 is the Soviet Union).
 */
public final class Enricher {

    private final StructureReader structure = new StructureReader();
    private final TitleFinder titles = new TitleFinder();
    private final PublicationDateFinder publicationDates = new PublicationDateFinder();
    private final CountryTagger countries = new CountryTagger();
    private final OrganisationTagger organisations = new OrganisationTagger();
    private final NationalBodies nationalBodies = new NationalBodies();
    private final BodyCountries bodyCountries = new BodyCountries(organisations);
    private final PersonTagger people = new PersonTagger(organisations);
    private final DateMentionTagger dates = new DateMentionTagger();

    public Briefing enrich(ExtractedText doc, Instant ingestTime) {
        String body = doc.text();
        // Reports in PDF open with page furniture (URLs, product labels) and wrap their titles;
        // TitleFinder reads that layout. Other formats have a first line or heading that is the title.
        String chosenTitle = doc.mediaType().equals("application/pdf") ? titles.find(doc, body) : null;
        StructureReader.Structure s = structure.read(doc, chosenTitle);
        // undated: present-day country names, and relative dates ("last week") left unresolved
        PublicationDate published = publicationDates.find(doc, body, ingestTime).orElse(null);
        LocalDate reference = published == null ? null : published.date();
        // the taggers read the visible words: link targets and web addresses blanked, offsets kept
        String visibleTitle = LinkMask.mask(s.title());
        String visible = LinkMask.mask(body);
        // tokenised once here, read by every tagger (the country tagger reads the finer pieces
        // the tokenizer cut in the same scan)
        TextField titleField = TextField.of(Span.TITLE, visibleTitle);
        TextField bodyField = TextField.of(Span.BODY, visible);
        List<CountryMention> countryMentions =
                countries.tag(titleField, bodyField, reference == null ? null : reference.getYear());
        List<EntityMention> orgs = nationalBodies.resolve(
                organisations.tag(titleField, bodyField), countryMentions, titleField, bodyField);
        // a report on FEMA and Congress is about the United States even if it never says so
        countryMentions = bodyCountries.about(countryMentions, orgs);
        List<EntityMention> persons = people.tag(titleField, bodyField, orgs);
        List<DateMention> mentioned = dates.tag(bodyField, reference);
        return new Briefing(
                doc.id(),
                doc.sourcePath(),
                doc.containerId(),
                doc.mediaType(),
                Formats.shortName(doc.mediaType(), doc.sourcePath()),
                s.title(),
                s.summary(),
                body,
                doc.language(),
                published,
                countryMentions,
                persons,
                orgs,
                mentioned,
                usefulMetadata(doc),
                doc.sizeBytes(),
                ingestTime,
                s.titleSource());
    }

    private static Map<String, String> usefulMetadata(ExtractedText doc) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "author", doc.meta("dc:creator"));
        put(out, "created", doc.meta("dcterms:created"));
        put(out, "modified", doc.meta("dcterms:modified"));
        put(out, "pages", doc.meta("xmpTPg:NPages"));
        put(out, "from", doc.meta("Message-From"));
        // how the text was read (Briefing#ocr): kept with the briefing, shown and filtered on
        put(out, Briefing.OCR, doc.meta("briefings:ocr"));
        put(out, Briefing.OCR_CONFIDENCE, doc.meta("briefings:ocr-confidence"));
        put(out, Briefing.OCR_LANGUAGE, doc.meta("briefings:ocr-language"));
        put(out, Briefing.NEEDS_OCR, doc.meta("briefings:needs-ocr"));
        put(out, Briefing.OCR_STOPPED, doc.meta("briefings:ocr-stopped"));
        put(out, Briefing.OCR_DESKEW, doc.meta("briefings:ocr-deskew"));
        return out;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.length() > 300 ? value.substring(0, 300) : value);
        }
    }
}
