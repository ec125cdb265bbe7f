package org.briefings.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading a {@code /api/search} answer in tests: its hit ids, a hit's source path, a facet's values. */
public final class Answers {

    private Answers() {}

    /** The ids of the hits, in order. */
    public static List<String> ids(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    /** The source path of hit {@code i}. */
    public static String sourceOf(JsonNode answer, int i) {
        return answer.get("hits").get(i).get("sourcePath").asText();
    }

    /** The values of facet {@code dim}, as the answer lists them. */
    public static JsonNode facet(JsonNode answer, String dim) {
        for (JsonNode f : answer.get("facets")) {
            if (f.get("dim").asText().equals(dim)) {
                return f.get("values");
            }
        }
        throw new AssertionError("no facet " + dim);
    }
}
