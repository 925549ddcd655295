package org.issa.investigation.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.core.error.InvalidInputException;

/**
 * Which CSV columns hold what, by header name (case-insensitive): the two ends of each link, and
 * optionally its weight, its time and (call records) its duration.
 *
 * @param source   the column of the first end (edge source, caller)
 * @param target   the column of the other end (edge target, callee)
 * @param weight   a numeric column of weights, if any
 * @param time     a column of ISO 8601 dates or date-times, if any
 * @param duration a column of durations in seconds (call records), if any
 */
public record ColumnMapping(String source, String target, Optional<String> weight, Optional<String> time,
                            Optional<String> duration) {

    public ColumnMapping {
        source = require("mapping.source", source);
        target = require("mapping.target", target);
        weight = weight.map(w -> require("mapping.weight", w));
        time = time.map(t -> require("mapping.time", t));
        duration = duration.map(d -> require("mapping.duration", d));
    }

    public static ColumnMapping edges() {
        return new ColumnMapping("source", "target", Optional.of("weight"), Optional.of("time"), Optional.empty());
    }

    public static ColumnMapping calls() {
        return new ColumnMapping("caller", "callee", Optional.empty(), Optional.of("time"), Optional.of("duration"));
    }

    private static String require(String field, String column) {
        if (column == null || column.isBlank() || column.length() > 100) {
            throw new InvalidInputException(field, field + " must name a column (1-100 characters)");
        }
        return column.strip();
    }

    /** Column indices in a header: required ones must exist; optional ones are -1 when absent and not asked for explicitly. */
    int[] indices(List<String> header, boolean optionalMustExist) {
        return new int[] {index(header, source, true), index(header, target, true),
            weight.map(w -> index(header, w, optionalMustExist)).orElse(-1),
            time.map(t -> index(header, t, optionalMustExist)).orElse(-1),
            duration.map(d -> index(header, d, optionalMustExist)).orElse(-1)};
    }

    private static int index(List<String> header, String column, boolean required) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(column.toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        if (required) {
            throw new ImportError("line 1: the header has no column '" + column + "' (columns: " + String.join(", ", header) + ")");
        }
        return -1;
    }
}
