package org.issa.passenger.edifact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/**
 * The date forms of PNRGOV and PAXLST, with two-digit years resolved against a reference date (the interchange's):
 * travel and booking dates to the century nearest the reference, birth dates into the past, expiry dates within fifty
 * years ahead. Unreadable values give empty, never an exception.
 */
public final class EdifactDates {

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    private EdifactDates() {}

    /** How to resolve a two-digit year. */
    public enum Century { NEAREST, PAST, FUTURE }

    /** {@code DDMMYY} (TVL, RCI, DAT). */
    public static Optional<LocalDate> ddmmyy(String s, LocalDate reference) {
        if (!digits(s, 6)) {
            return Optional.empty();
        }
        return date(yy(s, 4), num(s, 2), num(s, 0), reference, Century.NEAREST);
    }

    /** {@code YYMMDD} (UNB, PAXLST DTM 329/36, 189 with time). */
    public static Optional<LocalDate> yymmdd(String s, LocalDate reference, Century century) {
        if (s == null || s.length() < 6 || !digits(s.substring(0, 6), 6)) {
            return Optional.empty();
        }
        return date(yy(s, 0), num(s, 2), num(s, 4), reference, century);
    }

    /** {@code DDMMMYY} (SSR DOCS: {@code 20SEP12}). */
    public static Optional<LocalDate> ddmmmyy(String s, LocalDate reference, Century century) {
        if (s == null || s.length() != 7 || !digits(s.substring(0, 2), 2) || !digits(s.substring(5), 2)) {
            return Optional.empty();
        }
        for (int m = 0; m < 12; m++) {
            if (s.regionMatches(true, 2, MONTHS[m], 0, 3)) {
                return date(yy(s, 5), m + 1, num(s, 0), reference, century);
            }
        }
        return Optional.empty();
    }

    /** {@code HHMM}, empty when absent or unreadable. */
    public static Optional<LocalTime> hhmm(String s) {
        if (!digits(s, 4)) {
            return Optional.empty();
        }
        int h = num(s, 0);
        int m = num(s, 2);
        return h < 24 && m < 60 ? Optional.of(LocalTime.of(h, m)) : Optional.empty();
    }

    /** A local date-time from a date and an optional time (midnight when no time). */
    public static Optional<LocalDateTime> local(Optional<LocalDate> date, String time) {
        return date.map(d -> d.atTime(hhmm(time).orElse(LocalTime.MIDNIGHT)));
    }

    /** A UTC instant from a date and an optional time. */
    public static Optional<Instant> utc(Optional<LocalDate> date, String time) {
        return local(date, time).map(t -> t.toInstant(ZoneOffset.UTC));
    }

    /** {@code DDMMMYY} written back (for the generator and history text). */
    public static String ddmmmyy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%s%02d", d.getDayOfMonth(), MONTHS[d.getMonthValue() - 1], d.getYear() % 100);
    }

    private static Optional<LocalDate> date(int yy, int month, int day, LocalDate reference, Century century) {
        int refYear = reference.getYear();
        int base = refYear - Math.floorMod(refYear, 100);
        int year = base + yy;
        switch (century) {
            case NEAREST -> {
                if (year > refYear + 50) {
                    year -= 100;
                } else if (year < refYear - 50) {
                    year += 100;
                }
            }
            case PAST -> {
                if (year > refYear) {
                    year -= 100;
                }
            }
            case FUTURE -> {
                if (year < refYear - 50) {
                    year += 100;
                } else if (year > refYear + 50) {
                    year -= 100;
                }
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean digits(String s, int n) {
        if (s == null || s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int at) {
        return (s.charAt(at) - '0') * 10 + (s.charAt(at + 1) - '0');
    }

    private static int yy(String s, int at) {
        return num(s, at);
    }
}
