package org.briefings.eval.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefings.Json;

/**
 * The relevance test collection, read from the classpath: {@code queries.jsonl}
 * ({@code {"id","kind","query","from","to","split","note"}}) and {@code judgments.jsonl}
 * ({@code {"query","doc","grade"}}), written by the team by pooling and reading; and
 * {@code dev-known-items.jsonl}, known-item questions over CRS reports and a few UN speeches
 * ({@code {"id","query","doc"}}, one right document each, tuned on); and {@code test-known-items.jsonl}, held-out known-item
 * questions over CRS reports and UN speeches in the same form, never tuned on.
 */
public final class Collection {

    private static final String FOLDER = "/org/briefings/eval/relevance/";

    /** The collection's queries with their judgments, in file order; empty when it is not there. */
    public static List<Topic> topics() {
        Map<String, Map<String, Integer>> grades = new HashMap<>();
        for (JsonNode j : lines("judgments.jsonl")) {
            grades.computeIfAbsent(j.get("query").asText(), q -> new LinkedHashMap<>())
                    .merge(j.get("doc").asText(), j.get("grade").asInt(), Math::max);
        }
        List<Topic> out = new ArrayList<>();
        for (JsonNode q : lines("queries.jsonl")) {
            String id = q.get("id").asText();
            out.add(new Topic(
                    id,
                    q.get("kind").asText(),
                    q.get("query").asText(),
                    text(q, "from"),
                    text(q, "to"),
                    q.path("split").asText("dev"),
                    grades.getOrDefault(id, Map.of())));
        }
        return out;
    }

    /** The dev known-item questions (tuned on): the right document graded 3. */
    public static List<Topic> knownItems() {
        return knownItems("dev");
    }

    /** The known-item questions of {@code split} (dev or test): the right document graded 3. */
    public static List<Topic> knownItems(String split) {
        List<Topic> out = new ArrayList<>();
        for (JsonNode q : lines(split + "-known-items.jsonl")) {
            out.add(new Topic(
                    q.get("id").asText(),
                    "known_item",
                    q.get("query").asText(),
                    null,
                    null,
                    split,
                    Map.of(q.get("doc").asText(), 3)));
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<JsonNode> lines(String file) {
        List<JsonNode> out = new ArrayList<>();
        InputStream in = Collection.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return out;
    }

    private Collection() {}
}
