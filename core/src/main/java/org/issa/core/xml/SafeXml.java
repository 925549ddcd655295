package org.issa.core.xml;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.issa.core.xml.XmlRefusedException.Reason;

/**
 * The one place where ISSA builds StAX parsers for XML from outside (sanctions lists, PNRGOV, payment messages,
 * account reports). The factory is the JDK's own, not whatever is on the class path; it supports no DTD, resolves no
 * external entity, DTD or schema (a resolver that is asked anyway refuses), and leaves entity references unreplaced,
 * so a DOCTYPE, an external entity or a "billion laughs" document is never expanded. The reader it opens refuses
 * such a document outright ({@link Reason#DOCTYPE}, {@link Reason#ENTITY_REFERENCE}) and keeps the reader's
 * {@link XmlBounds}: nesting depth, element count, text run and attribute length.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /**
     * A new hardened factory (factories are cheap; a new one per read keeps them unshared across threads).
     *
     * @param coalescing true to get each text run in one piece (convenient for tree readers); false to get it in the
     *                   parser's chunks (streaming readers that bound memory while a long text is still arriving)
     */
    public static XMLInputFactory inputFactory(boolean coalescing) {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, coalescing);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused: XML is read without external resources");
        });
        return f;
    }

    /** A hardened, bounded reader over bytes (the encoding from the XML declaration, UTF-8 by default). */
    public static XMLStreamReader open(InputStream in, XmlBounds bounds, boolean coalescing) throws XMLStreamException {
        return guard(inputFactory(coalescing).createXMLStreamReader(in), bounds);
    }

    /** A hardened, bounded reader over characters already decoded. */
    public static XMLStreamReader open(Reader in, XmlBounds bounds, boolean coalescing) throws XMLStreamException {
        return guard(inputFactory(coalescing).createXMLStreamReader(in), bounds);
    }

    /**
     * Wraps a reader from {@link #inputFactory} so that {@code next()}, {@code nextTag()} and
     * {@code getElementText()} throw {@link XmlRefusedException} on a DOCTYPE, an entity reference or a broken bound.
     */
    public static XMLStreamReader guard(XMLStreamReader reader, XmlBounds bounds) {
        return new Guarded(reader, bounds);
    }

    private static final class Guarded extends StreamReaderDelegate {

        private final XmlBounds bounds;
        private int depth;
        private long elements;
        private long text;

        Guarded(XMLStreamReader reader, XmlBounds bounds) {
            super(reader);
            this.bounds = bounds;
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw refused(Reason.DOCTYPE,
                        "a DOCTYPE is not allowed: XML is read without DTDs, entity declarations or external entities");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw refused(Reason.ENTITY_REFERENCE,
                        "entity reference &" + getLocalName() + "; is not allowed");
                case XMLStreamConstants.START_ELEMENT -> {
                    text = 0;
                    if (++depth > bounds.maxDepth()) {
                        throw refused(Reason.TOO_DEEP, "elements nested deeper than " + bounds.maxDepth() + " levels");
                    }
                    if (++elements > bounds.maxElements()) {
                        throw refused(Reason.TOO_MANY_ELEMENTS, "more than " + bounds.maxElements() + " XML elements");
                    }
                    for (int i = 0; i < getAttributeCount(); i++) {
                        int length = getAttributeValue(i).length();
                        if (length > bounds.maxText()) {
                            throw refused(Reason.TEXT_TOO_LONG, "attribute " + getAttributeLocalName(i) + " of <" + getLocalName()
                                    + "> is longer than " + bounds.maxText() + " characters (" + length + ")");
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    text = 0;
                    depth--;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text += getTextLength();
                    if (text > bounds.maxText()) {
                        throw refused(Reason.TEXT_TOO_LONG, "text longer than " + bounds.maxText() + " characters");
                    }
                }
                default -> {
                    // comments, processing instructions, document start and end
                }
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.COMMENT || event == XMLStreamConstants.PROCESSING_INSTRUCTION || isWhiteSpace()) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("getElementText() is only valid on a start tag", getLocation());
            }
            StringBuilder content = new StringBuilder();
            int event = next();
            while (event != XMLStreamConstants.END_ELEMENT) {
                switch (event) {
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> content.append(getText());
                    case XMLStreamConstants.COMMENT, XMLStreamConstants.PROCESSING_INSTRUCTION -> { }
                    case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("the document ends inside an element", getLocation());
                    default -> throw new XMLStreamException("an element inside text-only content", getLocation());
                }
                event = next();
            }
            return content.toString();
        }

        private XmlRefusedException refused(Reason reason, String problem) {
            return new XmlRefusedException(reason, problem, getLocation());
        }
    }
}
