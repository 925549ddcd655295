package org.issa.matching.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.issa.matching.model.Schema;

/**
 * Which CSV column feeds which part of a subject, plus the columns shown to reviewers as details
 * and the schema of rows without a schema column.
 *
 * <p>A mapping is either {@linkplain #detect(List) detected} from a header, whose names are
 * matched case-insensitively to each field's {@linkplain Field#keys() keys} ({@code name} or
 * {@code full_name}, {@code dob} or {@code date_of_birth}, {@code country} or
 * {@code nationality}…), or {@linkplain #parse(String) parsed} from text such as
 * {@code name=Full Name,dob=Birth,country=Nat,detail=City,default_schema=Company}, the form the
 * command line and the API accept.
 *
 * @param columns       the header name feeding each mapped field
 * @param detailColumns header names copied into the subject's details, in order
 * @param defaultSchema the schema of rows when no {@link Field#SCHEMA} column is mapped
 */
public record ColumnMapping(Map<Field, String> columns, List<String> detailColumns, Schema defaultSchema) {

    /** The parts of a subject a column can feed. Values with several items use ";" between them. */
    public enum Field {
        ID("id"),
        NAME("name", "full_name", "whole_name"),
        ALIAS("alias", "aliases"),
        WEAK_ALIAS("weak_alias", "weak_aliases"),
        FIRST_NAME("first_name", "given_name", "firstname"),
        MIDDLE_NAME("middle_name", "middlename"),
        LAST_NAME("last_name", "surname", "family_name", "lastname"),
        SCHEMA("schema"),
        DATE_OF_BIRTH("date_of_birth", "dob", "birth_date", "birthdate"),
        COUNTRY("nationality", "country", "citizenship"),
        GENDER("gender", "sex"),
        ID_NUMBER("id_number", "passport", "passport_number");

        private final List<String> keys;

        Field(String... keys) {
            this.keys = List.of(keys);
        }

        /** The names that designate this field in a header or a mapping text; the first is canonical. */
        public List<String> keys() {
            return keys;
        }

        static Field forKey(String key) {
            String k = normalise(key);
            for (Field f : values()) {
                if (f.keys.contains(k)) {
                    return f;
                }
            }
            return null;
        }
    }

    private static final String DETAIL_KEY = "detail";
    private static final String DEFAULT_SCHEMA_KEY = "default_schema";

    public ColumnMapping {
        EnumMap<Field, String> copy = new EnumMap<>(Field.class);
        copy.putAll(Objects.requireNonNull(columns, "columns"));
        columns = Collections.unmodifiableMap(copy);
        detailColumns = detailColumns == null ? List.of() : List.copyOf(detailColumns);
        defaultSchema = defaultSchema == null ? Schema.PERSON : defaultSchema;
    }

    /** The header name of a field, or null when it is not mapped. */
    public String column(Field field) {
        return columns.get(field);
    }

    /** Whether some column gives a name (full, first or last). */
    public boolean hasNameColumn() {
        return columns.containsKey(Field.NAME) || columns.containsKey(Field.FIRST_NAME)
                || columns.containsKey(Field.LAST_NAME);
    }

    /**
     * The mapping a header implies: each column whose name (case and spaces aside) is a field key
     * feeds that field, the first such column winning; every other column is a detail. Rows
     * without a schema column are persons.
     */
    public static ColumnMapping detect(List<String> header) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        List<String> details = new ArrayList<>();
        for (String column : header) {
            Field f = Field.forKey(column);
            if (f != null && !columns.containsKey(f)) {
                columns.put(f, column);
            } else if (!column.isBlank()) {
                details.add(column);
            }
        }
        return new ColumnMapping(columns, details, Schema.PERSON);
    }

    /**
     * Reads {@code key=Column} pairs separated by commas: a field key (see {@link Field#keys()}),
     * {@code detail} (repeatable) or {@code default_schema} (a schema name, not a column).
     *
     * @throws ListFormatException naming the pair at fault
     */
    public static ColumnMapping parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ListFormatException("column mapping is empty (expected e.g. name=Full Name,dob=Birth)");
        }
        Map<Field, String> columns = new EnumMap<>(Field.class);
        List<String> details = new ArrayList<>();
        Schema schema = Schema.PERSON;
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
            if (value.isEmpty()) {
                throw new ListFormatException("column mapping '" + pair.strip() + "' has no column (expected key=Column)");
            }
            if (normalise(key).equals(DETAIL_KEY) || normalise(key).equals(DETAIL_KEY + "s")) {
                details.add(value);
            } else if (normalise(key).equals(DEFAULT_SCHEMA_KEY)) {
                try {
                    schema = Schema.parse(value);
                } catch (IllegalArgumentException e) {
                    throw new ListFormatException("column mapping " + DEFAULT_SCHEMA_KEY + ": " + e.getMessage());
                }
            } else {
                Field f = Field.forKey(key);
                if (f == null) {
                    throw new ListFormatException("column mapping has unknown key '" + key + "' (expected one of "
                            + validKeys() + ")");
                }
                if (columns.putIfAbsent(f, value) != null) {
                    throw new ListFormatException("column mapping names " + f.keys.get(0) + " twice");
                }
            }
        }
        ColumnMapping m = new ColumnMapping(columns, details, schema);
        if (!m.hasNameColumn()) {
            throw new ListFormatException("column mapping names no name column (map name, first_name or last_name)");
        }
        return m;
    }

    /** The mapping in the text form {@link #parse(String)} reads. */
    public String toText() {
        StringJoiner j = new StringJoiner(",");
        columns.forEach((f, c) -> j.add(f.keys.get(0) + "=" + c));
        detailColumns.forEach(c -> j.add(DETAIL_KEY + "=" + c));
        if (defaultSchema != Schema.PERSON) {
            j.add(DEFAULT_SCHEMA_KEY + "=" + defaultSchema.ftmName());
        }
        return j.toString();
    }

    private static String validKeys() {
        StringJoiner j = new StringJoiner(", ");
        for (Field f : Field.values()) {
            f.keys.forEach(j::add);
        }
        return j.add(DETAIL_KEY).add(DEFAULT_SCHEMA_KEY).toString();
    }

    static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
