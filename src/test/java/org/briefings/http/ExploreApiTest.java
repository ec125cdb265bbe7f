package org.briefings.http;

import static org.briefings.testing.TestServer.enc;
import static org.briefings.testing.TestServer.json;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.testing.SharedData;
import org.briefings.testing.Slow;
import org.briefings.testing.TestServer;
import org.briefings.tools.SampleCorpusWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies, similar briefings and entity pages over HTTP, on the real server over the sample corpus:
 * the corpus's ship-to-ship briefing is uploaded again as a PDF, a DOCX and an e-mail, and the four
 * must come back as one group of four while the corpus's other North Korea briefings stay apart.
 * The last test deletes the group's first member, so the tests run in order.
 */
@Slow
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExploreApiTest {

    private static final String ORIGINAL = "kp-ship-to-ship-transfers.txt";

    @TempDir
    static java.nio.file.Path dir;

    static TestServer s;
    static String originalId;
    static final List<String> uploaded = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults(), true);
        String text =
                Files.readString(SharedData.projectDir().resolve("corpus").resolve(ORIGINAL), StandardCharsets.UTF_8);
        String title = text.lines().findFirst().orElseThrow();
        String body = text.substring(text.indexOf('\n') + 1);
        Map<String, byte[]> wrapped = SampleCorpusWriter.wrappers("stst", title, LocalDate.of(2020, 9, 14), body);
        for (Map.Entry<String, byte[]> w : wrapped.entrySet()) {
            HttpResponse<String> r = s.send(s.request("/api/documents?name=ship-to-ship-copy." + w.getKey())
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(w.getValue())));
            assertEquals(201, r.statusCode(), r.body());
            uploaded.add(json(r).get("id").asText());
        }
        originalId = idOf("sourcePath:" + ORIGINAL); // uploads are grouped before their answers: no waiting
    }

    @AfterAll
    static void stop() throws Exception {
        if (s != null) {
            s.close();
        }
    }

    private static String idOf(String what) throws Exception {
        JsonNode r = s.getJson("/api/search?size=200&q=" + enc("\"ship-to-ship\" OR ship"));
        for (JsonNode h : r.get("hits")) {
            if (h.get("sourcePath").asText().equals(ORIGINAL)) {
                return h.get("id").asText();
            }
        }
        throw new AssertionError("no hit for " + what);
    }

    private static Set<String> ids(JsonNode hits) {
        Set<String> out = new HashSet<>();
        hits.forEach(h -> out.add(h.get("id").asText()));
        return out;
    }

    @Test
    @Order(1)
    void aBriefingAndItsPdfDocxAndEmailCopiesAreOneGroupOfFour() throws Exception {
        JsonNode shown = s.getJson("/api/search?size=200&q=" + enc("\"ship-to-ship\""));
        Set<String> group = new HashSet<>(uploaded);
        group.add(originalId);
        assertTrue(ids(shown.get("hits")).containsAll(group), "every copy is found by default: " + shown);
        String groupId = null;
        for (JsonNode h : shown.get("hits")) {
            if (group.contains(h.get("id").asText())) {
                assertEquals(3, h.get("copies").asInt(), "each of the four has three copies: " + h);
                groupId = groupId == null ? h.get("copyGroup").asText() : groupId;
                assertEquals(groupId, h.get("copyGroup").asText(), "one group id");
            } else {
                assertEquals(0, h.get("copies").asInt(), "a different briefing on the subject is no copy: " + h);
            }
        }
        assertTrue(group.contains(groupId), "the group's id is one of its members");

        JsonNode collapsed = s.getJson("/api/search?size=200&copies=collapse&q=" + enc("\"ship-to-ship\""));
        Set<String> shownOfGroup = new HashSet<>(ids(collapsed.get("hits")));
        shownOfGroup.retainAll(group);
        assertEquals(1, shownOfGroup.size(), "collapsed: one hit for the group: " + collapsed);
        assertEquals(shown.get("total"), collapsed.get("total"), "totals count briefings when collapsing");
        assertEquals(shown.get("hits").size() - 3, collapsed.get("hits").size(), "three fewer hits, the copies folded");

        JsonNode hidden = s.getJson("/api/search?size=200&copies=hide&q=" + enc("\"ship-to-ship\""));
        assertEquals(shown.get("total").asLong() - 3, hidden.get("total").asLong(), "hiding copies is a filter");
        assertTrue(ids(hidden.get("hits")).contains(groupId), "the first member stays");
    }

    @Test
    @Order(2)
    void collapsingPagesWithACursorShowsEveryGroupOnce() throws Exception {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode r = s.getJson(
                    "/api/search?size=3&copies=collapse&sort=newest" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode h : r.get("hits")) {
                assertTrue(seen.add(h.get("copyGroup").asText()), "a group shows once: " + h);
            }
            cursor = r.hasNonNull("nextCursor") ? r.get("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 100);
        long briefings = s.getJson("/api/search?size=0").get("total").asLong();
        assertEquals(briefings - 3, seen.size(), "every briefing's group, the four copies as one");
    }

    @Test
    @Order(3)
    void theBriefingViewListsItsCopiesWithTheirSources() throws Exception {
        JsonNode r = s.getJson("/api/documents/" + originalId + "/copies");
        Set<String> paths = new HashSet<>();
        r.get("copies").forEach(c -> paths.add(c.get("sourcePath").asText()));
        assertEquals(3, paths.size(), r.toString());
        assertTrue(paths.stream().allMatch(p -> p.contains("ship-to-ship-copy.")), paths.toString());
        assertEquals(404, s.get("/api/documents/" + "0".repeat(64) + "/copies").statusCode());
    }

    @Test
    @Order(4)
    void similarBriefingsLeaveOutTheBriefingAndItsCopiesAndPreferTheSameCountry() throws Exception {
        JsonNode r = s.getJson("/api/documents/" + originalId + "/similar?size=5");
        JsonNode similar = r.get("similar");
        assertEquals(5, similar.size(), r.toString());
        Set<String> group = new HashSet<>(uploaded);
        group.add(originalId);
        for (JsonNode h : similar) {
            assertFalse(group.contains(h.get("id").asText()), "no copy among similar briefings: " + h);
        }
        JsonNode top = similar.get(0);
        assertTrue(top.get("about").toString().contains("\"KP\""), "the most similar is about North Korea: " + top);
        assertEquals(
                400, s.get("/api/documents/" + originalId + "/similar?size=0").statusCode());
        assertEquals(
                400, s.get("/api/documents/" + originalId + "/similar?sise=3").statusCode());
        assertEquals(404, s.get("/api/documents/" + "f".repeat(64) + "/similar").statusCode());
    }

    @Test
    @Order(5)
    void anEntityPageCountsTheBriefingsAndTheirCoMentions() throws Exception {
        JsonNode search = s.getJson("/api/search?size=0&about=KP");
        JsonNode page = s.getJson("/api/entities/about/" + enc("North Korea").replace("+", "%20"));
        assertEquals("KP", page.get("value").asText());
        assertEquals("North Korea", page.get("label").asText());
        assertEquals(search.get("total").asLong(), page.get("count").asLong());
        long inTimeline = 0;
        for (JsonNode b : page.get("timeline")) {
            inTimeline += b.get("count").asLong();
        }
        assertEquals(page.get("count").asLong(), inTimeline, "the timeline holds every briefing");
        String previous = "9999";
        for (JsonNode b : page.get("latest")) {
            String date = b.path("published").path("date").asText(""); // undated: last
            assertTrue(date.compareTo(previous) <= 0, "newest first");
            previous = date;
        }
        for (JsonNode f : page.get("coMentioned")) {
            for (JsonNode v : f.get("values")) {
                if (f.get("dim").asText().equals("about")
                        || f.get("dim").asText().equals("country")) {
                    assertNotEquals("KP", v.get("value").asText(), "the entity is not its own co-mention");
                }
                // values within one facet are ORed, so the same dimension is checked with a query
                String and = f.get("dim").asText().equals("about")
                        ? "q=" + enc("about:" + v.get("value").asText())
                        : f.get("dim").asText() + "=" + enc(v.get("value").asText());
                JsonNode drill = s.getJson("/api/search?size=0&about=KP&" + and);
                assertEquals(drill.get("total").asLong(), v.get("count").asLong(), "count of " + v);
            }
        }
        assertEquals("/?about=KP", page.get("search").asText());
    }

    @Test
    @Order(6)
    void entityPagesRefuseWhatIsNoEntityAndAnswer404ForNoBriefings() throws Exception {
        assertEquals(400, s.get("/api/entities/year/2019").statusCode());
        assertEquals(400, s.get("/api/entities/about/Atlantis").statusCode());
        assertEquals(404, s.get("/api/entities/person/Nobody%20At%20All").statusCode());
        assertEquals(400, s.get("/api/entities/about/KP?limit=0").statusCode());
        assertEquals(400, s.get("/api/entities/about/KP?colour=red").statusCode());
    }

    @Test
    @Order(7)
    void anEntityWhoseNameHoldsASlashHasItsPage() throws Exception {
        HttpResponse<String> r = s.send(s.request("/api/documents?name=rferl.txt")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Radio Free Europe/Radio Liberty cuts staff\n\n"
                        + "The broadcaster Radio Free Europe/Radio Liberty said on Monday that its bureau in"
                        + " Prague would cut staff. Radio Free Europe/Radio Liberty was founded in 1949.\n")));
        assertEquals(201, r.statusCode(), r.body());
        String name = "Radio Free Europe/Radio Liberty";
        JsonNode doc = s.getJson("/api/documents/" + json(r).get("id").asText());
        assertTrue(
                doc.get("organisations").toString().contains(name),
                doc.get("organisations").toString());
        // as the page asks for it: encodeURIComponent writes the slash as %2F
        JsonNode page = s.getJson("/api/entities/org/" + enc(name).replace("+", "%20"));
        assertEquals(name, page.get("value").asText());
        assertEquals(1, page.get("count").asLong());
    }

    @Test
    @Order(8)
    void deletingTheFirstMemberRePointsTheGroup() throws Exception {
        JsonNode any = s.getJson("/api/documents/" + originalId + "/copies");
        String first = s
                .getJson("/api/search?size=200&q=" + enc("\"ship-to-ship\""))
                .get("hits")
                .findValues("copyGroup")
                .stream()
                .map(JsonNode::asText)
                .filter(g -> g.equals(originalId) || uploaded.contains(g))
                .findFirst()
                .orElseThrow(() -> new AssertionError(any.toString()));
        assertEquals(200, s.send(s.request("/api/documents/" + first).DELETE()).statusCode());
        JsonNode after = s.getJson("/api/search?size=200&q=" + enc("\"ship-to-ship\""));
        Set<String> groups = new HashSet<>();
        for (JsonNode h : after.get("hits")) {
            String id = h.get("id").asText();
            if (id.equals(originalId) || uploaded.contains(id)) {
                assertEquals(2, h.get("copies").asInt(), "three left, still together: " + h);
                groups.add(h.get("copyGroup").asText());
            }
        }
        assertEquals(1, groups.size(), groups.toString());
        String newFirst = groups.iterator().next();
        assertNotEquals(first, newFirst, "re-pointed to a member that exists");
        assertEquals(200, s.get("/api/documents/" + newFirst).statusCode());
        JsonNode hidden = s.getJson("/api/search?size=200&copies=hide&q=" + enc("\"ship-to-ship\""));
        assertTrue(ids(hidden.get("hits")).contains(newFirst), "the new first member is shown when hiding copies");
    }
}
