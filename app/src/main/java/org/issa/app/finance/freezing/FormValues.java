package org.issa.app.finance.freezing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.issa.core.error.InvalidInputException;

/** Reads the dates and amounts of the money pages' forms; empty fields are absent, bad ones a message naming the field. */
public final class FormValues {

    private FormValues() {
    }

    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 2026-03-31");
        }
    }

    public static BigDecimal amount(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(" ", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, field + " must be an amount such as 12500.00");
        }
    }
}
