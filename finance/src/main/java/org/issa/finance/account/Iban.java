package org.issa.finance.account;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import org.issa.core.error.InvalidInputException;

/**
 * An International Bank Account Number (ISO 13616), checked on creation: the country must issue
 * IBANs, the length must be that country's, the characters alphanumeric and the mod-97 check
 * digits right. Stored in electronic form (upper case, no spaces); {@link #printed()} groups it by four.
 *
 * In JSON it is its plain text.
 *
 * @param value the IBAN in electronic form, e.g. {@code DE89370400440532013000}
 */
public record Iban(@JsonValue String value) {

    /** Lengths per country, from the SWIFT IBAN registry. */
    private static final Map<String, Integer> LENGTHS = Map.<String, Integer>ofEntries(
        Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
        Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BR", 29),
        Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24),
        Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
        Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22),
        Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28),
        Map.entry("HR", 21), Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23),
        Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
        Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20),
        Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22),
        Map.entry("MK", 19), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18),
        Map.entry("NO", 15), Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25),
        Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24), Map.entry("SC", 31),
        Map.entry("SD", 18), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27),
        Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26),
        Map.entry("UA", 29), Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20));

    public Iban {
        value = check("iban", value);
    }

    /** Parses an IBAN as written (spaces allowed, any case); throws naming {@code field} when it is not valid. */
    public static Iban parse(String field, String written) {
        return new Iban(check(field, written));
    }

    /**
     * The IBAN of a country's BBAN, with its ISO 13616 check digits computed; throws when the result is not a valid
     * IBAN (a country without IBANs, a BBAN of the wrong length or with other characters).
     */
    public static Iban of(String country, String bban) {
        int check = 98 - mod97(country + "00" + bban);
        return new Iban(country + (check < 10 ? "0" : "") + check + bban);
    }

    /** Whether the text is a valid IBAN. */
    public static boolean isValid(String written) {
        try {
            check("iban", written);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** The ISO 3166 country code of the issuing country. */
    public String country() {
        return value.substring(0, 2);
    }

    /** The IBAN in print form, in groups of four. */
    public String printed() {
        StringBuilder out = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String check(String field, String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidInputException(field, field + " is empty: an IBAN is required");
        }
        if (written.length() > 64) {
            throw new InvalidInputException(field, field + " is too long to be an IBAN (" + written.length() + " characters)");
        }
        String iban = written.replace(" ", "").toUpperCase(Locale.ROOT);
        if (iban.length() < 5) {
            throw new InvalidInputException(field, field + " '" + written + "' is too short to be an IBAN");
        }
        for (int i = 0; i < iban.length(); i++) {
            char c = iban.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (!(letter || digit) || (i < 2 && !letter) || (i >= 2 && i < 4 && !digit)) {
                throw new InvalidInputException(field, field + " '" + written + "' has an invalid character at position " + (i + 1)
                    + ": an IBAN is two letters, two check digits and up to 30 letters or digits");
            }
        }
        Integer length = LENGTHS.get(iban.substring(0, 2));
        if (length == null) {
            throw new InvalidInputException(field, field + " '" + written + "': country " + iban.substring(0, 2) + " does not issue IBANs");
        }
        if (iban.length() != length) {
            throw new InvalidInputException(field, field + " '" + written + "' has " + iban.length() + " characters; IBANs of "
                + iban.substring(0, 2) + " have " + length);
        }
        if (mod97(iban) != 1) {
            throw new InvalidInputException(field, field + " '" + written + "' fails the IBAN check digits (ISO 13616 mod 97)");
        }
        return iban;
    }

    private static int mod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = v < 10 ? (remainder * 10 + v) % 97 : (remainder * 100 + v) % 97;
        }
        return remainder;
    }
}
