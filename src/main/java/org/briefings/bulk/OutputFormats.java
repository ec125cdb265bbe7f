package org.briefings.bulk;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.briefings.search.InvalidRequestException;

/**
 * The output format of an export or a batch, read from the option that already filters on the
 * briefings' own format ({@code format=pdf}, {@code --format pdf}): the HTTP API and the command
 * line take the output format from it too, so its values are split here in one way for both.
 */
public final class OutputFormats {

    /** Every output format of either tool: an export's csv and jsonl, a batch's json and csv. */
    public static final Set<String> ANY = Set.of("csv", "jsonl", "json");

    private OutputFormats() {}

    /**
     * The value of {@code given} that is one of {@code own} (lower case), or null. Two of them are
     * refused, and so is the other tool's output format ({@code json} for an export): it would
     * otherwise filter on briefings of that format and answer an empty file that looks right.
     *
     * @param parameter the option's name in errors ({@code format} or {@code --format})
     */
    public static String chosen(List<String> given, Set<String> own, String parameter) {
        List<String> values = given.stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        for (String v : values) {
            if (ANY.contains(v) && !own.contains(v)) {
                throw new InvalidRequestException(
                        "format",
                        parameter + " chooses the output format here, one of " + new TreeSet<>(own) + ", not '" + v
                                + "' (to keep briefings whose own format is " + v + ", search for format:" + v
                                + ")");
            }
        }
        List<String> chosen = values.stream().filter(own::contains).toList();
        if (chosen.size() > 1) {
            throw new InvalidRequestException("format", parameter + " chooses one output format, not " + chosen);
        }
        return chosen.isEmpty() ? null : chosen.getFirst();
    }
}
