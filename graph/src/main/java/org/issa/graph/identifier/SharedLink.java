package org.issa.graph.identifier;

import java.util.Locale;

/**
 * Two entities that share an identifying value.
 *
 * @param first  one entity id
 * @param second the other (ids in ascending order)
 * @param type   the identifier type, e.g. {@code phone}
 * @param value  the shared value, normalised
 */
public record SharedLink(String first, String second, String type, String value) {

    /** e.g. "E1 and E7 share the phone 3225550123". */
    public String explain() {
        return String.format(Locale.ROOT, "%s and %s share the %s %s.", first, second, type, value);
    }
}
