package org.issa.matching.model;

/**
 * One name of a subject, as written in its source (any script). When the source separates the
 * parts of a person's name they are kept ({@code given}, {@code middle}, {@code family}), else
 * they are null and the engine parses {@code full}.
 */
public record Name(String full, String given, String middle, String family, NameStrength strength) {

    public Name {
        if (full == null || full.isBlank()) {
            throw new IllegalArgumentException("a name must not be empty");
        }
        full = full.strip();
        given = blankToNull(given);
        middle = blankToNull(middle);
        family = blankToNull(family);
        strength = strength == null ? NameStrength.PRIMARY : strength;
    }

    public static Name of(String full) {
        return new Name(full, null, null, null, NameStrength.PRIMARY);
    }

    public static Name of(String full, NameStrength strength) {
        return new Name(full, null, null, null, strength);
    }

    /** A person's name given in parts; the full form joins them in the usual given-family order. */
    public static Name ofParts(String given, String middle, String family, NameStrength strength) {
        StringBuilder b = new StringBuilder();
        for (String p : new String[] {given, middle, family}) {
            if (p != null && !p.isBlank()) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(p.strip());
            }
        }
        return new Name(b.toString(), given, middle, family, strength);
    }

    public boolean hasParts() {
        return given != null || family != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
