package org.issa.matching.resolution;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.issa.matching.model.BirthDate;
import org.issa.matching.model.Name;
import org.issa.matching.model.Subject;

/**
 * One record to deduplicate or link: an id (a row number, a source key) and its raw field values as
 * read. Values are normalised by the engine, not here; blank values are dropped.
 */
public record ResolutionRecord(String id, Map<Field, String> values) {

    public ResolutionRecord {
        Objects.requireNonNull(id, "id");
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        if (values != null) {
            values.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    copy.put(k, v);
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** The raw value of a field, or null. */
    public String get(Field field) {
        return values.get(field);
    }

    /**
     * A record from values keyed by CSV-style header ({@code first_name}, {@code dob}, …); keys that
     * name no known {@link Field} are ignored.
     */
    public static ResolutionRecord ofHeaders(String id, Map<String, String> byHeader) {
        Map<Field, String> v = new LinkedHashMap<>();
        byHeader.forEach((h, value) -> Field.forHeader(h).ifPresent(f -> v.putIfAbsent(f, value)));
        return new ResolutionRecord(id, v);
    }

    /**
     * A record from a screening subject: its primary name (parts when known), its first date of
     * birth (as digits, only as precise as known; year ranges are left out), its first identifier, and the {@code city}, {@code email}, {@code postcode} or
     * {@code address} details it carries.
     */
    public static ResolutionRecord fromSubject(Subject s) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        Name n = s.primaryName();
        v.put(Field.FULL_NAME, n.full());
        if (n.given() != null) {
            v.put(Field.GIVEN_NAME, n.given());
        }
        if (n.family() != null) {
            v.put(Field.FAMILY_NAME, n.family());
        }
        if (!s.birthDates().isEmpty()) {
            BirthDate d = s.birthDates().get(0);
            if (!d.isRange()) {
                String digits = d.month() == 0 ? String.format("%04d", d.fromYear())
                        : d.day() == 0 ? String.format("%04d%02d", d.fromYear(), d.month())
                        : String.format("%04d%02d%02d", d.fromYear(), d.month(), d.day());
                v.put(Field.DATE_OF_BIRTH, digits);
            }
        }
        if (!s.identifiers().isEmpty()) {
            v.put(Field.IDENTIFIER, s.identifiers().get(0).normalised());
        }
        s.details().forEach((k, value) -> Field.forHeader(k)
                .filter(f -> f.type() != FieldType.NAME && f != Field.DATE_OF_BIRTH)
                .ifPresent(f -> v.putIfAbsent(f, value)));
        return new ResolutionRecord(s.id(), v);
    }
}
