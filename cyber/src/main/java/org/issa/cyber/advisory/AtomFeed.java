package org.issa.cyber.advisory;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The Atom 1.0 feed (RFC 4287) of published advisories, for one audience and sector or all. Feed and
 * entry ids are stable URNs (the entry's is the advisory's UUID); {@code updated} is the latest
 * release; each entry links to its web page and its CSAF document and carries its language.
 */
public final class AtomFeed {

    public static final String NS = "http://www.w3.org/2005/Atom";
    public static final String MEDIA_TYPE = "application/atom+xml";

    private AtomFeed() {
    }

    /** The feed's address for a filter, relative to the base URL. */
    public static String path(Optional<Audience> audience, Optional<Sector> sector) {
        StringBuilder b = new StringBuilder("/public/advisories/feed.atom");
        audience.ifPresent(a -> b.append("?audience=").append(a.name()));
        sector.ifPresent(s -> b.append(audience.isPresent() ? '&' : '?').append("sector=").append(s.name()));
        return b.toString();
    }

    public static String write(CsafPublisher publisher, Optional<Audience> audience, Optional<Sector> sector,
                               List<PublishedAdvisory> entries, Instant now) {
        String filter = audience.map(Audience::name).orElse("ALL") + "/" + sector.map(Sector::name).orElse("ALL");
        Instant updated = entries.stream().map(PublishedAdvisory::currentRelease).max(Instant::compareTo).orElse(now);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml:lang", "en");
            text(x, "id", "urn:uuid:" + UUID.nameUUIDFromBytes((publisher.baseUrl() + "|eisas-feed|" + filter)
                    .getBytes(StandardCharsets.UTF_8)));
            text(x, "title", publisher.name() + ": advisories"
                    + audience.map(a -> " for " + a.label().toLowerCase(java.util.Locale.ROOT)).orElse("")
                    + sector.map(s -> " (" + s.label() + ")").orElse(""));
            text(x, "subtitle", "Plain-language security advisories for citizens and small businesses (EISAS).");
            text(x, "updated", updated.toString());
            link(x, "self", MEDIA_TYPE, publisher.baseUrl() + path(audience, sector));
            link(x, "alternate", "text/html", publisher.baseUrl() + "/public/advisories");
            x.writeStartElement("author");
            text(x, "name", publisher.name());
            text(x, "uri", publisher.namespace());
            x.writeEndElement();
            x.writeStartElement("generator");
            x.writeCharacters("ISSA");
            x.writeEndElement();
            for (PublishedAdvisory a : entries) {
                AdvisoryContent c = a.content();
                x.writeStartElement("entry");
                x.writeAttribute("xml:lang", c.lang());
                text(x, "id", "urn:uuid:" + a.id());
                text(x, "title", c.title());
                text(x, "updated", a.currentRelease().toString());
                text(x, "published", a.initialRelease().toString());
                link(x, "alternate", "text/html", publisher.pageUrl(a.trackingId()));
                link(x, "alternate", "application/json", publisher.directoryUrl() + CsafDirectory.path(a));
                category(x, "audience:" + c.audience().name(), c.audience().label());
                for (Sector s : c.sectors()) {
                    category(x, "sector:" + s.name(), s.label());
                }
                category(x, "severity:" + c.severity().name(), c.severity().label());
                x.writeStartElement("summary");
                x.writeAttribute("type", "text");
                x.writeCharacters(c.summary());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the Atom feed", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String type, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    private static void category(XMLStreamWriter x, String term, String label) throws XMLStreamException {
        x.writeEmptyElement("category");
        x.writeAttribute("term", term);
        x.writeAttribute("label", label);
    }
}
