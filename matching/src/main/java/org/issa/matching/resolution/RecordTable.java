package org.issa.matching.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of one run, normalised once: {@code value(record, field)} is what comparisons and
 * blocking keys see. In link mode the left records come first ({@code 0 … leftSize - 1}). Also
 * counts how often each value occurs per field, for term-frequency adjustments.
 */
final class RecordTable {

    private final List<ResolutionRecord> records;
    private final Field[] fields;
    private final int[] fieldIndex = new int[Field.values().length];
    private final String[][] values;
    private final int leftSize;
    private final Map<String, Integer>[] counts;
    private final int[] nonNull;

    @SuppressWarnings("unchecked")
    RecordTable(List<ResolutionRecord> records, List<Field> fields, int leftSize) {
        this.records = List.copyOf(records);
        this.fields = fields.toArray(Field[]::new);
        this.leftSize = leftSize;
        java.util.Arrays.fill(fieldIndex, -1);
        for (int f = 0; f < this.fields.length; f++) {
            fieldIndex[this.fields[f].ordinal()] = f;
        }
        Set<String> ids = new HashSet<>();
        values = new String[records.size()][this.fields.length];
        counts = new Map[this.fields.length];
        nonNull = new int[this.fields.length];
        for (int f = 0; f < this.fields.length; f++) {
            counts[f] = new HashMap<>();
        }
        for (int r = 0; r < records.size(); r++) {
            ResolutionRecord rec = records.get(r);
            if (!ids.add(rec.id())) {
                throw new IllegalArgumentException("record id '" + rec.id() + "' occurs twice");
            }
            for (int f = 0; f < this.fields.length; f++) {
                String v = Normaliser.normalise(this.fields[f].type(), rec.get(this.fields[f]));
                values[r][f] = v;
                if (v != null) {
                    counts[f].merge(v, 1, Integer::sum);
                    nonNull[f]++;
                }
            }
        }
    }

    int size() {
        return values.length;
    }

    int leftSize() {
        return leftSize;
    }

    boolean linkMode() {
        return leftSize < values.length;
    }

    ResolutionRecord record(int r) {
        return records.get(r);
    }

    List<ResolutionRecord> records() {
        return records;
    }

    Field[] fields() {
        return fields;
    }

    /** The values of one record, in {@link #fields()} order. */
    String[] row(int r) {
        return values[r];
    }

    /** The normalised value of a field, or null (also when the field is not used). */
    String value(int r, Field field) {
        int f = fieldIndex[field.ordinal()];
        return f < 0 ? null : values[r][f];
    }

    boolean has(Field field) {
        return fieldIndex[field.ordinal()] >= 0;
    }

    /** Share of the records with a value in this field that carry this very value. */
    double frequency(int fieldPosition, String value) {
        Integer c = counts[fieldPosition].get(value);
        return c == null || nonNull[fieldPosition] == 0 ? 0 : (double) c / nonNull[fieldPosition];
    }

    /** Total number of pairs the run could compare: within one dataset, or across two. */
    long totalPairs() {
        long n = values.length;
        if (linkMode()) {
            return (long) leftSize * (n - leftSize);
        }
        return n * (n - 1) / 2;
    }
}
