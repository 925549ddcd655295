package org.issa.graph.io;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Edge times: an integer (epoch seconds, or any ordinal such as a phase or a simulation step, taken as given) or
 * an ISO-8601 date or date-time ({@code 2024-03-01}, {@code 2024-03-01T10:15:00}, {@code 2024-03-01T10:15:00Z},
 * or a year-month {@code 2024-03}), converted to epoch seconds in UTC.
 */
public final class TimeValue {

    private TimeValue() {
    }

    /** The time as a long, or throws {@link IllegalArgumentException} naming the value. */
    public static long parse(String text) {
        String t = text.strip();
        if (isInteger(t)) {
            return Long.parseLong(t);
        }
        try {
            if (t.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(t + "-01").atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (t.length() == 10) {
                return LocalDate.parse(t).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return t.endsWith("Z") ? Instant.parse(t).getEpochSecond() : OffsetDateTime.parse(t).toEpochSecond();
            }
            return LocalDateTime.parse(t).toEpochSecond(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + text + "' is neither an integer nor an ISO-8601 date or date-time");
        }
    }

    /** {@code -?[0-9]{1,18}} without a regular expression. */
    private static boolean isInteger(String t) {
        int start = t.startsWith("-") ? 1 : 0;
        int digits = t.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
