package org.issa.finance.flow;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** Which way a trace follows the money. */
public enum Direction {
    /** Where did the account's money go? */
    FORWARD,
    /** Where did the account's money come from? */
    BACKWARD;

    public static Direction parse(String name) {
        if (name != null) {
            for (Direction d : values()) {
                if (d.name().equalsIgnoreCase(name.strip())) {
                    return d;
                }
            }
        }
        throw new InvalidInputException("direction", "direction must be forward or backward, not '" + name + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
