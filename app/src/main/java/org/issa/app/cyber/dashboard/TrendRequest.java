package org.issa.app.cyber.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.issa.core.error.InvalidInputException;
import org.issa.cyber.statistics.ReportTrends;
import org.issa.cyber.statistics.ReportTrends.Bucket;
import org.issa.cyber.statistics.ReportTrends.Dimension;
import org.issa.cyber.statistics.ReportTrends.Query;

/**
 * The question as the page and the API take it: {@code by} (rsit-class, rsit-type, country),
 * {@code bucket} (week, month), {@code from} and {@code to} (ISO dates, inclusive; by default the
 * last twelve periods up to today) and {@code includeRejected}. Bad values are refused naming the field.
 */
public record TrendRequest(String by, String bucket, String from, String to, boolean includeRejected) {

    /** Periods shown when no first day is given. */
    static final int DEFAULT_PERIODS = 12;

    public TrendRequest {
        by = by == null || by.isBlank() ? "rsit-class" : by.strip().toLowerCase(Locale.ROOT);
        bucket = bucket == null || bucket.isBlank() ? "week" : bucket.strip().toLowerCase(Locale.ROOT);
        from = from == null ? "" : from.strip();
        to = to == null ? "" : to.strip();
    }

    Query toQuery(ReportTrends trends) {
        Dimension d = switch (by) {
            case "rsit-class" -> Dimension.RSIT_CLASS;
            case "rsit-type" -> Dimension.RSIT_TYPE;
            case "country" -> Dimension.COUNTRY;
            default -> throw new InvalidInputException("by", "by must be rsit-class, rsit-type or country");
        };
        Bucket b = switch (bucket) {
            case "week" -> Bucket.WEEK;
            case "month" -> Bucket.MONTH;
            default -> throw new InvalidInputException("bucket", "bucket must be week or month");
        };
        Query last = trends.lastPeriods(d, b, DEFAULT_PERIODS, includeRejected);
        LocalDate end = to.isEmpty() ? last.to() : date("to", to);
        LocalDate start;
        if (!from.isEmpty()) {
            start = date("from", from);
        } else {
            start = b == Bucket.WEEK ? end.minusWeeks(DEFAULT_PERIODS - 1L) : end.minusMonths(DEFAULT_PERIODS - 1L);
        }
        return new Query(d, b, start, end, includeRejected);
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be a date such as 2026-01-31");
        }
    }
}
