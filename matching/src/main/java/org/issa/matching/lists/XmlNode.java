package org.issa.matching.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One element of a list entry, read into memory with its subtree: entries are small, so readers
 * stream the file entry by entry and map each entry from its node. Names are local names.
 */
record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children, int line, int column) {

    /** The first child of that name, or null. */
    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlNode> children(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The collapsed text of the first child of that name; null when absent or blank. */
    String text(String childName) {
        XmlNode c = child(childName);
        return c == null ? null : NameText.collapse(c.text);
    }

    /** The collapsed texts of the children of {@code childName}'s children (UN {@code <X><VALUE>}). */
    List<String> values(String childName) {
        List<String> out = new ArrayList<>();
        for (XmlNode c : children(childName)) {
            for (XmlNode v : c.children) {
                String t = NameText.collapse(v.text);
                if (t != null) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A collapsed attribute value; null when absent or blank. */
    String attribute(String attributeName) {
        return NameText.collapse(attributes.get(attributeName));
    }

    String position() {
        return "line " + line + ", column " + column;
    }
}
