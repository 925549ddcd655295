package org.issa.matching.lists;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.issa.core.xml.SafeXml;
import org.issa.core.xml.XmlBounds;
import org.issa.core.xml.XmlRefusedException;

/**
 * Streams the elements of a list file through core's hardened {@link SafeXml} parser, which refuses
 * DOCTYPEs, entity references and elements nested deeper than {@link #MAX_DEPTH}; turns every
 * refusal and parser error into a {@link ListFormatException} with line and column, and says when
 * the bytes do not fit the document's encoding.
 */
final class XmlCursor implements AutoCloseable {

    private static final int MAX_DEPTH = 64;
    /** Lists are bounded in entries by {@link ListLimits}; here only nesting and the length of one text. */
    private static final XmlBounds BOUNDS = new XmlBounds(MAX_DEPTH, Long.MAX_VALUE, 1 << 20);
    private static final int HEAD = 256;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final XMLStreamReader reader;
    private final boolean looksUtf16;

    private XmlCursor(XMLStreamReader reader, boolean looksUtf16) {
        this.reader = reader;
        this.looksUtf16 = looksUtf16;
    }

    /**
     * Opens a list file. UTF-8 (declared or by default) is decoded strictly here, so that invalid
     * bytes are reported with their line; other declared encodings are left to the parser.
     */
    static XmlCursor open(InputStream in) {
        BufferedInputStream buffered = new BufferedInputStream(in);
        byte[] head = peek(buffered);
        boolean utf16 = looksUtf16(head);
        try {
            XMLStreamReader reader = utf16 || declaresOtherEncoding(head)
                    ? SafeXml.open(buffered, BOUNDS, true)
                    : SafeXml.open(Utf8Text.reader(buffered), BOUNDS, true);
            return new XmlCursor(reader, utf16);
        } catch (XMLStreamException e) {
            throw translate(e, null, utf16);
        }
    }

    /**
     * Advances to the next start or end tag; false at the end of the document.
     *
     * @throws ListFormatException on a DOCTYPE, an entity reference, too deep nesting or malformed XML
     */
    boolean next() {
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw translate(e, reader, looksUtf16);
        }
    }

    boolean isStart() {
        return reader.getEventType() == XMLStreamConstants.START_ELEMENT;
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        return reader.getNamespaceURI();
    }

    String attribute(String name) {
        return NameText.collapse(reader.getAttributeValue(null, name));
    }

    /** Reads the current start element and its subtree; the cursor stops on its end tag. */
    XmlNode readNode() {
        Location at = reader.getLocation();
        String name = reader.getLocalName();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        List<XmlNode> children = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> children.add(readNode());
                    case XMLStreamConstants.END_ELEMENT -> {
                        return new XmlNode(name, attributes, text.toString(), children,
                                at.getLineNumber(), at.getColumnNumber());
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            text.append(reader.getText());
                    default -> {
                        // comments and processing instructions; DOCTYPEs and entities were refused by the guard
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw translate(e, reader, looksUtf16);
        }
        throw error("document ends inside <" + name + ">");
    }

    /** An error at the cursor's position. */
    ListFormatException error(String problem) {
        return new ListFormatException(problem + " at " + position(reader.getLocation()));
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the parser's buffers; the caller owns the stream
        }
    }

    private static String position(Location l) {
        return l == null ? "an unknown position" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    private static ListFormatException translate(XMLStreamException e, XMLStreamReader reader, boolean utf16) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ListFormatException lfe) {
                return lfe;
            }
        }
        if (e instanceof XmlRefusedException refused) {
            String problem = refused.reason() == XmlRefusedException.Reason.DOCTYPE
                    ? "document type declarations (DOCTYPE) are not allowed"
                    : refused.problem();
            return new ListFormatException(problem + " in list files at " + position(refused.getLocation()), e);
        }
        Location at = e.getLocation() != null ? e.getLocation() : reader == null ? null : reader.getLocation();
        StringBuilder m = new StringBuilder("malformed XML at ").append(position(at)).append(": ")
                .append(parserMessage(e));
        if (isEncodingError(e)) {
            String encoding = reader == null || reader.getEncoding() == null ? "its declared encoding" : reader.getEncoding();
            m.append(" (the bytes are not valid ").append(encoding)
                    .append("; list files must be saved in the encoding their XML declaration names, normally UTF-8)");
        } else if (utf16) {
            m.append(" (the file looks UTF-16 encoded; list files are published in UTF-8)");
        }
        return new ListFormatException(m.toString(), e);
    }

    private static String parserMessage(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + 9) : m).strip();
    }

    private static boolean isEncodingError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharConversionException) {
                return true;
            }
        }
        return false;
    }

    private static byte[] peek(BufferedInputStream in) {
        try {
            in.mark(HEAD);
            byte[] head = in.readNBytes(HEAD);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new ListFormatException("cannot read the list file: " + e.getMessage(), e);
        }
    }

    /** A UTF-16 byte-order mark, or a NUL byte in one of the first two positions. */
    private static boolean looksUtf16(byte[] head) {
        if (head.length < 2) {
            return false;
        }
        int a = head[0] & 0xFF;
        int b = head[1] & 0xFF;
        return (a == 0xFE && b == 0xFF) || (a == 0xFF && b == 0xFE) || (a == 0) != (b == 0);
    }

    /** Whether the XML declaration names an encoding other than UTF-8. */
    private static boolean declaresOtherEncoding(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("?>");
        boolean declaration = text.startsWith("<?xml") || text.startsWith("\u00EF\u00BB\u00BF<?xml");
        if (!declaration || end < 0) {
            return false;
        }
        Matcher m = ENCODING.matcher(text.substring(0, end));
        return m.find() && !m.group(1).equalsIgnoreCase("UTF-8") && !m.group(1).equalsIgnoreCase("UTF8");
    }
}
