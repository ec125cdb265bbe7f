package org.briefings.testing;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DatePrecision;
import org.briefings.EntityMention;
import org.briefings.PublicationDate;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.LuceneIndex;
import org.briefings.ingest.ContentHash;

/** Builds briefings by hand for index and search tests, so they do not depend on the taggers. */
public final class Briefings {

    /**
     * A briefing with the given title and body, published on {@code date}, about the
     * {@code about} countries and also mentioning {@code mentioned}.
     */
    public static Briefing of(
            String title, String body, String date, List<String> about, List<String> mentioned, List<String> people) {
        List<CountryMention> countries = new ArrayList<>();
        for (String c : about) {
            countries.add(new CountryMention(c, null, 3, 0.9, true, List.of()));
        }
        for (String c : mentioned) {
            countries.add(new CountryMention(c, null, 1, 0.2, false, List.of()));
        }
        List<EntityMention> persons =
                people.stream().map(p -> new EntityMention(p, 1, List.of())).toList();
        String id = ContentHash.of(title + "\n" + body + date);
        return new Briefing(
                id,
                "hand/" + id.substring(0, 8) + ".txt",
                null,
                "text/plain",
                "txt",
                title,
                body.split("\\.", -1)[0] + ".",
                body,
                "en",
                new PublicationDate(LocalDate.parse(date), DatePrecision.DAY, PublicationDate.SOURCE_HEADER),
                countries,
                persons,
                List.of(),
                List.of(),
                null,
                body.length(),
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Indexes each briefing as a file of its own and makes them searchable. */
    public static void index(LuceneIndex index, List<Briefing> briefings) throws IOException {
        for (Briefing b : briefings) {
            index.replaceFile(b.sourcePath(), List.of(b), new BriefingDocuments.FileInfo(b.id(), b.sourcePath(), 1, 1));
        }
        index.refresh();
    }

    private Briefings() {}
}
