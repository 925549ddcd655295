package org.issa.finance.payment.message;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.issa.core.xml.SafeXml;
import org.issa.core.xml.XmlBounds;
import org.issa.core.xml.XmlRefusedException;
import org.issa.finance.payment.PaymentFileException;

/**
 * Reads an XML payment message with core's hardened StAX parser ({@link SafeXml}): a DOCTYPE is
 * refused (so no DTD, no entity declarations, no external entities, no entity expansion), entity
 * references are refused, elements are bounded in depth and texts in length ({@link MessageLimits}
 * passed as {@link XmlBounds}); here the input is also bounded in bytes while it is read and
 * captured records in elements and characters. Text arrives in the parser's chunks (not coalesced),
 * so an over-long text is stopped before it is held whole. The document streams past: only the elements the {@link Visitor}
 * asks to capture are held in memory, one at a time, so a file of 100,000 transactions is read in
 * the memory of one.
 */
public final class MessageXml {

    private final String source;
    private final MessageLimits limits;

    public MessageXml(String source, MessageLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    /** What a reader does with the elements as they stream past. */
    public interface Visitor {

        /**
         * An element starts (its attributes and namespace known, its content not yet read).
         *
         * @return true to capture the element with its whole subtree and get it in {@link #captured}
         */
        boolean start(ElementPath path, String namespace);

        /** A captured element, complete; {@code path} ends with it. */
        void captured(ElementPath path, MessageElement element);

        /** An element that was not captured ends; {@code path} still ends with it. */
        default void end(ElementPath path) {
        }
    }

    /** Reads the whole document, calling the visitor. */
    public void read(InputStream raw, Visitor visitor) throws IOException {
        BoundedInput in = new BoundedInput(raw, limits.maxBytes(), source);
        ElementPath path = new ElementPath();
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.open(in, new XmlBounds(limits.maxDepth(), Long.MAX_VALUE, limits.maxText()), false);
            boolean root = false;
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        root = true;
                        push(path, xml);
                        if (visitor.start(path, nullToEmpty(xml.getNamespaceURI()))) {
                            MessageElement element = capture(xml, path);
                            visitor.captured(path, element);
                            path.pop();
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        visitor.end(path);
                        path.pop();
                    }
                    default -> {
                        // text outside records (bounded by the guard), comments, processing instructions
                    }
                }
            }
            if (!root) {
                throw refused("the file holds no XML element");
            }
        } catch (XmlRefusedException e) {
            throw new PaymentFileException(source, path.toString(), e.problem());
        } catch (XMLStreamException e) {
            PaymentFileException cause = causeOf(e);
            if (cause != null) {
                throw cause;
            }
            throw new PaymentFileException(source, where(e, path), "not well-formed XML: " + message(e));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a failed parse; the first problem has been reported
                }
            }
        }
    }

    private MessageElement capture(XMLStreamReader xml, ElementPath path) throws XMLStreamException {
        int startDepth = path.depth();
        MessageElement top = element(xml);
        MessageElement[] stack = new MessageElement[limits.maxDepth() + 1];
        stack[startDepth] = top;
        int nodes = 1;
        long chars = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    push(path, xml);
                    if (++nodes > limits.maxRecordNodes()) {
                        throw new PaymentFileException(source, path.toString(), "one record holds more than " + limits.maxRecordNodes() + " elements");
                    }
                    MessageElement child = element(xml);
                    stack[path.depth() - 1].add(child);
                    stack[path.depth()] = child;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (path.depth() == startDepth) {
                        return top;
                    }
                    path.pop();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    StringBuilder text = stack[path.depth()].textBuffer();
                    int length = xml.getTextLength();
                    if (text.length() + length > limits.maxText()) {
                        throw new PaymentFileException(source, path.toString(), "text longer than " + limits.maxText() + " characters");
                    }
                    chars += length;
                    if (chars > (long) limits.maxText() * 16) {
                        throw new PaymentFileException(source, path.toString(), "one record holds more than " + (long) limits.maxText() * 16 + " characters of text");
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), length);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new PaymentFileException(source, path.toString(), "the file ends inside this element");
                default -> {
                    // comments and processing instructions inside a record are ignored
                }
            }
        }
    }

    /** The guard has already refused nesting deeper than {@link MessageLimits#maxDepth()}. */
    private static void push(ElementPath path, XMLStreamReader xml) {
        path.push(xml.getLocalName());
    }

    private static MessageElement element(XMLStreamReader xml) {
        MessageElement e = new MessageElement(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            e.attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return e;
    }

    private PaymentFileException refused(String problem) {
        return new PaymentFileException(source, "", problem);
    }

    private static PaymentFileException causeOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PaymentFileException p) {
                return p;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof PaymentFileException p) {
                return p;
            }
        }
        return null;
    }

    private static String where(XMLStreamException e, ElementPath path) {
        String at = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        String p = path.toString();
        return p.isEmpty() ? at : at.isEmpty() ? p : at + " (" + p + ")";
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int marker = m.indexOf("Message: ");
        return (marker >= 0 ? m.substring(marker + 9) : m).strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
