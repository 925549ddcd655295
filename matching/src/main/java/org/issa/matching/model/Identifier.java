package org.issa.matching.model;

import java.util.Locale;

/**
 * A document or registration number: passport, national id, IMO, LEI, registration number… The
 * {@code type} is free text as the source gives it; comparison uses {@link #normalised()}.
 */
public record Identifier(String type, String number, String country) {

    public Identifier {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("an identifier needs a number");
        }
        type = type == null ? "" : type.strip();
        number = number.strip();
        country = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
    }

    /** Letters and digits only, upper case, without a leading "IMO": what two sources agree on. */
    public String normalised() {
        return normalise(number);
    }

    public static String normalise(String number) {
        StringBuilder b = new StringBuilder(number.length());
        number.codePoints().filter(Character::isLetterOrDigit)
                .map(Character::toUpperCase).forEach(b::appendCodePoint);
        String s = b.toString();
        if (s.startsWith("IMO") && s.length() > 3 && Character.isDigit(s.charAt(3))) {
            s = s.substring(3);
        }
        return s;
    }
}
