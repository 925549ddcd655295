package org.issa.core.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.issa.core.xml.XmlRefusedException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeXmlTest {

    private static final XmlBounds SMALL = new XmlBounds(4, 10, 20);

    /** Reads the whole document; returns the texts met, in order. */
    private static List<String> read(String xml, XmlBounds bounds, boolean coalescing) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), bounds, coalescing);
        List<String> out = new ArrayList<>();
        try {
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    out.add(r.getText());
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        out.add(r.getAttributeLocalName(i) + "=" + r.getAttributeValue(i));
                    }
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    private static XmlRefusedException refused(String xml, XmlBounds bounds) {
        return assertThrows(XmlRefusedException.class, () -> read(xml, bounds, true));
    }

    @Test
    void readsAnOrdinaryDocument() throws XMLStreamException {
        assertEquals(List.of("id=1", "a", "b&c"), read("<?xml version='1.0'?><r><!-- c --><x id='1'>a</x><y><![CDATA[b&c]]></y></r>", SMALL, true));
    }

    @Test
    void theFactoryIsTheJdksAndHardened() {
        XMLInputFactory f = SafeXml.inputFactory(false);
        assertEquals(Boolean.FALSE, f.getProperty(XMLInputFactory.SUPPORT_DTD));
        assertEquals(Boolean.FALSE, f.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES));
        assertEquals(Boolean.FALSE, f.getProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES));
        assertEquals(Boolean.FALSE, f.getProperty(XMLInputFactory.IS_COALESCING));
        assertEquals(Boolean.TRUE, SafeXml.inputFactory(true).getProperty(XMLInputFactory.IS_COALESCING));
        assertTrue(f.getClass().getName().startsWith("com.sun.xml.internal.stream"), f.getClass().getName());
    }

    @Test
    void aDoctypeIsRefusedWithItsReasonAndLine() {
        XmlRefusedException e = refused("<?xml version=\"1.0\"?>\n<!DOCTYPE r>\n<r/>", XmlBounds.DEFAULT);
        assertEquals(Reason.DOCTYPE, e.reason());
        assertEquals(2, e.line());
        assertTrue(e.problem().startsWith("a DOCTYPE is not allowed"), e.problem());
        assertTrue(e.getMessage().contains("(line 2, column"), e.getMessage());
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]><r>&xxe;</r>";
        XmlRefusedException e = refused(xxe, XmlBounds.DEFAULT);
        assertEquals(Reason.DOCTYPE, e.reason());
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void anExternalDtdIsNotFetched() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(200);
            String xml = "<?xml version=\"1.0\"?><!DOCTYPE r SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd\"><r/>";
            assertEquals(Reason.DOCTYPE, refused(xml, XmlBounds.DEFAULT).reason());
            AtomicBoolean contacted = new AtomicBoolean(true);
            try {
                server.accept().close();
            } catch (java.net.SocketTimeoutException expected) {
                contacted.set(false);
            }
            assertFalse(contacted.get(), "the parser opened a connection for the external DTD");
        }
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        assertEquals(Reason.DOCTYPE, refused("<?xml version=\"1.0\"?>" + dtd + "<r>&lol9;</r>", XmlBounds.DEFAULT).reason());
    }

    @Test
    void anUndeclaredEntityIsAParseErrorNotAnExpansion() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> read("<r>&boom;</r>", XmlBounds.DEFAULT, true));
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
    }

    @Test
    void depthElementsTextAndAttributesAreBounded() throws XMLStreamException {
        read("<a><a><a><a/></a></a></a>", SMALL, true);
        XmlRefusedException deep = refused("<a><a><a><a><a/></a></a></a></a>", SMALL);
        assertEquals(Reason.TOO_DEEP, deep.reason());
        assertEquals("elements nested deeper than 4 levels", deep.problem());

        read("<r>" + "<x/>".repeat(9) + "</r>", SMALL, true);
        XmlRefusedException many = refused("<r>" + "<x/>".repeat(10) + "</r>", SMALL);
        assertEquals(Reason.TOO_MANY_ELEMENTS, many.reason());
        assertEquals("more than 10 XML elements", many.problem());

        read("<r>" + "x".repeat(20) + "</r>", SMALL, true);
        XmlRefusedException text = refused("<r>" + "x".repeat(21) + "</r>", SMALL);
        assertEquals(Reason.TEXT_TOO_LONG, text.reason());
        assertEquals("text longer than 20 characters", text.problem());
        assertEquals(Reason.TEXT_TOO_LONG, refused("<r>" + "x".repeat(15) + "<![CDATA[" + "y".repeat(15) + "]]></r>", SMALL).reason(),
                "text and CDATA in one run count together");

        XmlRefusedException attribute = refused("<r id='" + "x".repeat(21) + "'/>", SMALL);
        assertEquals(Reason.TEXT_TOO_LONG, attribute.reason());
        assertTrue(attribute.problem().startsWith("attribute id of <r> is longer than 20 characters"), attribute.problem());
    }

    @Test
    void aLongTextIsStoppedInChunksWhenNotCoalescing() {
        String xml = "<r>" + "x".repeat(100_000) + "</r>";
        XmlRefusedException e = assertThrows(XmlRefusedException.class, () -> read(xml, new XmlBounds(4, 10, 1000), false));
        assertEquals(Reason.TEXT_TOO_LONG, e.reason());
    }

    @Test
    void nextTagAndElementTextAreGuardedToo() throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(new java.io.StringReader("<r>\n <x>" + "y".repeat(21) + "</x></r>"), SMALL, true);
        assertEquals(XMLStreamConstants.START_ELEMENT, r.nextTag());
        assertEquals(XMLStreamConstants.START_ELEMENT, r.nextTag());
        assertEquals(Reason.TEXT_TOO_LONG, assertThrows(XmlRefusedException.class, r::getElementText).reason());

        XMLStreamReader ok = SafeXml.open(new java.io.StringReader("<r><x>a<!-- c -->b</x></r>"), SMALL, true);
        ok.nextTag();
        ok.nextTag();
        assertEquals("ab", ok.getElementText());
    }

    @Test
    void boundsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new XmlBounds(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new XmlBounds(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new XmlBounds(1, 1, 0));
    }
}
