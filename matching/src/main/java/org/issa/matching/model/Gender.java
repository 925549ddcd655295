package org.issa.matching.model;

import java.util.Locale;

/** Gender as lists record it; UNKNOWN compares with anything. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    public static Gender parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "m", "male", "man", "masculin", "masculino" -> MALE;
            case "f", "female", "woman", "féminin", "feminin", "femenino" -> FEMALE;
            default -> UNKNOWN;
        };
    }
}
