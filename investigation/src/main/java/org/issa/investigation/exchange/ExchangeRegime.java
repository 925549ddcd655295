package org.issa.investigation.exchange;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/**
 * The legal instrument whose time limits a request runs under, chosen per request: Framework Decision
 * 2006/960/JHA, or Directive (EU) 2023/977, which replaced it for information exchange between law enforcement
 * authorities of the Member States from 12 December 2024. Stored through the rule code's prefix.
 */
public enum ExchangeRegime {
    FD_2006_960("FD 2006/960/JHA", "FD2006-960-"),
    DIRECTIVE_2023_977("Directive (EU) 2023/977", "EU2023-977-");

    private final String label;
    private final String codePrefix;

    ExchangeRegime(String label, String codePrefix) {
        this.label = label;
        this.codePrefix = codePrefix;
    }

    public String label() {
        return label;
    }

    /** The regime of a stored rule code. */
    public static ExchangeRegime ofRule(String ruleCode) {
        for (ExchangeRegime r : values()) {
            if (ruleCode.startsWith(r.codePrefix)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no regime for rule " + ruleCode);
    }

    /**
     * The regime named by {@code FD_2006_960} / {@code DIRECTIVE_2023_977} or the instruments' numbers
     * ({@code 2006/960}, {@code 2023/977}); a clear error naming the field otherwise.
     */
    public static ExchangeRegime parse(String field, String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (t.equals("FD_2006_960") || t.contains("2006/960")) {
            return FD_2006_960;
        }
        if (t.equals("DIRECTIVE_2023_977") || t.contains("2023/977")) {
            return DIRECTIVE_2023_977;
        }
        throw new InvalidInputException(field, field + " must be FD_2006_960 (Framework Decision 2006/960/JHA) or"
                + " DIRECTIVE_2023_977 (Directive (EU) 2023/977), not '" + (text == null ? "" : text.strip()) + "'");
    }
}
