package org.issa.finance.freezing;

import java.util.Arrays;
import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** The sanctions regime a freezing order implements; terrorism orders feed the "terrorist assets frozen" indicator. */
public enum Regime {
    TERRORISM("Terrorism (e.g. Regulation (EC) 2580/2001, (EC) 881/2002, (EU) 2016/1686)"),
    RUSSIA_UKRAINE("Russia / Ukraine territorial integrity (e.g. Regulation (EU) 269/2014)"),
    UN_SANCTIONS("UN Security Council sanctions implemented by the EU"),
    OTHER_EU("Other EU restrictive measures (Art. 215 TFEU)"),
    NATIONAL("National freezing order");

    private final String label;

    Regime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Regime parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of " + Arrays.toString(values()));
        }
    }
}
