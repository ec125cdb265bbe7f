package org.briefings.index;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The facet dimensions, declared once. The index writes a facet per dimension, the searcher
 * filters and counts them, the HTTP API and the command line take one parameter or option per
 * dimension, {@code /api/facets} lists them and the page builds its sidebar from
 * {@code /api/schema}: all from this list, so a new dimension is one new constant here (plus the
 * line in {@link BriefingDocuments} that says which value of a briefing it holds).
 */
public enum FacetDimension {
    ABOUT("about", "About country", "countries", "about this country (name or ISO code)", Kind.COUNTRY, true),
    COUNTRY(
            "country",
            "Mentioned country",
            "countries",
            "mentioning this country (name or ISO code)",
            Kind.COUNTRY,
            true),
    PERSON("person", "Person", "people", "naming this person (canonical name)", Kind.NAME, true),
    ORG("org", "Organisation", "organisations", "naming this organisation (canonical name)", Kind.NAME, true),
    LANGUAGE("language", "Language", "languages", "in this language (ISO 639-1)", Kind.CODE, false),
    FORMAT("format", "Format", "formats", "in this format: pdf, docx, html, txt, md, eml, ...", Kind.CODE, false),
    YEAR("year", "Year", "years", "published in this year (2019)", Kind.YEAR, false),
    MONTH("month", "Month", "months", "published in this month (2019-04)", Kind.MONTH, false),
    UNDATED("undated", "Undated", "undated briefings", "with no publication date (true)", Kind.FLAG, false),
    OCR("ocr", "Scanned (OCR)", "scanned briefings", "whose text was read from a scan by OCR (true)", Kind.FLAG, false),
    NEEDS_OCR(
            "needs-ocr",
            "Needs OCR",
            "scans not yet read",
            "that are scans not read because OCR was not available (true)",
            Kind.FLAG,
            false);

    /** What a dimension's values are: how a filter value is read and how a value is labelled. */
    public enum Kind {
        /** ISO 3166 codes; filters take a name or a code, labels are country names. */
        COUNTRY,
        /** Canonical names of people or organisations, matched exactly. */
        NAME,
        /** Short lower-case codes (language, format); filters are case-insensitive. */
        CODE,
        /** Publication years; every year is counted and listed newest first. */
        YEAR,
        /** Publication months; shown as the timeline rather than as a list of values. */
        MONTH,
        /**
         * A yes-or-no property, indexed as the value {@code true} on the briefings that have it
         * and filtered with {@code true}; its count is shown as a number, not as a list.
         */
        FLAG;

        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final String dim;
    private final String label;
    private final String plural;
    private final String description;
    private final Kind kind;
    private final boolean multiValued;

    FacetDimension(String dim, String label, String plural, String description, Kind kind, boolean multiValued) {
        this.dim = dim;
        this.label = label;
        this.plural = plural;
        this.description = description;
        this.kind = kind;
        this.multiValued = multiValued;
    }

    /** The dimension's name in the index's facets, in filters and in answers. */
    public String dim() {
        return dim;
    }

    /** The request parameter (and command-line option, with {@code --}) that filters on it. */
    public String parameter() {
        return dim;
    }

    /** What people see as the facet's title. */
    public String label() {
        return label;
    }

    /** What people call several of its values ("Find countries…"). */
    public String plural() {
        return plural;
    }

    /** Which briefings a filter value keeps, as the end of "only briefings …". */
    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether one briefing can have several values (several countries, but one language). */
    public boolean multiValued() {
        return multiValued;
    }

    /** Whether values are paths (none are yet; a month is a flat {@code 2019-04}). */
    public boolean hierarchical() {
        return false;
    }

    /**
     * Whether the dimension is listed with its values (the month is a timeline instead, and a
     * flag is a count beside it).
     */
    public boolean listed() {
        return kind != Kind.MONTH && kind != Kind.FLAG;
    }

    /** The dimension with this name, if there is one. */
    public static Optional<FacetDimension> byDim(String dim) {
        return Arrays.stream(values()).filter(d -> d.dim.equals(dim)).findFirst();
    }

    /** Every dimension name, in declaration order (the order the page shows them). */
    public static List<String> dims() {
        return Arrays.stream(values()).map(FacetDimension::dim).toList();
    }
}
