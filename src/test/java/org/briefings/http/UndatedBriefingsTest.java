package org.briefings.http;

import static org.briefings.testing.TestServer.enc;
import static org.briefings.testing.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.briefings.testing.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A briefing with no publication date in it is undated through the API: no date in any of its
 * JSON shapes, found by {@code undated=true} and by no date range, counted beside the timeline
 * and never on today's bar of it (issue 14: 298 of 300 uploaded wire stories once took the
 * upload day for their publication date).
 */
class UndatedBriefingsTest {

    @TempDir
    static Path dir;

    static TestServer s;
    static JsonNode undatedUpload;
    static String undatedId;
    static String datedId;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults(), false);
        undatedUpload = upload(
                "desk-note.txt",
                "Desk note on grain\n\nThe ministry said wheat stocks in Egypt were ample, an official said.");
        undatedId = undatedUpload.get("id").asText();
        datedId = upload(
                        "cable.txt",
                        "Cable on grain\n\nCAIRO, March 3, 2019 - The ministry said wheat stocks in Egypt were low.")
                .get("id")
                .asText();
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static JsonNode upload(String name, String text) throws Exception {
        HttpResponse<String> r = s.send(s.request("/api/documents?name=" + enc(name))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertEquals(201, r.statusCode(), r.body());
        return json(r);
    }

    private static List<String> ids(JsonNode r) {
        List<String> out = new ArrayList<>();
        r.get("hits").forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    void anUndatedBriefingSaysSoInEveryShapeAndKeepsItsIngestTimeApart() throws Exception {
        JsonNode added = undatedUpload.get("briefings").get(0);
        assertTrue(added.has("published") && added.get("published").isNull(), added.toString());

        JsonNode doc = s.getJson("/api/documents/" + undatedId);
        assertTrue(doc.has("published") && doc.get("published").isNull(), doc.toString());
        assertEquals(
                LocalDate.now(ZoneOffset.UTC).toString(),
                doc.get("ingestedAt").asText().substring(0, 10),
                "the ingest time is its own field");

        JsonNode hit = s.getJson("/api/search?q=ample").get("hits").get(0);
        assertEquals(undatedId, hit.get("id").asText());
        assertTrue(hit.has("published") && hit.get("published").isNull(), hit.toString());
    }

    @Test
    void anEntityPageListsAnUndatedBriefingWithPublishedNull() throws Exception {
        JsonNode latest = s.getJson("/api/entities/country/EG").get("latest");
        JsonNode undated = null;
        for (JsonNode r : latest) {
            if (r.get("id").asText().equals(undatedId)) {
                undated = r;
            }
        }
        assertTrue(undated != null, latest.toString());
        assertTrue(undated.has("published") && undated.get("published").isNull(), undated.toString());
    }

    @Test
    void datesMentionedCarryTheirPrecisionAsPublishedDoes() throws Exception {
        JsonNode doc = s.getJson("/api/documents/" + datedId);
        assertEquals("day", doc.get("published").get("precision").asText());
        JsonNode dates = doc.get("datesMentioned");
        assertTrue(dates.size() > 0, doc.toString());
        for (JsonNode d : dates) {
            assertTrue(
                    List.of("day", "month", "year", "decade")
                            .contains(d.get("precision").asText()),
                    d.toString());
        }
    }

    @Test
    void undatedTrueFindsItAndNoDateRangeDoes() throws Exception {
        assertEquals(List.of(undatedId), ids(s.getJson("/api/search?undated=true")));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(List.of(datedId), ids(s.getJson("/api/search?from=1900")));
        assertEquals(List.of(datedId), ids(s.getJson("/api/search?to=" + today)));
        assertEquals(List.of(), ids(s.getJson("/api/search?from=" + today + "&to=" + today)));
        assertEquals(List.of(datedId), ids(s.getJson("/api/search?q=" + enc("published:[1900 TO 2100]"))));
        assertEquals(2, s.getJson("/api/search?undated=false").get("total").asLong(), "false is no filter");
        assertEquals(400, s.get("/api/search?undated=maybe").statusCode());
    }

    @Test
    void theAnswerCountsUndatedHitsBesideATimelineWithoutThem() throws Exception {
        JsonNode all = s.getJson("/api/search?q=wheat");
        assertEquals(2, all.get("total").asLong());
        assertEquals(1, all.get("undated").asLong());
        List<String> months = new ArrayList<>();
        all.get("timeline").forEach(b -> months.add(b.get("month").asText()));
        assertEquals(List.of("2019-03"), months, "no bar for the upload month");
        assertFalse(all.get("facets")
                .toString()
                .contains(LocalDate.now(ZoneOffset.UTC).toString().substring(0, 4)));

        JsonNode onlyUndated = s.getJson("/api/search?q=wheat&undated=true");
        assertEquals(1, onlyUndated.get("total").asLong());
        assertEquals(1, onlyUndated.get("undated").asLong());
        assertEquals(0, onlyUndated.get("timeline").size());
        assertEquals(
                0, s.getJson("/api/search?q=wheat&from=2019").get("undated").asLong());
    }

    @Test
    void newestAndOldestBothPutUndatedBriefingsLast() throws Exception {
        assertEquals(List.of(datedId, undatedId), ids(s.getJson("/api/search?sort=newest")));
        assertEquals(List.of(datedId, undatedId), ids(s.getJson("/api/search?sort=oldest")));
        JsonNode first = s.getJson("/api/search?sort=newest&size=1");
        JsonNode second = s.getJson("/api/search?sort=newest&size=1&cursor="
                + first.get("nextCursor").asText());
        assertEquals(List.of(undatedId), ids(second), "the cursor pages past the dated into the undated");
    }
}
