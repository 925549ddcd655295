package org.issa.app.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.issa.core.error.InvalidInputException;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Gender;
import org.issa.matching.model.Identifier;
import org.issa.matching.model.Name;
import org.issa.matching.model.NameStrength;
import org.issa.matching.model.Schema;
import org.issa.matching.model.Subject;

/**
 * What a user screens, as typed: a full name or its parts, a date of birth, a country, a gender,
 * an identity number and a schema. {@link #toSubject} checks it and names the field at fault.
 */
public record ScreeningQuery(String name, String firstName, String middleName, String lastName, String dateOfBirth,
                             String country, String gender, String idNumber, String schema) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    static final int MAX = 200;

    /** The engine's subject for this query, with the given id. */
    public Subject toSubject(String id) {
        Schema s;
        try {
            s = blank(schema) ? Schema.PERSON : Schema.parse(schema);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("schema", e.getMessage());
        }
        List<Name> names = new ArrayList<>();
        if (!blank(name)) {
            names.add(Name.of(check("name", name)));
        }
        if (!blank(firstName) || !blank(lastName)) {
            if (blank(lastName)) {
                throw new InvalidInputException("lastName", "lastName is required with firstName");
            }
            names.add(Name.ofParts(check("firstName", firstName), check("middleName", middleName), check("lastName", lastName),
                    NameStrength.PRIMARY));
        }
        if (names.isEmpty()) {
            throw new InvalidInputException("name", "name (or lastName) is required");
        }
        List<BirthDate> dates = new ArrayList<>();
        if (!blank(dateOfBirth)) {
            try {
                dates.add(BirthDate.parse(dateOfBirth));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("dateOfBirth", e.getMessage());
            }
        }
        List<String> countries = new ArrayList<>();
        if (!blank(country)) {
            if (!COUNTRY.matcher(country.strip()).matches()) {
                throw new InvalidInputException("country", "country must be a two-letter ISO 3166-1 code such as FR");
            }
            countries.add(country.strip().toUpperCase(Locale.ROOT));
        }
        Gender g = Gender.parse(gender);
        if (!blank(gender) && g == Gender.UNKNOWN && !gender.strip().equalsIgnoreCase("unknown")) {
            throw new InvalidInputException("gender", "gender must be male, female or empty");
        }
        List<Identifier> ids = new ArrayList<>();
        if (!blank(idNumber)) {
            ids.add(new Identifier("", check("idNumber", idNumber), null));
        }
        return new Subject(id, s, names, dates, countries, g, ids, Map.of());
    }

    /** The name shown for this query: the full name, else the parts. */
    public String displayName() {
        return blank(name) ? String.join(" ", List.of(n(firstName), n(middleName), n(lastName))).strip().replaceAll("\\s+", " ")
                : name.strip();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String check(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX) {
            throw new InvalidInputException(field, field + " must be at most " + MAX + " characters");
        }
        return value.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
