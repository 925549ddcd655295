package org.issa.finance.flow;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** How an account's outgoing payment is attributed to the funds the account holds. */
public enum AllocationRule {
    /** First in, first out: a payment out is made of the oldest funds still held. */
    FIFO,
    /** Pro rata: a payment out carries each kind of held funds in proportion to its share of the balance. */
    PROPORTIONAL;

    public static AllocationRule parse(String name) {
        if (name != null) {
            for (AllocationRule r : values()) {
                if (r.name().equalsIgnoreCase(name.strip())) {
                    return r;
                }
            }
        }
        throw new InvalidInputException("rule", "rule must be fifo or proportional, not '" + name + "'");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
