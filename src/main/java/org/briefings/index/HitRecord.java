package org.briefings.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DatePrecision;
import org.briefings.EntityMention;
import org.briefings.Json;
import org.briefings.PublicationDate;

/**
 * The part of a stored record that a hit in a list of results shows (issue 16). Why not the whole
 * record: its mentions carry every evidence span, its dates mentioned and metadata are long, and
 * turning all of that into objects for ten hits was a tenth of a search. Why a streaming read of
 * the JSON rather than Jackson binding it to records: binding went through Jackson's
 * constructor-property machinery for every record, country and name, and buffered what came
 * before; read token by token, what a hit does not show is skipped without building anything.
 */
final class HitRecord {

    /** A briefing with what a hit shows; counts, spans, dates mentioned, body and metadata other than OCR's are empty. */
    static Briefing read(String json) {
        try (JsonParser p = Json.MAPPER.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a stored record is a JSON object");
            }
            Fields f = new Fields();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                f.read(name, value, p);
            }
            return f.briefing();
        } catch (IOException e) {
            throw new UncheckedIOException("stored briefing is not readable JSON", e);
        }
    }

    /** What a hit shows, as read so far. */
    private static final class Fields {
        private String id;
        private String sourcePath;
        private String format;
        private String title;
        private String summary;
        private String language;
        private PublicationDate published;
        private List<CountryMention> countries;
        private List<EntityMention> people;
        private List<EntityMention> organisations;
        private Map<String, String> metadata;

        void read(String name, JsonToken value, JsonParser p) throws IOException {
            boolean isNull = value == JsonToken.VALUE_NULL;
            switch (name) {
                case "id" -> id = p.getValueAsString();
                case "sourcePath" -> sourcePath = p.getValueAsString();
                case "format" -> format = p.getValueAsString();
                case "title" -> title = p.getValueAsString();
                case "summary" -> summary = p.getValueAsString();
                case "language" -> language = p.getValueAsString();
                case "published" -> published = isNull ? null : published(p);
                case "countries" -> countries = isNull ? null : countries(p);
                case "people" -> people = isNull ? null : names(p);
                case "organisations" -> organisations = isNull ? null : names(p);
                case "metadata" -> metadata = isNull ? null : ocrMetadata(p);
                default -> p.skipChildren();
            }
        }

        Briefing briefing() {
            return new Briefing(
                    id,
                    sourcePath,
                    null,
                    null,
                    format,
                    title,
                    summary,
                    "",
                    language,
                    published,
                    countries,
                    people,
                    organisations,
                    null,
                    metadata,
                    0,
                    null,
                    null);
        }
    }

    /**
     * The publication date, read field by field like the rest: Jackson binding it went through its
     * type lookup and property-based construction for each hit, about a third of reading a record.
     */
    private static PublicationDate published(JsonParser p) throws IOException {
        LocalDate date = null;
        DatePrecision precision = null;
        String source = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "date" -> date = isoDate(p.getText());
                case "precision" -> precision = DatePrecision.valueOf(p.getText());
                case "source" -> source = p.getValueAsString();
                default -> p.skipChildren();
            }
        }
        return new PublicationDate(date, precision, source);
    }

    /**
     * A date as the record writes it, {@code 2019-04-11}, read by hand: {@link LocalDate#parse} went
     * through the general formatter, a fifth of reading a record. Any other form (a year beyond
     * 9999) is left to it.
     */
    static LocalDate isoDate(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 7);
            int day = digits(s, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(s);
    }

    /** The number the ASCII digits from {@code from} to {@code to} write, or -1 when one is not a digit. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Each country's code, name and whether the briefing is about it. */
    private static List<CountryMention> countries(JsonParser p) throws IOException {
        List<CountryMention> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String code = null;
            String name = null;
            boolean about = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "code" -> code = p.getValueAsString();
                    case "name" -> name = p.getValueAsString();
                    case "about" -> about = value == JsonToken.VALUE_TRUE;
                    default -> p.skipChildren();
                }
            }
            out.add(new CountryMention(code, name, 0, 0, about, null));
        }
        return List.copyOf(out);
    }

    /** Each person's or organisation's name. */
    private static List<EntityMention> names(JsonParser p) throws IOException {
        List<EntityMention> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("name")) {
                    name = p.getValueAsString();
                } else {
                    p.skipChildren();
                }
            }
            out.add(new EntityMention(name, 0, null));
        }
        return List.copyOf(out);
    }

    /** The metadata a hit shows: whether the text came from OCR (the "scanned" badge). */
    private static Map<String, String> ocrMetadata(JsonParser p) throws IOException {
        Map<String, String> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            String value = p.getValueAsString();
            if (value != null
                    && (key.equals(Briefing.OCR)
                            || key.equals(Briefing.OCR_CONFIDENCE)
                            || key.equals(Briefing.NEEDS_OCR))) {
                out.put(key, value);
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    private HitRecord() {}
}
