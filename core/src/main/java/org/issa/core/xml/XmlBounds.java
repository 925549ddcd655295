package org.issa.core.xml;

/**
 * What one XML document may make a reader do. Each reader passes its own bounds; the checks are the same.
 *
 * @param maxDepth    the deepest element nesting (the root element is depth 1)
 * @param maxElements the most elements in the document
 * @param maxText     the longest run of text between two tags, and the longest attribute value, in characters
 */
public record XmlBounds(int maxDepth, long maxElements, int maxText) {

    /** Depth 64, ten million elements, 64 Ki characters of text. */
    public static final XmlBounds DEFAULT = new XmlBounds(64, 10_000_000L, 64 * 1024);

    public XmlBounds {
        if (maxDepth < 1 || maxElements < 1 || maxText < 1) {
            throw new IllegalArgumentException("XML bounds must be positive (depth " + maxDepth + ", elements " + maxElements
                    + ", text " + maxText + ")");
        }
    }
}
