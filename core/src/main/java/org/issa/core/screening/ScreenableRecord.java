package org.issa.core.screening;

import java.util.List;
import java.util.Objects;
import org.issa.core.marking.Marking;

/**
 * A record a module keeps and wants screened against the watch lists whenever they change: a
 * customer, a payee, a passenger, a company. Plain strings, so that modules need not know the
 * matching engine; the application turns them into the engine's subjects.
 *
 * @param recordType  the kind of record, e.g. {@code monitored_subject}; the same as {@link ScreenedRecords#recordType()}
 * @param recordId    the record's id within its type
 * @param schema      {@code Person}, {@code Company}, {@code Organization}, {@code LegalEntity}, {@code Vessel} or {@code Airplane}
 * @param names       at least one name; the first is the primary one
 * @param birthDates  dates of birth as written (YYYY-MM-DD, YYYY, DD.MM.YYYY…), possibly none
 * @param countries   ISO 3166-1 alpha-2 codes (nationality, residence, registration), possibly none
 * @param gender      {@code male}, {@code female} or empty
 * @param identifiers document or registration numbers, possibly none
 * @param marking     the record's marking; a hit on it carries the same marking
 * @param owner       the user answerable for the record (who registered it), or {@code system}:
 *                    a hit raised on the record may not be decided by its owner alone
 */
public record ScreenableRecord(String recordType, String recordId, String schema, List<String> names,
                               List<String> birthDates, List<String> countries, String gender,
                               List<String> identifiers, Marking marking, String owner) {

    public ScreenableRecord {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(marking, "marking");
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("record " + recordType + " " + recordId + " has no name");
        }
        schema = schema == null || schema.isBlank() ? "Person" : schema;
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        countries = countries == null ? List.of() : List.copyOf(countries);
        gender = gender == null ? "" : gender;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        owner = owner == null || owner.isBlank() ? "system" : owner;
    }
}
