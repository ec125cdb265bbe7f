package org.briefings.index;

import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.Json;
import org.briefings.PublicationDate;

/**
 * The part of a stored record that a hit in a list of results shows (issue 16). Why not the whole
 * record: its mentions carry every evidence span, its dates mentioned and metadata are long, and
 * turning all of that into objects for ten hits was a tenth of a search. Jackson skips the fields
 * these records do not name without building anything.
 */
final class HitRecord {

    private record Stored(
            String id,
            String sourcePath,
            String format,
            String title,
            String summary,
            String language,
            PublicationDate published,
            List<Country> countries,
            List<Name> people,
            List<Name> organisations,
            Meta metadata) {}

    /** The metadata a hit shows: whether the text came from OCR (the "scanned" badge). */
    private record Meta(String ocr, String ocrConfidence, String needsOcr) {
        Map<String, String> asMap() {
            Map<String, String> m = new HashMap<>();
            put(m, Briefing.OCR, ocr);
            put(m, Briefing.OCR_CONFIDENCE, ocrConfidence);
            put(m, Briefing.NEEDS_OCR, needsOcr);
            return m;
        }

        private static void put(Map<String, String> m, String key, String value) {
            if (value != null) {
                m.put(key, value);
            }
        }
    }

    private record Country(String code, String name, boolean about) {}

    private record Name(String name) {}

    private static final ObjectReader READER = Json.MAPPER.readerFor(Stored.class);

    /** A briefing with what a hit shows; counts, spans, dates mentioned, body and metadata other than OCR's are empty. */
    static Briefing read(String json) {
        Stored s;
        try {
            s = READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored briefing is not readable JSON", e);
        }
        return new Briefing(
                s.id(),
                s.sourcePath(),
                null,
                null,
                s.format(),
                s.title(),
                s.summary(),
                "",
                s.language(),
                s.published(),
                s.countries() == null
                        ? null
                        : s.countries().stream()
                                .map(c -> new CountryMention(c.code(), c.name(), 0, 0, c.about(), null))
                                .toList(),
                names(s.people()),
                names(s.organisations()),
                null,
                s.metadata() == null ? null : s.metadata().asMap(),
                0,
                null,
                null);
    }

    private static List<EntityMention> names(List<Name> names) {
        return names == null
                ? null
                : names.stream().map(n -> new EntityMention(n.name(), 0, null)).toList();
    }

    private HitRecord() {}
}
