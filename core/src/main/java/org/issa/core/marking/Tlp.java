package org.issa.core.marking;

import java.util.Locale;

/**
 * Traffic Light Protocol 2.0 (FIRST). AMBER+STRICT keeps information inside the originating
 * organisation; RED goes to named recipients only.
 */
public enum Tlp {
    CLEAR("TLP:CLEAR"),
    GREEN("TLP:GREEN"),
    AMBER("TLP:AMBER"),
    AMBER_STRICT("TLP:AMBER+STRICT"),
    RED("TLP:RED");

    private final String label;

    Tlp(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The value stored in the database column. */
    public String code() {
        return name();
    }

    /** Accepts "AMBER+STRICT", "TLP:AMBER+STRICT", "amber_strict", and the TLP 1.0 "WHITE" (= CLEAR). */
    public static Tlp parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("TLP:")) {
            t = t.substring(4);
        }
        t = t.replace('+', '_').replace(' ', '_');
        if (t.equals("WHITE")) {
            return CLEAR;
        }
        for (Tlp tlp : values()) {
            if (tlp.name().equals(t)) {
                return tlp;
            }
        }
        throw new IllegalArgumentException("unknown TLP '" + text + "'; expected CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
    }
}
