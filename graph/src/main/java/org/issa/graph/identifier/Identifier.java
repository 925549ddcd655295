package org.issa.graph.identifier;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifying value held by an entity, e.g. {@code (phone, +32 2 555 01 23)}.
 *
 * @param type  {@code phone}, {@code address}, {@code iban}, {@code email}, {@code document} or any other
 *              lower-case type (compared as given)
 * @param value the value as recorded
 */
public record Identifier(String type, String value) {

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        type = type.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The value normalised for comparison: phone numbers to their digits (a leading {@code 00} read as
     * {@code +}), IBANs and document numbers upper-case without spaces or punctuation, e-mail addresses lower-case,
     * addresses lower-case with punctuation dropped and spaces collapsed; other types trimmed.
     */
    public String normalised() {
        String v = value.strip();
        return switch (type) {
            case "phone" -> {
                String digits = v.replaceAll("[^0-9]", "");
                yield digits.startsWith("00") ? digits.substring(2) : digits;
            }
            case "iban", "document", "passport", "idnumber" -> v.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            case "email" -> v.toLowerCase(Locale.ROOT);
            case "address" -> v.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}]", " ").replaceAll("\\s+", " ").strip();
            default -> v;
        };
    }
}
