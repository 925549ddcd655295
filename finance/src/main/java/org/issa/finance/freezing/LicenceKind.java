package org.issa.finance.freezing;

import java.util.Arrays;
import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** The grounds on which a competent authority releases frozen funds (e.g. Art. 5-6 of Regulation (EC) 2580/2001, Art. 4 of (EU) 269/2014). */
public enum LicenceKind {
    BASIC_NEEDS("Basic needs (food, rent, medicines, taxes, utilities)"),
    LEGAL_FEES("Reasonable professional fees and legal services"),
    HUMANITARIAN("Humanitarian purposes"),
    EXTRAORDINARY_EXPENSES("Extraordinary expenses"),
    PRIOR_OBLIGATION("Obligation arising before the listing");

    private final String label;

    LicenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LicenceKind parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + Arrays.toString(values()));
        }
    }
}
