package org.issa.matching.resolution;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Dates as digit strings {@code YYYYMMDD}: exact; one edit apart (a mistyped or a swapped pair of
 * digits: {@code 19560409} / {@code 19650409}); within a year (same year, or both valid calendar
 * dates at most 365 days apart, so that December 2015 meets January 2016); else different.
 * Invalid calendar dates (31 February) take part in every level but the day distance.
 */
public record DateComparison(Field field) implements FieldComparison {

    private static final List<String> LEVELS = List.of("exact", "one digit typed wrong or two swapped",
            "within a year", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (FieldComparison.oneEdit(a, b)) {
            return 1;
        }
        if (a.length() >= 4 && b.length() >= 4 && a.regionMatches(0, b, 0, 4)) {
            return 2;
        }
        LocalDate da = parse(a);
        LocalDate db = parse(b);
        if (da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) <= 365) {
            return 2;
        }
        return 3;
    }

    /** The calendar date of {@code YYYYMMDD}, or null when the digits are not one. */
    static LocalDate parse(String digits) {
        if (digits.length() != 8) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(digits, 0, 4, 10), Integer.parseInt(digits, 4, 6, 10),
                    Integer.parseInt(digits, 6, 8, 10));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
