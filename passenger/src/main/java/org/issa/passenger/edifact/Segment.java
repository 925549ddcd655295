package org.issa.passenger.edifact;

/**
 * One segment as read: its tag, its 1-based position in the interchange, and its elements as component arrays (a
 * simple element is an array of one). Release characters are already undone.
 */
public record Segment(String tag, int position, String[][] elements) {

    /** Component {@code c} (1-based) of element {@code e} (1-based), or "" when absent. */
    public String get(int e, int c) {
        if (e < 1 || e > elements.length) {
            return "";
        }
        String[] comps = elements[e - 1];
        return c < 1 || c > comps.length || comps[c - 1] == null ? "" : comps[c - 1];
    }

    /** Component 1 of element {@code e}. */
    public String get(int e) {
        return get(e, 1);
    }

    /** The number of elements after the tag. */
    public int size() {
        return elements.length;
    }

    /** Whether the segment carries no data at all ({@code SRC'}, {@code DAT'}). */
    public boolean isEmpty() {
        for (String[] el : elements) {
            for (String c : el) {
                if (c != null && !c.isEmpty()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The segment written back with the default separators (for quarantine reports; not re-escaped). */
    public String text() {
        StringBuilder b = new StringBuilder(tag);
        for (String[] el : elements) {
            b.append('+');
            for (int i = 0; i < el.length; i++) {
                if (i > 0) {
                    b.append(':');
                }
                b.append(el[i] == null ? "" : el[i]);
            }
        }
        return b.toString();
    }
}
