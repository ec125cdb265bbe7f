package org.briefings.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DateMention;
import org.briefings.EntityMention;
import org.briefings.PublicationDate;
import org.briefings.Span;

/**
 * Every JSON shape of a briefing. The shapes differ on purpose (a hit is light and names its
 * countries, the full view carries the text and every mention's evidence, an upload's summary
 * lists codes and a link), but they are written side by side from the same helpers, so the
 * publication date, the entity names and the links read the same in all of them. The full view
 * carries {@code ingestedAt}, when the briefing was added, apart from its publication date. Every
 * shape says whether the text was read from a scan by OCR ({@code ocr}, with the mean word
 * confidence where there is one) or is a scan not yet read ({@code needsOcr}).
 */
public final class BriefingViews {

    /**
     * The publication date at its precision ({@code 2019-04}), and where it was found. An undated
     * briefing's is null, written out as {@code "published": null} in every shape so that a client
     * sees "undated" said, not a field forgotten.
     */
    public record Published(String date, String precision, String source) {
        static Published of(PublicationDate p) {
            return p == null ? null : new Published(p.display(), p.precision().json(), p.source());
        }
    }

    /** A country with its name, for display. */
    public record CountryRef(String code, String name) {}

    /**
     * One search hit. {@code snippet} is HTML: matched words in {@code <mark>}, everything else
     * escaped; {@code score} is null unless hits are ordered by relevance; {@code copyGroup} is the id
     * of its copy group's first member and {@code copies} how many other briefings are in the group.
     */
    public record Hit(
            String id,
            String title,
            String summary,
            @JsonInclude(JsonInclude.Include.ALWAYS) Published published,
            List<CountryRef> about,
            List<CountryRef> mentioned,
            List<String> people,
            List<String> organisations,
            String format,
            String language,
            String sourcePath,
            String snippet,
            Float score,
            String copyGroup,
            int copies,
            boolean ocr,
            boolean needsOcr) {}

    /**
     * A briefing named beside another one (a similar briefing, a copy): enough to recognise it and
     * open it. {@code score} is the similarity (null for copies).
     */
    public record Related(
            String id,
            String title,
            @JsonInclude(JsonInclude.Include.ALWAYS) Published published,
            List<CountryRef> about,
            String format,
            String sourcePath,
            Float score,
            String link) {}

    /**
     * A date the text mentions, its precision written as {@link Published}'s is ({@code "month"}),
     * so that one client reads both alike.
     */
    public record DateRef(String value, LocalDate start, LocalDate end, String precision, boolean relative, Span span) {

        static DateRef of(DateMention d) {
            return new DateRef(
                    d.value(),
                    d.start(),
                    d.end(),
                    d.precision() == null ? null : d.precision().json(),
                    d.relative(),
                    d.span());
        }
    }

    /** The whole briefing, with its text, every mention and its evidence, and a link to the original. */
    public record Document(
            String id,
            String title,
            String summary,
            String body,
            String sourcePath,
            String containerId,
            String mediaType,
            String format,
            String language,
            @JsonInclude(JsonInclude.Include.ALWAYS) Published published,
            List<CountryMention> countries,
            List<EntityMention> people,
            List<EntityMention> organisations,
            List<DateRef> datesMentioned,
            Map<String, String> metadata,
            long sizeBytes,
            String ingestedAt,
            String original,
            boolean ocr,
            Double ocrConfidence,
            boolean needsOcr) {}

    /** What an upload answers for each briefing it added: country codes, names and a link. */
    public record Added(
            String id,
            String title,
            String sourcePath,
            @JsonInclude(JsonInclude.Include.ALWAYS) Published published,
            List<String> about,
            List<String> mentioned,
            List<String> people,
            List<String> organisations,
            String link,
            boolean ocr,
            Double ocrConfidence,
            boolean needsOcr) {}

    /**
     * A search hit; {@code countryName} names a country whose mention carries no name of its own.
     */
    public static Hit hit(Briefing b, String snippet, Float score, UnaryOperator<String> countryName) {
        return hit(b, snippet, score, countryName, b.id(), 0);
    }

    /** A search hit in a copy group of {@code copies + 1} briefings whose first member is {@code copyGroup}. */
    public static Hit hit(
            Briefing b, String snippet, Float score, UnaryOperator<String> countryName, String copyGroup, int copies) {
        List<CountryRef> about = new ArrayList<>();
        List<CountryRef> mentioned = new ArrayList<>();
        for (CountryMention c : b.countries()) {
            CountryRef ref = new CountryRef(c.code(), c.name() != null ? c.name() : countryName.apply(c.code()));
            mentioned.add(ref);
            if (c.about()) {
                about.add(ref);
            }
        }
        return new Hit(
                b.id(),
                b.title(),
                b.summary(),
                Published.of(b.published()),
                about,
                mentioned,
                names(b.people()),
                names(b.organisations()),
                b.format(),
                b.language(),
                b.sourcePath(),
                snippet,
                score,
                copyGroup,
                copies,
                b.ocr(),
                b.needsOcr());
    }

    /** A briefing named beside another; {@code score} null when it has none. */
    public static Related related(Briefing b, Float score, UnaryOperator<String> countryName) {
        List<CountryRef> about = new ArrayList<>();
        for (CountryMention c : b.aboutCountries()) {
            about.add(new CountryRef(c.code(), c.name() != null ? c.name() : countryName.apply(c.code())));
        }
        return new Related(
                b.id(), b.title(), Published.of(b.published()), about, b.format(), b.sourcePath(), score, link(b));
    }

    /** The full briefing; {@code hasOriginal} when its original file can be downloaded. */
    public static Document document(Briefing b, boolean hasOriginal) {
        return new Document(
                b.id(),
                b.title(),
                b.summary(),
                b.body(),
                b.sourcePath(),
                b.containerId(),
                b.mediaType(),
                b.format(),
                b.language(),
                Published.of(b.published()),
                b.countries(),
                b.people(),
                b.organisations(),
                b.datesMentioned().stream().map(DateRef::of).toList(),
                b.metadata(),
                b.sizeBytes(),
                b.ingestedAt() == null ? null : b.ingestedAt().toString(),
                hasOriginal ? link(b) + "/original" : null,
                b.ocr(),
                b.ocrConfidence(),
                b.needsOcr());
    }

    /** An upload's summary of one briefing it added. */
    public static Added added(Briefing b) {
        return new Added(
                b.id(),
                b.title(),
                b.sourcePath(),
                Published.of(b.published()),
                b.aboutCountries().stream().map(CountryMention::code).toList(),
                b.countries().stream().map(CountryMention::code).toList(),
                names(b.people()),
                names(b.organisations()),
                link(b),
                b.ocr(),
                b.ocrConfidence(),
                b.needsOcr());
    }

    private static List<String> names(List<EntityMention> mentions) {
        return mentions.stream().map(EntityMention::name).toList();
    }

    private static String link(Briefing b) {
        return "/api/documents/" + b.id();
    }

    private BriefingViews() {}
}
