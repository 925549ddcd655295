package org.issa.matching.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields the resolution engine knows, each with its {@link FieldType} and the CSV headers that
 * usually carry it. A column whose header is none of these (a record id, a ground-truth cluster)
 * is never used as a feature.
 */
public enum Field {
    GIVEN_NAME(FieldType.NAME, "given_name", "first_name", "firstname", "forename", "given"),
    FAMILY_NAME(FieldType.NAME, "family_name", "surname", "last_name", "lastname"),
    FULL_NAME(FieldType.NAME, "full_name", "name", "fullname"),
    DATE_OF_BIRTH(FieldType.DATE, "date_of_birth", "dob", "birth_date", "birthdate"),
    STREET_NUMBER(FieldType.CODE, "street_number", "house_number"),
    ADDRESS_1(FieldType.TEXT, "address_1", "address1", "address", "street"),
    ADDRESS_2(FieldType.TEXT, "address_2", "address2"),
    CITY(FieldType.TEXT, "city", "suburb", "town", "locality"),
    POSTCODE(FieldType.CODE, "postcode", "postal_code", "zip", "zipcode", "zip_code"),
    STATE(FieldType.CODE, "state", "region", "province"),
    EMAIL(FieldType.CODE, "email", "e_mail", "email_address"),
    IDENTIFIER(FieldType.CODE, "soc_sec_id", "id_number", "national_id", "identifier", "ssn", "passport_number");

    private final FieldType type;
    private final List<String> headers;

    Field(FieldType type, String... headers) {
        this.type = type;
        this.headers = List.of(headers);
    }

    public FieldType type() {
        return type;
    }

    /** The headers recognised for this field, the canonical one first. */
    public List<String> headers() {
        return headers;
    }

    /** The canonical header, e.g. {@code date_of_birth}. */
    public String key() {
        return headers.get(0);
    }

    /**
     * The field a CSV header names, ignoring case, surrounding spaces and the difference between
     * spaces, hyphens and underscores; empty when the header is not a known field.
     */
    public static Optional<Field> forHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Field f : values()) {
            if (f.headers.contains(h)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
