package org.briefings.eval.entities;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One line of the entity gold ({@code gold.jsonl}), as docs/annotation.md defines it: either the
 * passage text itself or a {@link Ref} to a passage of a file we may not copy into the repository.
 *
 * @param id     {@code <source>-NNN} or {@code <source>-<lang>-NNN}; the ninth round's series
 *               prefixes {@code g8-}
 * @param source ungdc, crs, reuters, sample or team
 * @param lang   ISO 639-1 language of the passage
 * @param split  dev (for tuning) or test (scored, never read)
 * @param text   the passage, or null when {@code ref} gives it
 * @param ref    where the passage is, or null when {@code text} gives it
 * @param people every person in the passage
 * @param orgs   every organisation in the passage
 * @param about  the ISO codes of the countries the passage is about
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldPassage(
        String id,
        String source,
        String lang,
        String split,
        String text,
        Ref ref,
        List<GoldEntity> people,
        List<GoldEntity> orgs,
        List<String> about) {

    public GoldPassage {
        people = people == null ? List.of() : List.copyOf(people);
        orgs = orgs == null ? List.of() : List.copyOf(orgs);
        about = about == null ? List.of() : List.copyOf(about);
    }

    /** The same passage with its text resolved. */
    public GoldPassage withText(String resolved) {
        return new GoldPassage(id, source, lang, split, resolved, ref, people, orgs, about);
    }

    /** A person or organisation: its canonical name and every surface form in the passage. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEntity(String name, List<String> mentions) {
        public GoldEntity {
            mentions = mentions == null ? List.of() : List.copyOf(mentions);
        }
    }

    /**
     * A passage of a file: {@code [start, end)} of the file's text (or, with {@code newid}, of
     * that Reuters story's BODY), whose UTF-8 bytes have SHA-1 {@code sha1}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ref(String file, String newid, int start, int end, String sha1) {}
}
