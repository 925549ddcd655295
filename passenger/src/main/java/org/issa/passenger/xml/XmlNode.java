package org.issa.passenger.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One element of a read XML document: local name, attributes, children, text, and the line it started on. */
final class XmlNode {
    final String name;
    final int line;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String name, int line) {
        this.name = name;
        this.line = line;
    }

    String attr(String n) {
        String v = attributes.get(n);
        return v == null ? "" : v.trim();
    }

    String text() {
        return text.toString().trim();
    }

    Optional<XmlNode> child(String n) {
        for (XmlNode c : children) {
            if (c.name.equals(n)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    List<XmlNode> all(String n) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(n)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The text of a child element, or "". */
    String childText(String n) {
        return child(n).map(XmlNode::text).orElse("");
    }

    /** An attribute of a child element, or "". */
    String childAttr(String n, String a) {
        return child(n).map(c -> c.attr(a)).orElse("");
    }

    /** A one-line rendering for quarantine reports and history text. */
    String describe() {
        StringBuilder b = new StringBuilder(name);
        attributes.forEach((k, v) -> b.append(' ').append(k).append("=\"").append(v).append('"'));
        if (!text().isEmpty()) {
            b.append(' ').append(text());
        }
        for (XmlNode c : children) {
            b.append(" [").append(c.describe()).append(']');
        }
        return b.toString();
    }
}
