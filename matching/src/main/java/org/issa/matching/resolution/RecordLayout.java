package org.issa.matching.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which CSV column carries which {@link Field}. Built from a header by
 * {@link #fromHeader(List)}: known headers ({@code first_name}, {@code surname}, {@code dob},
 * {@code suburb}, {@code soc_sec_id}…) are mapped, every other column (ids, ground truth) is
 * ignored. When two columns name the same field the first one wins.
 */
public final class RecordLayout {

    private final Map<Field, Integer> columns;
    private final List<String> ignored;

    private RecordLayout(Map<Field, Integer> columns, List<String> ignored) {
        this.columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        this.ignored = List.copyOf(ignored);
    }

    /** The layout a header describes; fails when no column is a known field. */
    public static RecordLayout fromHeader(List<String> header) {
        Map<Field, Integer> cols = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            Field.forHeader(header.get(i)).ifPresentOrElse(
                    f -> {
                        if (cols.putIfAbsent(f, index) != null) {
                            ignored.add(header.get(index).strip());
                        }
                    },
                    () -> ignored.add(header.get(index).strip()));
        }
        if (cols.isEmpty()) {
            throw new IllegalArgumentException("no column of " + header + " is a known field (expected e.g. "
                    + "first_name, surname, dob, city, email, postcode)");
        }
        return new RecordLayout(cols, ignored);
    }

    /** The same layout without some fields (e.g. without an identifier that leaks the answer). */
    public RecordLayout without(Field... fields) {
        Map<Field, Integer> cols = new EnumMap<>(columns);
        List<String> ign = new ArrayList<>(ignored);
        for (Field f : fields) {
            if (cols.remove(f) != null) {
                ign.add(f.key());
            }
        }
        if (cols.isEmpty()) {
            throw new IllegalArgumentException("no field left");
        }
        return new RecordLayout(cols, ign);
    }

    /** The mapped fields, in {@link Field} order. */
    public Set<Field> fields() {
        return columns.keySet();
    }

    /** The column index of a field, or -1. */
    public int column(Field field) {
        return columns.getOrDefault(field, -1);
    }

    /** Header names that are not used as features. */
    public List<String> ignoredColumns() {
        return ignored;
    }

    /** A record of a CSV row; short rows simply lack the missing fields. */
    public ResolutionRecord toRecord(String id, List<String> row) {
        Map<Field, String> v = new EnumMap<>(Field.class);
        columns.forEach((f, i) -> {
            if (i < row.size()) {
                v.put(f, row.get(i));
            }
        });
        return new ResolutionRecord(id, v);
    }

    /** Records of rows, their ids the row numbers 0, 1, 2… */
    public List<ResolutionRecord> toRecords(List<List<String>> rows) {
        List<ResolutionRecord> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            out.add(toRecord(Integer.toString(i), rows.get(i)));
        }
        return out;
    }

    @Override
    public String toString() {
        return "RecordLayout" + columns + (ignored.isEmpty() ? "" : " ignoring " + ignored);
    }
}
