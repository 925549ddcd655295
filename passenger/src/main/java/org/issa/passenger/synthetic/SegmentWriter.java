package org.issa.passenger.synthetic;

/** Builds EDIFACT segments with one set of separators, escaping every value, and counts them for UNT. */
final class SegmentWriter {

    private final Separators sep;
    private final StringBuilder out;
    private final boolean newlines;
    private int count;

    SegmentWriter(Separators sep, StringBuilder out, boolean newlines) {
        this.sep = sep;
        this.out = out;
        this.newlines = newlines;
    }

    /**
     * Writes a segment: each element is an array of components (a String for a simple element); trailing empty
     * components and elements are dropped, as senders do.
     */
    void segment(String tag) {
        write(tag, new Object[0]);
    }

    /** A segment of these elements: a {@link Composite} is one composite element, anything else a simple one. */
    void segment(String tag, Object first, Object... rest) {
        Object[] more = rest == null ? new Object[] {null} : rest; // a lone null argument arrives as a null array
        Object[] all = new Object[more.length + 1];
        all[0] = first;
        System.arraycopy(more, 0, all, 1, more.length);
        write(tag, all);
    }

    /** A segment whose elements are given as an array. */
    void write(String tag, Object[] elements) {
        out.append(tag);
        int last = elements.length;
        while (last > 0 && isEmpty(elements[last - 1])) {
            last--;
        }
        for (int i = 0; i < last; i++) {
            out.append(sep.element());
            Object e = elements[i];
            if (e instanceof Composite(String[] comps)) {
                int lc = comps.length;
                while (lc > 0 && (comps[lc - 1] == null || comps[lc - 1].isEmpty())) {
                    lc--;
                }
                for (int c = 0; c < lc; c++) {
                    if (c > 0) {
                        out.append(sep.component());
                    }
                    out.append(sep.escape(comps[c] == null ? "" : comps[c]));
                }
            } else if (e != null) {
                out.append(sep.escape(e.toString()));
            }
        }
        out.append(sep.segment());
        if (newlines) {
            out.append('\n');
        }
        count++;
    }

    /** Writes a segment given as text already (used for history items), without escaping. */
    void raw(String text) {
        out.append(text).append(sep.segment());
        if (newlines) {
            out.append('\n');
        }
        count++;
    }

    int count() {
        return count;
    }

    void resetCount() {
        count = 0;
    }

    Separators separators() {
        return sep;
    }

    /** A composite element: its components. */
    record Composite(String... comps) {}

    static Composite c(String... comps) {
        return new Composite(comps);
    }

    private static boolean isEmpty(Object e) {
        if (e == null) {
            return true;
        }
        if (e instanceof Composite(String[] comps)) {
            for (String s : comps) {
                if (s != null && !s.isEmpty()) {
                    return false;
                }
            }
            return true;
        }
        return e.toString().isEmpty();
    }
}
