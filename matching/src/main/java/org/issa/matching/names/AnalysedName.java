package org.issa.matching.names;

import java.util.List;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;

/**
 * A name ready for comparison: its folded parts, the folded text without spaces (to compare names
 * written together or apart, "FridrichBuchenberg" / "Friedrich Buchenberg"), and the source name.
 */
public record AnalysedName(Name source, List<NamePart> parts, String joined, double weight) {

    public AnalysedName {
        parts = List.copyOf(parts);
    }

    public NameStrength strength() {
        return source.strength();
    }

    /** The number of parts that take part in a comparison (honorifics excluded). */
    public int countingParts() {
        int n = 0;
        for (NamePart p : parts) {
            if (p.counts()) {
                n++;
            }
        }
        return n;
    }

    /** The folded form, parts separated by spaces. */
    public String folded() {
        StringBuilder b = new StringBuilder();
        for (NamePart p : parts) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(p.text());
        }
        return b.toString();
    }
}
