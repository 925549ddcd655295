package org.issa.cyber.stix;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A STIX 2.1 timestamp: RFC 3339 in UTC with the {@code Z} designator, {@code YYYY-MM-DDTHH:mm:ss[.s+]Z}.
 *
 * @param text           as the producer wrote it (kept for export)
 * @param instant        the instant (fractions beyond nanoseconds cut off)
 * @param fractionDigits how many digits after the seconds the producer gave
 */
public record StixTimestamp(String text, Instant instant, int fractionDigits) implements Comparable<StixTimestamp> {

    private static final Pattern FORMAT = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?Z");

    /** Parses a timestamp, or explains in the returned error why it is not one. */
    public static Optional<StixTimestamp> parse(String text) {
        return Optional.ofNullable(tryParse(text));
    }

    /** Why {@code text} is not a STIX timestamp, or empty when it is one. */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.of("a timestamp is required");
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.of("'" + abbreviate(text) + "' is not a STIX timestamp: use YYYY-MM-DDTHH:mm:ss[.s+]Z in UTC with 'Z'");
        }
        if (tryParse(text) == null) {
            return Optional.of("'" + abbreviate(text) + "' is not a real date and time");
        }
        return Optional.empty();
    }

    private static StixTimestamp tryParse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            String fraction = m.group(7) == null ? "" : m.group(7);
            int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "000000000").substring(0, 9));
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), nanos);
            return new StixTimestamp(text, date.atTime(time).toInstant(ZoneOffset.UTC), fraction.length());
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * A text key whose order is the order of time, with nine fraction digits, e.g.
     * {@code 2015-05-15T09:12:16.432000000Z}: the version key of the store.
     */
    public String sortKey() {
        return sortKey(instant);
    }

    public static String sortKey(Instant at) {
        var t = at.atOffset(ZoneOffset.UTC);
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d.%09dZ", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano());
    }

    /** The STIX text of an instant with millisecond precision, as this node writes new timestamps. */
    public static String format(Instant at) {
        var t = at.atOffset(ZoneOffset.UTC);
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000);
    }

    @Override
    public int compareTo(StixTimestamp o) {
        return instant.compareTo(o.instant);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
