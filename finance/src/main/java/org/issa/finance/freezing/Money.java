package org.issa.finance.freezing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import org.issa.core.error.InvalidInputException;

/** An amount in an ISO 4217 currency, positive, to the cent. */
public record Money(BigDecimal amount, String currency) {

    private static final BigDecimal MAX = new BigDecimal("1000000000000000");

    public Money {
        if (amount == null || currency == null) {
            throw new IllegalArgumentException("amount and currency are required");
        }
        amount = amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    /** Reads an amount and currency a user entered, or a 400 naming the field. */
    public static Money of(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        if (amount.signum() <= 0 || amount.compareTo(MAX) >= 0) {
            throw new InvalidInputException(field, field + " must be above 0 and below 10^15");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, field + " has more than two decimals");
        }
        return new Money(amount, currency(field.contains(".") ? field.substring(0, field.lastIndexOf('.') + 1) + "currency" : "currency",
                currency));
    }

    /** An ISO 4217 code such as EUR, or a 400 naming the field. */
    public static String currency(String field, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw new InvalidInputException(field, field + " must be an ISO 4217 code such as EUR");
        }
        try {
            Currency.getInstance(c);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, field + " '" + c + "' is not an ISO 4217 currency");
        }
        return c;
    }

    @Override
    public String toString() {
        return currency + " " + String.format(Locale.ROOT, "%,.2f", amount);
    }
}
