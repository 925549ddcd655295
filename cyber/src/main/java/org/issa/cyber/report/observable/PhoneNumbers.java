package org.issa.cyber.report.observable;

import java.util.Map;
import java.util.Optional;

/**
 * Phone numbers in E.164 form ({@code +} and 8 to 15 digits). International numbers ({@code +} or
 * {@code 00}) are kept as dialled; national numbers (a leading {@code 0}) are converted with the
 * calling code of the report's country where that country's trunk prefix is 0. Italy keeps the
 * leading 0 after its code; countries without a trunk prefix get no conversion, and the number stays
 * in national form ({@code 0…}), which still correlates with the same national number.
 */
public final class PhoneNumbers {

    /** Calling codes of countries whose trunk prefix is "0", which is dropped after the code. */
    private static final Map<String, String> TRUNK_ZERO = Map.ofEntries(Map.entry("AT", "43"), Map.entry("BE", "32"),
            Map.entry("BG", "359"), Map.entry("HR", "385"), Map.entry("FI", "358"), Map.entry("FR", "33"), Map.entry("DE", "49"),
            Map.entry("IE", "353"), Map.entry("NL", "31"), Map.entry("RO", "40"), Map.entry("SK", "421"), Map.entry("SI", "386"),
            Map.entry("SE", "46"), Map.entry("CH", "41"), Map.entry("GB", "44"));

    private PhoneNumbers() {
    }

    /**
     * The normal form of a number written with spaces, dashes, dots, slashes or brackets, or empty
     * when it is no phone number.
     *
     * @param country ISO 3166-1 alpha-2 code of the report's country, or "" when unknown
     */
    public static Optional<String> normalise(String raw, String country) {
        String s = raw.strip().replace("(0)", ""); // +49 (0)30 …: the bracketed trunk prefix is not dialled from abroad
        if (s.isEmpty() || s.length() > 40 || !s.matches("[+]?[0-9 ()./-]+")) {
            return Optional.empty();
        }
        boolean plus = s.startsWith("+");
        String digits = s.replaceAll("[^0-9]", "");
        if (plus || digits.startsWith("00")) {
            String intl = plus ? digits : digits.substring(2);
            if (intl.startsWith("0") || intl.length() < 8 || intl.length() > 15) {
                return Optional.empty();
            }
            return Optional.of("+" + intl);
        }
        if (!digits.startsWith("0") || digits.length() < 9 || digits.length() > 12) {
            return Optional.empty();
        }
        String c = country == null ? "" : country;
        if (c.equals("IT")) {
            return Optional.of("+39" + digits);
        }
        String code = TRUNK_ZERO.get(c);
        return Optional.of(code == null ? digits : "+" + code + digits.substring(1));
    }
}
