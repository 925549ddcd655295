package org.issa.finance.account;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;

/**
 * A Business Identifier Code (ISO 9362): four letters of the institution (or letters and digits
 * since 2018), the country, a location of two and an optional branch of three.
 *
 * In JSON it is its plain text.
 *
 * @param value the BIC, upper case, 8 or 11 characters
 */
public record Bic(@JsonValue String value) {

    private static final Pattern FORM = Pattern.compile("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");

    public Bic {
        value = check("bic", value);
    }

    /** Parses a BIC as written (any case); throws naming {@code field} when it is not a BIC. */
    public static Bic parse(String field, String written) {
        return new Bic(check(field, written));
    }

    /** The ISO 3166 country of the institution. */
    public String country() {
        return value.substring(4, 6);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String field, String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidInputException(field, field + " is empty: a BIC is required");
        }
        String bic = written.strip().toUpperCase(Locale.ROOT);
        if (bic.length() > 11 || !FORM.matcher(bic).matches()) {
            throw new InvalidInputException(field, field + " '" + written + "' is not a BIC (8 or 11 characters: institution, country, location, optional branch)");
        }
        return bic;
    }
}
