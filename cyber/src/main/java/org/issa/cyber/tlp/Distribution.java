package org.issa.cyber.tlp;

import java.util.Locale;

/**
 * How far an object may travel, in the spirit of MISP's distribution levels (kept apart from TLP,
 * which says what a recipient may do with it).
 */
public enum Distribution {
    /** Your organisation only (MISP 0). */
    ORGANISATION(0),
    /** This community: the users and organisations of this node (MISP 1). */
    COMMUNITY(1),
    /** Connected communities: also the nodes this one exchanges with (MISP 2). */
    CONNECTED(2),
    /** All communities (MISP 3). */
    ALL(3),
    /** The organisations and member states of one sharing group (MISP 4). */
    SHARING_GROUP(4);

    private final int misp;

    Distribution(int misp) {
        this.misp = misp;
    }

    public int mispLevel() {
        return misp;
    }

    /**
     * The level a copy carries on the receiving node after a sync: connected communities become
     * that community, a community becomes the receiving organisation (MISP's downgrade); the
     * others are kept.
     */
    public Distribution afterSync() {
        return switch (this) {
            case CONNECTED -> COMMUNITY;
            case COMMUNITY -> ORGANISATION;
            default -> this;
        };
    }

    /** Accepts the names above (any case) or MISP's numbers 0 to 4. */
    public static Distribution parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Distribution d : values()) {
            if (d.name().equals(t) || String.valueOf(d.misp).equals(t)) {
                return d;
            }
        }
        throw new org.issa.core.error.InvalidInputException("distribution", "unknown distribution '" + text
                + "'; expected ORGANISATION, COMMUNITY, CONNECTED, ALL or SHARING_GROUP (or MISP 0-4)");
    }
}
