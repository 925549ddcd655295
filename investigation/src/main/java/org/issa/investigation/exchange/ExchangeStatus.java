package org.issa.investigation.exchange;

import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/**
 * Where an exchange request stands: RECEIVED, IN_PROGRESS, DELAYED (the limit cannot be kept; reasons
 * given, Art. 4(2)-(4)), then ANSWERED or REFUSED (with its Art. 10 ground and reasons).
 */
public enum ExchangeStatus {
    RECEIVED("Received"),
    IN_PROGRESS("In progress"),
    DELAYED("Delayed"),
    ANSWERED("Answered"),
    REFUSED("Refused");

    private final String label;

    ExchangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still awaiting an answer: its limit runs. */
    public boolean open() {
        return this == RECEIVED || this == IN_PROGRESS || this == DELAYED;
    }

    public static ExchangeStatus parse(String field, String text) {
        try {
            return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " must be one of RECEIVED, IN_PROGRESS, DELAYED, ANSWERED, REFUSED");
        }
    }
}
