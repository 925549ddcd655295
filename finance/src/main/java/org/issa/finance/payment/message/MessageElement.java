package org.issa.finance.payment.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a captured record (a transaction, an entry, a header) with its attributes, text
 * and children, addressed by local names (namespaces are checked once, on the document element).
 * Lookups never return null: a missing element reads as empty text or an empty optional.
 */
public final class MessageElement {

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<MessageElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    MessageElement(String name) {
        this.name = name;
    }

    /** A detached element, for building records in tests and readers. */
    public static MessageElement of(String name, String text) {
        MessageElement e = new MessageElement(name);
        e.text.append(text);
        return e;
    }

    public String name() {
        return name;
    }

    void attribute(String key, String value) {
        attributes.put(key, value);
    }

    void add(MessageElement child) {
        children.add(child);
    }

    StringBuilder textBuffer() {
        return text;
    }

    /** The attribute's value, stripped, or empty. */
    public String attribute(String key) {
        String v = attributes.get(key);
        return v == null ? "" : v.strip();
    }

    /** This element's own text, stripped. */
    public String text() {
        return text.toString().strip();
    }

    /** The children with this local name, in document order. */
    public List<MessageElement> children(String local) {
        List<MessageElement> out = new ArrayList<>();
        for (MessageElement c : children) {
            if (c.name.equals(local)) {
                out.add(c);
            }
        }
        return out;
    }

    /** All children, in document order. */
    public List<MessageElement> children() {
        return List.copyOf(children);
    }

    /** The first element along the path of local names, below this one. */
    public Optional<MessageElement> find(String... path) {
        MessageElement at = this;
        for (String step : path) {
            MessageElement next = null;
            for (MessageElement c : at.children) {
                if (c.name.equals(step)) {
                    next = c;
                    break;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            at = next;
        }
        return Optional.of(at);
    }

    /** Whether the path leads to an element. */
    public boolean has(String... path) {
        return find(path).isPresent();
    }

    /** The stripped text at the path, or empty. */
    public String text(String... path) {
        return find(path).map(MessageElement::text).orElse("");
    }

    /** The texts of every element matching the last step of the path (the steps before it taken first-match). */
    public List<String> texts(String... path) {
        if (path.length == 0) {
            return List.of(text());
        }
        String[] head = java.util.Arrays.copyOf(path, path.length - 1);
        List<String> out = new ArrayList<>();
        find(head).ifPresent(parent -> {
            for (MessageElement c : parent.children(path[path.length - 1])) {
                String t = c.text();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        });
        return out;
    }

    /** The first non-empty text among several paths, each a slash-separated list of local names. */
    public String firstText(String... slashPaths) {
        for (String p : slashPaths) {
            String t = text(p.split("/"));
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }
}
