package org.issa.cyber.advisory;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/**
 * Sectors an advisory concerns, after the sectors of the NIS 2 Directive ((EU) 2022/2555, Annexes I
 * and II) with a catch-all for households and everyday use.
 */
public enum Sector {
    GENERAL("Households and everyday use"),
    ENERGY("Energy"),
    TRANSPORT("Transport"),
    BANKING("Banking and financial market infrastructure"),
    HEALTH("Health"),
    WATER("Drinking water and waste water"),
    DIGITAL_INFRASTRUCTURE("Digital infrastructure and ICT services"),
    PUBLIC_ADMINISTRATION("Public administration"),
    POSTAL("Postal and courier services"),
    MANUFACTURING("Manufacturing"),
    FOOD("Food production and distribution"),
    RETAIL("Retail and e-commerce"),
    EDUCATION("Education and research");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Sector parse(String field, String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "unknown sector '" + text + "'");
        }
    }
}
