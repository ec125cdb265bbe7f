package org.briefings.http;

import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DateMention;
import org.briefings.EntityMention;

/**
 * A briefing as the API shows it: the record plus links, and the publication date at its
 * precision with its source.
 */
record DocumentView(
        String id,
        String title,
        String summary,
        String body,
        String sourcePath,
        String containerId,
        String mediaType,
        String format,
        String language,
        Published published,
        List<CountryMention> countries,
        List<EntityMention> people,
        List<EntityMention> organisations,
        List<DateMention> datesMentioned,
        Map<String, String> metadata,
        long sizeBytes,
        String ingestedAt,
        String original) {

    record Published(String date, String precision, String source) {}

    static DocumentView of(Briefing b, boolean hasOriginal) {
        var p = b.published();
        return new DocumentView(
                b.id(),
                b.title(),
                b.summary(),
                b.body(),
                b.sourcePath(),
                b.containerId(),
                b.mediaType(),
                b.format(),
                b.language(),
                new Published(p.display(), p.precision().json(), p.source()),
                b.countries(),
                b.people(),
                b.organisations(),
                b.datesMentioned(),
                b.metadata(),
                b.sizeBytes(),
                b.ingestedAt() == null ? null : b.ingestedAt().toString(),
                hasOriginal ? "/api/documents/" + b.id() + "/original" : null);
    }
}
