package org.issa.matching.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as lists know it: a day, a month, a year only, a range of years (UN
 * {@code BETWEEN}, EU {@code yearRangeFrom/To}) or an approximate year ("circa"). {@code month} and
 * {@code day} are 0 when unknown; a single year has {@code fromYear == toYear}. Invalid calendar
 * dates from corrupted sources (31 February) are kept as given: they still compare by digits.
 */
public record BirthDate(int fromYear, int toYear, int month, int day, boolean circa) {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EUROPEAN = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*(?:-|–|to|\\.\\.)\\s*(\\d{4})");
    private static final Pattern CIRCA = Pattern.compile("(?i)(?:circa|ca\\.?|c\\.|approx(?:imately)?\\.?|~)\\s*(\\d{4})");

    public BirthDate {
        if (fromYear < 1000 || toYear > 2999 || toYear < fromYear) {
            throw new IllegalArgumentException("year range " + fromYear + "-" + toYear + " is not plausible");
        }
        if (month < 0 || month > 12 || day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("month " + month + " / day " + day + " out of range");
        }
        if (fromYear != toYear && (month != 0 || day != 0)) {
            throw new IllegalArgumentException("a year range carries no month or day");
        }
    }

    public static BirthDate of(LocalDate date) {
        return new BirthDate(date.getYear(), date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    public static BirthDate year(int year) {
        return new BirthDate(year, year, 0, 0, false);
    }

    public static BirthDate circa(int year) {
        return new BirthDate(year, year, 0, 0, true);
    }

    public static BirthDate range(int from, int to) {
        return new BirthDate(from, to, 0, 0, false);
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}, {@code YYYYMMDD}, {@code DD.MM.YYYY}
     * or {@code DD/MM/YYYY}, {@code YYYY-YYYY} and {@code circa YYYY}.
     *
     * @throws IllegalArgumentException naming the text when it is none of these
     */
    public static BirthDate parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("date of birth is empty");
        }
        String t = text.strip();
        Matcher m;
        try {
            if ((m = RANGE.matcher(t)).matches()) {
                return range(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = CIRCA.matcher(t)).matches()) {
                return circa(Integer.parseInt(m.group(1)));
            }
            if ((m = COMPACT.matcher(t)).matches()) {
                return new BirthDate(num(m, 1), num(m, 1), num(m, 2), num(m, 3), false);
            }
            if ((m = ISO.matcher(t)).matches()) {
                int y = num(m, 1);
                return new BirthDate(y, y, m.group(2) == null ? 0 : num(m, 2), m.group(3) == null ? 0 : num(m, 3), false);
            }
            if ((m = EUROPEAN.matcher(t)).matches()) {
                int y = num(m, 3);
                return new BirthDate(y, y, num(m, 2), num(m, 1), false);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("date of birth '" + text + "' is not valid: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("date of birth '" + text
                + "' is not a date (expected YYYY-MM-DD, YYYYMMDD, DD.MM.YYYY, YYYY, YYYY-YYYY or circa YYYY)");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    public boolean isRange() {
        return fromYear != toYear;
    }

    /** Whether the day is known (full date precision). */
    public boolean hasDay() {
        return day > 0;
    }

    @Override
    public String toString() {
        if (isRange()) {
            return fromYear + "–" + toYear;
        }
        String y = (circa ? "c. " : "") + fromYear;
        if (month == 0) {
            return y;
        }
        return day == 0 ? String.format("%s-%02d", y, month) : String.format("%s-%02d-%02d", y, month, day);
    }
}
