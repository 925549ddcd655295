package org.issa.passenger.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ReadLimits;

/**
 * Reads an XML document into a tree, refusing hostile input: any DTD (so no entity expansion, internal or external),
 * more elements or deeper nesting than the limits, and over-long text.
 */
final class SafeXml {

    private final XMLInputFactory factory;
    private final ReadLimits limits;

    SafeXml(ReadLimits limits) {
        this.limits = limits;
        this.factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        trySet(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }

    private void trySet(String p, Object v) {
        try {
            factory.setProperty(p, v);
        } catch (IllegalArgumentException e) {
            // not supported by this StAX implementation: DTDs are refused below anyway
        }
    }

    XmlNode read(byte[] data) throws NotAnInterchangeException {
        XMLStreamReader r = null;
        try {
            r = factory.createXMLStreamReader(new ByteArrayInputStream(data));
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            int elements = 0;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new NotAnInterchangeException(
                            "refused: the XML document declares a DTD (DOCTYPE); DTDs and entities are not accepted");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new NotAnInterchangeException(
                            "refused: the XML document references the entity &" + r.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > limits.maxSegments()) {
                            throw new NotAnInterchangeException("refused: more than " + limits.maxSegments() + " XML elements");
                        }
                        if (stack.size() >= limits.maxXmlDepth()) {
                            throw new NotAnInterchangeException("refused: XML nested deeper than " + limits.maxXmlDepth() + " levels (line "
                                    + r.getLocation().getLineNumber() + ")");
                        }
                        XmlNode n = new XmlNode(r.getLocalName(), r.getLocation().getLineNumber());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String v = r.getAttributeValue(i);
                            if (v.length() > limits.maxElementChars()) {
                                throw new NotAnInterchangeException("refused: attribute " + r.getAttributeLocalName(i) + " on line "
                                        + n.line + " has " + v.length() + " characters (limit " + limits.maxElementChars() + ")");
                            }
                            n.attributes.put(r.getAttributeLocalName(i), v);
                        }
                        if (stack.isEmpty()) {
                            if (root != null) {
                                throw new NotAnInterchangeException("not XML: more than one root element");
                            }
                            root = n;
                        } else {
                            stack.peek().children.add(n);
                        }
                        stack.push(n);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            XmlNode n = stack.peek();
                            if (n.text.length() + r.getTextLength() > limits.maxElementChars()) {
                                throw new NotAnInterchangeException("refused: text of <" + n.name + "> on line " + n.line + " is longer than "
                                        + limits.maxElementChars() + " characters");
                            }
                            n.text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    default -> { }
                }
            }
            if (root == null) {
                throw new NotAnInterchangeException("not XML: no root element");
            }
            return root;
        } catch (XMLStreamException e) {
            String m = e.getMessage() == null ? "unreadable" : e.getMessage().replaceAll("\\s+", " ");
            throw new NotAnInterchangeException("not well-formed XML: " + (m.length() > 200 ? m.substring(0, 200) + "…" : m), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a byte array cannot lose data
                }
            }
        }
    }
}
