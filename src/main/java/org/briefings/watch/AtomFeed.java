package org.briefings.watch;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.briefings.view.BriefingViews;

/**
 * A watch's matches as an Atom 1.0 feed (RFC 4287): one entry per matching briefing, newest first,
 * with its title, a link to it, its publication date, its summary and its about-countries as
 * categories. Written with the JDK's XML writer, so text from documents is always escaped.
 */
public final class AtomFeed {

    /** Entries in a feed: the newest matches. */
    public static final int ENTRIES = 50;

    static final String ATOM = "http://www.w3.org/2005/Atom";

    /**
     * @param base scheme, host and port the feed was asked for, for absolute links
     */
    public static String write(Watch w, Watches.Page page, String base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("utf-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(ATOM);
            element(x, "id", "urn:briefings:watch:" + w.id());
            element(x, "title", "Watch: " + w.name());
            Instant updated = page.items().isEmpty()
                    ? w.created()
                    : page.items().get(0).match().matchedAt();
            element(x, "updated", updated.toString());
            link(x, "self", base + "/api/watches/" + w.id() + "/feed.atom?key=" + w.feedKey());
            link(x, "alternate", base + "/");
            x.writeStartElement("author");
            element(x, "name", "briefings");
            x.writeEndElement();
            x.writeStartElement("generator");
            x.writeCharacters("briefings");
            x.writeEndElement();
            for (Watches.Item item : page.items()) {
                BriefingViews.Hit h = item.hit();
                x.writeStartElement("entry");
                element(x, "id", "urn:briefings:briefing:" + h.id());
                element(x, "title", h.title().isBlank() ? h.sourcePath() : h.title());
                element(x, "updated", item.match().matchedAt().toString());
                String date = h.published() == null ? null : h.published().date();
                if (date != null) { // an undated briefing has no publication date to give
                    element(x, "published", published(date));
                }
                link(x, "alternate", base + "/?doc=" + h.id());
                if (!h.summary().isBlank()) {
                    element(x, "summary", h.summary());
                }
                for (BriefingViews.CountryRef c : h.about()) {
                    x.writeEmptyElement("category");
                    x.writeAttribute("term", c.code());
                    x.writeAttribute("label", c.name());
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("feed could not be written", e);
        }
        return out.toString();
    }

    /** A publication date at any precision (2019, 2019-04, 2019-04-11) as an RFC 3339 timestamp. */
    static String published(String date) {
        String day = switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
        try {
            return LocalDate.parse(day).atStartOfDay(ZoneOffset.UTC).toInstant().toString();
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH.toString();
        }
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(text));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }

    /** Drops characters XML 1.0 cannot carry (control characters from extracted text). */
    private static String clean(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints()
                .filter(c -> c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c > 0xFFFF)
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private AtomFeed() {}
}
