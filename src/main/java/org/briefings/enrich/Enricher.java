package org.briefings.enrich;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.DatePrecision;
import org.briefings.ExtractedText;
import org.briefings.PublicationDate;
import org.briefings.ingest.Formats;
import org.briefings.enrich.country.CountryTagger;
import org.briefings.CountryMention;
import java.util.List;

/**
 * The enrichment stage: one call turns extracted text into a briefing with structure, date and
 * entities. Thread-safe; one instance serves the whole engine (taggers load their gazetteers once).
 */
public final class Enricher {

    private final StructureReader structure = new StructureReader();
    private final CountryTagger countries = new CountryTagger();

    public Briefing enrich(ExtractedText doc, Instant ingestTime) {
        StructureReader.Structure s = structure.read(doc);
        PublicationDate published = new PublicationDate(
                LocalDate.ofInstant(ingestTime, ZoneOffset.UTC), DatePrecision.DAY, PublicationDate.SOURCE_INGEST_TIME);
        String body = doc.text();
        List<CountryMention> countryMentions = countries.tag(s.title(), body, published.date().getYear());
        return new Briefing(doc.id(), doc.sourcePath(), doc.containerId(), doc.mediaType(),
                Formats.shortName(doc.mediaType(), doc.sourcePath()), s.title(), s.summary(), body,
                doc.language(), published, countryMentions, null, null, null, usefulMetadata(doc), doc.sizeBytes(), ingestTime);
    }

    private static Map<String, String> usefulMetadata(ExtractedText doc) {
        Map<String, String> out = new LinkedHashMap<>();
        put(out, "author", doc.meta("dc:creator"));
        put(out, "created", doc.meta("dcterms:created"));
        put(out, "modified", doc.meta("dcterms:modified"));
        put(out, "pages", doc.meta("xmpTPg:NPages"));
        put(out, "from", doc.meta("Message-From"));
        return out;
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.length() > 300 ? value.substring(0, 300) : value);
        }
    }
}
