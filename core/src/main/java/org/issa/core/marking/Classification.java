package org.issa.core.marking;

import java.util.Locale;

/** EU classification levels (Council Decision 2013/488/EU), ordered from lowest to highest. */
public enum Classification {
    UNCLASSIFIED("UNCLASSIFIED"),
    RESTREINT_UE("RESTREINT UE / EU RESTRICTED"),
    CONFIDENTIEL_UE("CONFIDENTIEL UE / EU CONFIDENTIAL"),
    SECRET_UE("SECRET UE / EU SECRET");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rank stored in the database; a reader needs a clearance rank at least as high. */
    public int level() {
        return ordinal();
    }

    public boolean dominates(Classification other) {
        return level() >= other.level();
    }

    public static Classification ofLevel(int level) {
        if (level < 0 || level >= values().length) {
            throw new IllegalArgumentException("unknown classification level " + level);
        }
        return values()[level];
    }

    /** Accepts the enum name, the label, or the short forms ("RESTREINT UE", "EU RESTRICTED"). */
    public static Classification parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        for (Classification c : values()) {
            if (c.name().replace('_', ' ').equals(t) || c.label.equals(t) || c.label.contains(t) && !t.isBlank()) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown classification '" + text + "'; expected one of "
                + "UNCLASSIFIED, RESTREINT_UE, CONFIDENTIEL_UE, SECRET_UE");
    }
}
