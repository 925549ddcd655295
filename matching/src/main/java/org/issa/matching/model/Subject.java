package org.issa.matching.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Anything the engine compares: a screening query, a list entry or a record to deduplicate.
 *
 * @param id          the source's id (list entry id, row number, record id)
 * @param schema      person, company, vessel…
 * @param names       at least one name; the first is the primary one
 * @param birthDates  possibly several (lists often give alternatives)
 * @param countries   ISO 3166-1 alpha-2 codes: nationality, citizenship, registration, residence
 * @param gender      UNKNOWN when not given
 * @param identifiers passports, national ids, IMO numbers, registration numbers…
 * @param details     what a reviewer reads beside the score: programme, listing date, reference,
 *                    remarks, city or e-mail of a record (insertion order kept)
 */
public record Subject(String id, Schema schema, List<Name> names, List<BirthDate> birthDates,
                      List<String> countries, Gender gender, List<Identifier> identifiers,
                      Map<String, String> details) {

    public Subject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schema, "schema");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("subject " + id + " has no name");
        }
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        countries = countries == null ? List.of() : List.copyOf(countries);
        gender = gender == null ? Gender.UNKNOWN : gender;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
    }

    /** A subject with only a name, for quick screening. */
    public static Subject named(String id, Schema schema, String name) {
        return new Subject(id, schema, List.of(Name.of(name)), List.of(), List.of(), Gender.UNKNOWN, List.of(), Map.of());
    }

    public Name primaryName() {
        return names.get(0);
    }
}
