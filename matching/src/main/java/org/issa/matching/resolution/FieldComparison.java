package org.issa.matching.resolution;

import java.util.List;

/**
 * Splink-style comparison of one field: ordered levels from the strongest agreement (exact) to
 * "different"; a pair falls in the first level whose condition it meets. A missing value on either
 * side is the separate {@link #NULL} level, which the model treats as neutral.
 */
public sealed interface FieldComparison permits SimilarityComparison, DateComparison, CodeComparison {

    /** The level of a pair where either value is missing. */
    int NULL = -1;

    Field field();

    /** Human-readable levels, strongest first; the last is always "different". */
    List<String> levels();

    /** The level of two normalised, non-null values: 0 (exact) … {@code levels().size() - 1}. */
    int level(String a, String b);

    /** The level of two normalised values, either possibly null. */
    default int compare(String a, String b) {
        return a == null || b == null ? NULL : level(a, b);
    }

    /** Whether two values at most one edit apart (insertion, deletion, substitution, swap of neighbours). */
    static boolean oneEdit(String a, String b) {
        return org.issa.matching.text.Similarity.withinOneEdit(a, b);
    }

    /** The default comparison for a field, after its type. */
    static FieldComparison forField(Field field) {
        return switch (field.type()) {
            case NAME -> new SimilarityComparison(field, field == Field.FULL_NAME, 0.92, 0.88, 0.70);
            case TEXT -> new SimilarityComparison(field, false, 0.90, 0.75);
            case DATE -> new DateComparison(field);
            case CODE -> new CodeComparison(field, field == Field.EMAIL);
        };
    }
}
