package org.briefings.http;

import static org.briefings.testing.TestServer.json;
import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.briefings.Json;
import org.briefings.testing.Receiver;
import org.briefings.testing.TestServer;
import org.briefings.watch.Webhooks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Watches over HTTP against the real server on a real port, over a copy of the sample corpus. */
class WatchApiTest {

    @TempDir
    static Path dir;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, ServerConfig.defaults(), true);
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return s.send(s.request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static JsonNode create(String body) throws Exception {
        HttpResponse<String> r = post("/api/watches", body);
        assertEquals(201, r.statusCode(), r.body());
        return json(r);
    }

    static String upload(String name, String text) throws Exception {
        HttpResponse<String> r = s.send(s.request("/api/documents?name=" + name)
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
        assertTrue(r.statusCode() == 201 || r.statusCode() == 200, r.body());
        return json(r).get("id").asText();
    }

    static List<String> matchIds(String watchId) throws Exception {
        List<String> ids = new ArrayList<>();
        s.getJson("/api/watches/" + watchId + "/matches?size=200")
                .get("matches")
                .forEach(m -> ids.add(m.get("hit").get("id").asText()));
        return ids;
    }

    @Test
    void aWatchMatchesANewBriefingAtOnceAndOnlyItAndItsFeedIsValidAtom() throws Exception {
        JsonNode w = create("{\"name\": \"Heliotrope\", \"q\": \"heliotrope\"}");
        String id = w.get("id").asText();
        assertEquals(0, w.get("matches").asInt(), "nothing in the sample corpus says heliotrope");
        assertTrue(w.get("feed").asText().startsWith("/api/watches/" + id + "/feed.atom?key="));

        String yes = upload(
                "heliotrope-yes.txt",
                "Heliotrope shipments to Pyongyang\n\nA heliotrope cargo reached North Korea despite sanctions.\n");
        upload("heliotrope-no.txt", "Grain harvest in Kenya\n\nThe maize harvest in Kenya was good this year.\n");
        assertEquals(List.of(yes), matchIds(id), "the matching upload, as soon as its answer arrived");
        JsonNode listed = s.getJson("/api/watches").get("watches");
        JsonNode mine = null;
        for (JsonNode x : listed) {
            if (x.get("id").asText().equals(id)) {
                mine = x;
            }
        }
        assertNotNull(mine);
        assertEquals(1, mine.get("unread").asInt());
        JsonNode page = s.getJson("/api/watches/" + id + "/matches");
        JsonNode first = page.get("matches").get(0);
        assertTrue(first.get("unread").asBoolean());
        assertFalse(first.get("earlier").asBoolean());
        for (String field : List.of("id", "title", "published", "about", "mentioned", "snippet", "format")) {
            assertTrue(first.get("hit").has(field), "a match has the hit shape of search: " + field);
        }

        HttpResponse<String> feed = s.get(w.get("feed").asText());
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed parsed = new SyndFeedInput().build(new StringReader(feed.body()));
        assertEquals("atom_1.0", parsed.getFeedType());
        assertEquals(1, parsed.getEntries().size());
        SyndEntry entry = parsed.getEntries().get(0);
        assertEquals("Heliotrope shipments to Pyongyang", entry.getTitle());
        assertTrue(entry.getLink().endsWith("/?doc=" + yes), entry.getLink());
        assertTrue(
                entry.getCategories().stream().anyMatch(c -> c.getName().equals("KP")),
                "about-countries are categories");
        checkAtomElements(feed.body());

        JsonNode read = json(post("/api/watches/" + id + "/read", ""));
        assertEquals(0, read.get("unread").asInt());
        assertFalse(s.getJson("/api/watches/" + id + "/matches")
                .get("matches")
                .get(0)
                .get("unread")
                .asBoolean());
    }

    /** The Atom namespace and the elements RFC 4287 requires of a feed and of each entry. */
    static void checkAtomElements(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element feed = f.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals(atom, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        for (String required : List.of("id", "title", "updated")) {
            assertTrue(child(feed, atom, required) != null, "feed has " + required);
        }
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertTrue(child(e, atom, required) != null, "entry has " + required);
            }
        }
    }

    private static Element child(Element parent, String ns, String name) {
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    @Test
    void aNewWatchShowsWhatAlreadyMatchesAsEarlierAndExactlyWhatTheSearchFinds() throws Exception {
        JsonNode w = create("{\"name\": \"KP sanctions\", \"q\": \"sanctions\", \"country\": [\"KP\"]}");
        JsonNode search = s.getJson("/api/search?q=sanctions&country=KP&size=200");
        assertTrue(search.get("total").asInt() >= 5);
        assertEquals(search.get("total").asInt(), w.get("matches").asInt());
        assertEquals(0, w.get("unread").asInt(), "earlier matches are not unread");
        JsonNode page = s.getJson("/api/watches/" + w.get("id").asText() + "/matches?size=200");
        List<String> searched = new ArrayList<>();
        search.get("hits").forEach(h -> searched.add(h.get("id").asText()));
        List<String> matched = new ArrayList<>();
        page.get("matches").forEach(m -> {
            assertTrue(m.get("earlier").asBoolean());
            matched.add(m.get("hit").get("id").asText());
        });
        assertEquals(new java.util.TreeSet<>(searched), new java.util.TreeSet<>(matched));
    }

    @Test
    void badDefinitionsAreClearBadRequests() throws Exception {
        for (String bad : List.of(
                "{\"name\": \"x\", \"q\": \"title:(unclosed\"}",
                "{\"name\": \"x\", \"q\": \"colour:red\"}",
                "{\"name\": \"x\", \"country\": [\"Atlantis\"]}",
                "{\"name\": \"x\", \"from\": \"yesterday\"}",
                "{\"name\": \"\", \"q\": \"iran\"}",
                "{\"name\": \"x\", \"contry\": \"KP\"}",
                "{\"name\": \"x\", \"webhook\": \"ftp://example.org/\"}",
                "[1, 2]",
                "not json")) {
            HttpResponse<String> r = post("/api/watches", bad);
            assertEquals(400, r.statusCode(), bad + " -> " + r.body());
            assertTrue(json(r).get("message").asText().length() > 5, r.body());
        }
        assertEquals(404, s.get("/api/watches/nosuchwatch").statusCode());
        assertEquals(404, s.get("/api/watches/nosuchwatch/feed.atom?key=x").statusCode());
    }

    @Test
    void theFeedNeedsItsKeyAndTheKeyCanBeRotated() throws Exception {
        JsonNode w = create("{\"name\": \"Iran\", \"q\": \"iran\"}");
        String id = w.get("id").asText();
        String oldFeed = w.get("feed").asText();
        assertEquals(200, s.get(oldFeed).statusCode());
        assertEquals(404, s.get("/api/watches/" + id + "/feed.atom?key=wrong").statusCode());
        assertEquals(404, s.get("/api/watches/" + id + "/feed.atom").statusCode());
        JsonNode rotated = json(post("/api/watches/" + id + "/feed-key", ""));
        assertNotEquals(oldFeed, rotated.get("feed").asText());
        assertEquals(404, s.get(oldFeed).statusCode(), "the old key no longer works");
        assertEquals(200, s.get(rotated.get("feed").asText()).statusCode());
        HttpResponse<String> del = s.send(s.request("/api/watches/" + id).DELETE());
        assertEquals(200, del.statusCode());
        assertEquals(404, s.get("/api/watches/" + id).statusCode());
    }

    @Test
    void serverSentEventsAnnounceEachNewMatch() throws Exception {
        JsonNode w = create("{\"name\": \"Marmalade\", \"q\": \"marmalade\"}");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> stream = s.http.send(
                s.request("/api/events").timeout(Duration.ofMinutes(2)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, stream.statusCode());
        assertTrue(stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception e) {
                // closed at the end of the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        awaitLine(lines, "event:hello");
        String id = upload("marmalade.txt", "Marmalade exports\n\nSeville marmalade exports to Britain rose.\n");
        awaitLine(lines, "event:match");
        String data = awaitLine(lines, "data:").substring(5);
        JsonNode event = Json.MAPPER.readTree(data);
        assertEquals(w.get("id").asText(), event.get("watch").asText());
        assertEquals(id, event.get("briefing").get("id").asText());
        assertEquals(1, event.get("unread").asInt());
        stream.body().close();
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.replace(": ", ":").startsWith(prefix)) {
                return line.replace(": ", ":");
            }
        }
        throw new AssertionError("no line starting with " + prefix + " within 30 s");
    }

    @Test
    void webhooksAreSignedAndAHangingOrRefusingTargetCostsIngestNothing() throws Exception {
        try (Receiver ok = Receiver.answering();
                Receiver hangs = Receiver.hanging()) {
            JsonNode good = create("{\"name\": \"Quince\", \"q\": \"quince\", \"webhook\": \"" + ok.url() + "\"}");
            String secret = good.get("webhookSecret").asText();
            assertFalse(s.getJson("/api/watches/" + good.get("id").asText()).has("webhookSecret"));
            create("{\"name\": \"Quince hang\", \"q\": \"quince\", \"webhook\": \"" + hangs.url() + "\"}");
            create("{\"name\": \"Quince refuse\", \"q\": \"quince\", \"webhook\": \"" + Receiver.refusing() + "\"}");
            long started = System.nanoTime();
            String id = upload("quince.txt", "Quince harvest\n\nThe quince harvest in Iran was large.\n");
            long answeredMs = (System.nanoTime() - started) / 1_000_000;
            assertTrue(answeredMs < 4_000, "the upload did not wait for the webhooks: " + answeredMs + " ms");

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ok.received.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, ok.received.size());
            Receiver.Received r = ok.received.get(0);
            assertEquals(
                    Webhooks.signature(secret, r.body()),
                    r.headers().get("X-briefings-signature").get(0));
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertEquals(id, body.get("briefing").get("id").asText());

            JsonNode hooks = null;
            while (System.nanoTime() < deadline) {
                hooks = s.getJson("/api/stats").get("watches").get("webhooks");
                if (hooks.get("failedAttempts").asInt() >= 2) {
                    break;
                }
                Thread.sleep(100);
            }
            assertTrue(
                    hooks.get("failedAttempts").asInt() >= 2, "the refusing and the hanging target failed: " + hooks);
            String metrics = s.get("/metrics").body();
            assertTrue(metrics.contains("briefings_webhook_deliveries_total{result=\"failed_attempt\"}"), metrics);
            assertFalse(hangs.received.isEmpty(), "the hanging receiver was called");
        }
    }
}
