package org.briefings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One briefing as the engine knows it: extracted text, its structure and everything enrichment
 * found. This is the unit that is indexed, searched and shown; it is not a Lucene document.
 *
 * @param id             content hash (SHA-256, hex) of the original bytes; the same bytes twice are one briefing
 * @param sourcePath     corpus-relative path of the original ({@code a.zip!/b.pdf} for embedded documents)
 * @param containerId    id of the archive or e-mail it came out of, or null
 * @param mediaType      detected media type
 * @param format         short format name used as a facet: pdf, docx, html, txt, md, eml, ...
 * @param title          title from metadata, else first heading or first line
 * @param summary        explicit summary line or the lede (first paragraph)
 * @param body           the full extracted text
 * @param language       ISO 639-1 code or {@code "und"}
 * @param published      publication date with precision and source; null when the briefing is undated
 * @param countries      every country mentioned, each flagged {@code about} or not
 * @param people         people, one canonical name each
 * @param organisations  organisations, one canonical name each
 * @param datesMentioned dates the text talks about
 * @param metadata       a few useful metadata values (author, ...)
 * @param sizeBytes      size of the original
 * @param ingestedAt     when this briefing was indexed (never presented as its publication date)
 * @param titleSource    where the title came from (ranking trusts declared titles more)
 */
public record Briefing(
        String id,
        String sourcePath,
        String containerId,
        String mediaType,
        String format,
        String title,
        String summary,
        String body,
        String language,
        PublicationDate published,
        List<CountryMention> countries,
        List<EntityMention> people,
        List<EntityMention> organisations,
        List<DateMention> datesMentioned,
        Map<String, String> metadata,
        long sizeBytes,
        Instant ingestedAt,
        TitleSource titleSource) {

    public Briefing {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourcePath, "sourcePath");
        countries = countries == null ? List.of() : List.copyOf(countries);
        people = people == null ? List.of() : List.copyOf(people);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        datesMentioned = datesMentioned == null ? List.of() : List.copyOf(datesMentioned);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        titleSource = titleSource == null ? TitleSource.HEADING : titleSource;
    }

    /**
     * A briefing whose title was given as a title (built by hand, or stored before titles recorded
     * their source).
     */
    public Briefing(
            String id,
            String sourcePath,
            String containerId,
            String mediaType,
            String format,
            String title,
            String summary,
            String body,
            String language,
            PublicationDate published,
            List<CountryMention> countries,
            List<EntityMention> people,
            List<EntityMention> organisations,
            List<DateMention> datesMentioned,
            Map<String, String> metadata,
            long sizeBytes,
            Instant ingestedAt) {
        this(
                id,
                sourcePath,
                containerId,
                mediaType,
                format,
                title,
                summary,
                body,
                language,
                published,
                countries,
                people,
                organisations,
                datesMentioned,
                metadata,
                sizeBytes,
                ingestedAt,
                TitleSource.HEADING);
    }

    /** The same briefing with other countries, people and organisations (an analyst's curation). */
    public Briefing withEntities(
            List<CountryMention> countries, List<EntityMention> people, List<EntityMention> organisations) {
        return new Briefing(
                id,
                sourcePath,
                containerId,
                mediaType,
                format,
                title,
                summary,
                body,
                language,
                published,
                countries,
                people,
                organisations,
                datesMentioned,
                metadata,
                sizeBytes,
                ingestedAt,
                titleSource);
    }

    /** Countries the briefing is about. */
    public List<CountryMention> aboutCountries() {
        return countries.stream().filter(CountryMention::about).toList();
    }

    /** Metadata key: "true" when the text was read from a scan by OCR. */
    public static final String OCR = "ocr";
    /** Metadata key: the OCR's mean word confidence, 0-100. */
    public static final String OCR_CONFIDENCE = "ocrConfidence";
    /** Metadata key: the Tesseract language pack the scan was read with. */
    public static final String OCR_LANGUAGE = "ocrLanguage";
    /** Metadata key: "true" for a scan indexed unread because OCR was not available. */
    public static final String NEEDS_OCR = "needsOcr";
    /** Metadata key: why OCR stopped before the last page (the file's page or time limit), when it did. */
    public static final String OCR_STOPPED = "ocrStopped";
    /** Metadata key: the largest skew, in degrees, straightened before OCR, when one was. */
    public static final String OCR_DESKEW = "ocrDeskew";

    /**
     * Whether the text was read from a scan by OCR. Kept in {@link #metadata} rather than as a
     * component of its own, so briefings stored before OCR read back unchanged.
     */
    public boolean ocr() {
        return "true".equals(metadata.get(OCR));
    }

    /** The OCR's mean word confidence (0-100), or null when the text was not OCR'd. */
    public Double ocrConfidence() {
        String c = metadata.get(OCR_CONFIDENCE);
        return c == null ? null : Double.valueOf(c);
    }

    /** Whether this is a scan indexed unread (by its name) because OCR was not available. */
    public boolean needsOcr() {
        return "true".equals(metadata.get(NEEDS_OCR));
    }
}
