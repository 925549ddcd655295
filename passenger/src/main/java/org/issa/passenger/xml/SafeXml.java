package org.issa.passenger.xml;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.issa.core.xml.XmlBounds;
import org.issa.core.xml.XmlRefusedException;
import org.issa.passenger.ingest.NotAnInterchangeException;
import org.issa.passenger.ingest.ReadLimits;

/**
 * Reads an XML document into a tree through core's hardened parser ({@link org.issa.core.xml.SafeXml}), refusing
 * hostile input: any DTD (so no entity expansion, internal or external), more elements or deeper nesting than the
 * limits, and over-long text or attribute values.
 */
final class SafeXml {

    private final ReadLimits limits;
    private final XmlBounds bounds;

    SafeXml(ReadLimits limits) {
        this.limits = limits;
        this.bounds = new XmlBounds(limits.maxXmlDepth(), limits.maxSegments(), limits.maxElementChars());
    }

    XmlNode read(byte[] data) throws NotAnInterchangeException {
        XMLStreamReader r = null;
        try {
            r = org.issa.core.xml.SafeXml.open(new ByteArrayInputStream(data), bounds, true);
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode root = null;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlNode n = new XmlNode(r.getLocalName(), r.getLocation().getLineNumber());
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            n.attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
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
        } catch (XmlRefusedException e) {
            throw new NotAnInterchangeException("refused: " + e.problem() + " (line " + e.line() + ")", e);
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
