package org.issa.cyber.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feed is well-formed XML with the elements RFC 4287 requires of a feed and its entries. */
class AtomFeedTest {

    private static PublishedAdvisory published(String id, String tracking, AdvisoryContent c, Instant at) {
        return new PublishedAdvisory(id, tracking, 1, c.validated(), at, at, List.of(new PublishedAdvisory.Revision(1, at, "Initial version.")), "{}");
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> children(Element parent, String name) {
        NodeList all = parent.getElementsByTagNameNS(AtomFeed.NS, name);
        List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i).getParentNode() == parent) {
                out.add((Element) all.item(i));
            }
        }
        return out;
    }

    private static String only(Element parent, String name) {
        List<Element> e = children(parent, name);
        assertThat(e).as("exactly one atom:" + name + " in " + parent.getLocalName()).hasSize(1);
        return e.getFirst().getTextContent();
    }

    @Test
    void theFeedHasEveryRequiredElementAndStableIds() throws Exception {
        AdvisoryContent tricky = new AdvisoryContent("Fake <bank> & \"tax\" refunds", "Mails promise a refund <b>now</b> & ask for"
                + " a login.", "Never log in from a link.", "Taxpayers.", Audience.BOTH, java.util.Set.of(Sector.BANKING), Severity.MEDIUM,
                "de", List.of(), List.of(), List.of(), List.of());
        List<PublishedAdvisory> entries = List.of(
                published("6f1c2d7e-0b7a-4c55-9d8e-2a1b3c4d5e6f", "FR-EISAS-2026-0002", tricky, Instant.parse("2026-03-04T08:00:00Z")),
                published("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "FR-EISAS-2026-0001", Fixtures.phishing(), Instant.parse("2026-03-01T08:00:00Z")));
        String xml = AtomFeed.write(Fixtures.PUBLISHER, Optional.of(Audience.CITIZENS), Optional.empty(), entries,
                Instant.parse("2026-03-10T00:00:00Z"));
        Document d = parse(xml);
        Element feed = d.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.NS);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        String feedId = only(feed, "id");
        assertThat(URI.create(feedId).isAbsolute()).isTrue();
        assertThat(only(feed, "title")).contains("citizens");
        assertThat(only(feed, "updated")).isEqualTo("2026-03-04T08:00:00Z");
        OffsetDateTime.parse(only(feed, "updated"));
        assertThat(children(feed, "author")).hasSize(1);
        assertThat(children(feed, "link")).anySatisfy(l -> {
            assertThat(l.getAttribute("rel")).isEqualTo("self");
            assertThat(l.getAttribute("href")).isEqualTo("https://cert.example.eu/public/advisories/feed.atom?audience=CITIZENS");
        });
        List<Element> items = children(feed, "entry");
        assertThat(items).hasSize(2);
        Element first = items.getFirst();
        assertThat(only(first, "id")).isEqualTo("urn:uuid:6f1c2d7e-0b7a-4c55-9d8e-2a1b3c4d5e6f");
        assertThat(only(first, "title")).isEqualTo("Fake <bank> & \"tax\" refunds");
        assertThat(only(first, "summary")).contains("<b>now</b> &");
        assertThat(first.getAttributeNS(XMLConstants.XML_NS_URI, "lang")).isEqualTo("de");
        OffsetDateTime.parse(only(first, "updated"));
        assertThat(children(first, "link")).extracting(l -> l.getAttribute("rel") + " " + l.getAttribute("type") + " " + l.getAttribute("href"))
                .containsExactly("alternate text/html https://cert.example.eu/public/advisories/FR-EISAS-2026-0002",
                        "alternate application/json https://cert.example.eu/.well-known/csaf/white/2026/fr-eisas-2026-0002.json");
        assertThat(children(first, "category")).extracting(c -> c.getAttribute("term")).contains("audience:BOTH", "sector:BANKING");

        String again = AtomFeed.write(Fixtures.PUBLISHER, Optional.of(Audience.CITIZENS), Optional.empty(), entries, Instant.now());
        assertThat(only(parse(again).getDocumentElement(), "id")).as("the feed id is stable").isEqualTo(feedId);
        String other = AtomFeed.write(Fixtures.PUBLISHER, Optional.empty(), Optional.of(Sector.BANKING), entries, Instant.now());
        assertThat(only(parse(other).getDocumentElement(), "id")).as("another filter, another feed").isNotEqualTo(feedId);
    }

    @Test
    void anEmptyFeedIsStillValid() throws Exception {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        Element feed = parse(AtomFeed.write(Fixtures.PUBLISHER, Optional.empty(), Optional.empty(), List.of(), now)).getDocumentElement();
        assertThat(only(feed, "updated")).isEqualTo("2026-03-10T12:00:00Z");
        assertThat(children(feed, "entry")).isEmpty();
        assertThat(children(feed, "author")).hasSize(1);
    }
}
