package org.issa.investigation.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** FtM dates are ISO 8601 strings of any precision ("2014", "2014-05", "2014-05-03T10:00:00Z"): their first and last day. */
final class Dates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?.*");

    private Dates() {
    }

    static Optional<LocalDate> first(String value) {
        return parse(value, true);
    }

    static Optional<LocalDate> last(String value) {
        return parse(value, false);
    }

    private static Optional<LocalDate> parse(String value, boolean first) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
            }
            YearMonth ym = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return Optional.of(first ? ym.atDay(1) : ym.atEndOfMonth());
            }
            return Optional.of(ym.atDay(Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
