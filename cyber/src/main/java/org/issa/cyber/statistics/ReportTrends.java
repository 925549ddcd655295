package org.issa.cyber.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.issa.core.error.InvalidInputException;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.cyber.report.Roles;

/**
 * How many reports arrived per period, split by RSIT class, RSIT type or country. Periods are ISO
 * weeks (Monday to Sunday) or calendar months in UTC, by the time a report was received. The counting
 * happens in one SQL query that carries the reader's marking predicate, so a reader learns nothing
 * about reports they may not open, not even how many there are.
 */
public final class ReportTrends {

    /** At most this many periods in one request (two years of weeks, five of months). */
    public static final int MAX_WEEKS = 106;
    public static final int MAX_MONTHS = 60;

    private final Sql sql;
    private final Clock clock;

    public ReportTrends(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** What reports are split by. */
    public enum Dimension {
        /** the RSIT class confirmed by triage ("" while not classified) */
        RSIT_CLASS("r.rsit_class"),
        /** class/type as confirmed by triage ("" while not classified) */
        RSIT_TYPE("CASE WHEN r.rsit_class = '' THEN '' ELSE r.rsit_class || '/' || r.rsit_type END"),
        /** the country the reporter gave (ISO 3166-1 alpha-2) */
        COUNTRY("r.country");

        private final String expression;

        Dimension(String expression) {
            this.expression = expression;
        }
    }

    /** The length of a period. */
    public enum Bucket {
        WEEK, MONTH;

        LocalDate start(LocalDate day) {
            return this == WEEK ? day.minusDays(day.getDayOfWeek().getValue() - 1L) : day.withDayOfMonth(1);
        }

        LocalDate next(LocalDate start) {
            return this == WEEK ? start.plusWeeks(1) : start.plusMonths(1);
        }

        String label(LocalDate start) {
            if (this == MONTH) {
                return start.toString().substring(0, 7);
            }
            int week = start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            int year = start.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR);
            return year + "-W" + (week < 10 ? "0" : "") + week;
        }

        int max() {
            return this == WEEK ? MAX_WEEKS : MAX_MONTHS;
        }
    }

    /** A period: from its first day to the day after its last (exclusive), and its label (2026-W05, 2026-02). */
    public record Period(LocalDate start, LocalDate end, String label) {
    }

    /** The counts of one key (a class, type or country), one per period, and their sum. */
    public record Series(String key, List<Long> counts, long total) {
        public Series {
            counts = List.copyOf(counts);
        }
    }

    /** What was asked: the dimension, the period length, the first and last day (inclusive) and whether rejected reports count. */
    public record Query(Dimension by, Bucket bucket, LocalDate from, LocalDate to, boolean includeRejected) {
    }

    /**
     * The answer: periods covering the asked days (widened to whole weeks or months), one series per key
     * seen (largest total first), the totals per period and overall.
     */
    public record Trend(Query query, List<Period> periods, List<Series> series, List<Long> totals, long total) {
        public Trend {
            periods = List.copyOf(periods);
            series = List.copyOf(series);
            totals = List.copyOf(totals);
        }
    }

    /** The default question: the last twelve weeks or months up to today. */
    public Query lastPeriods(Dimension by, Bucket bucket, int periods, boolean includeRejected) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = bucket.start(today);
        for (int i = 1; i < periods; i++) {
            first = bucket == Bucket.WEEK ? first.minusWeeks(1) : first.minusMonths(1);
        }
        return new Query(by, bucket, first, today, includeRejected);
    }

    public Trend count(Principal reader, Query q) {
        Roles.require(reader, "see report statistics", Role.ANALYST, Role.SUPERVISOR, Role.DPO);
        List<Period> periods = periods(q);
        SqlFragment where = MarkingFilter.readableBy(reader, "r").and(SqlFragment.of("r.received_at >= ? AND r.received_at < ?",
                periods.getFirst().start().atStartOfDay().toInstant(ZoneOffset.UTC),
                periods.getLast().end().atStartOfDay().toInstant(ZoneOffset.UTC)));
        if (!q.includeRejected()) {
            where = where.and(SqlFragment.of("r.status <> 'REJECTED'"));
        }
        StringBuilder bucketCase = new StringBuilder("CASE");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < periods.size() - 1; i++) {
            bucketCase.append(" WHEN r.received_at < ? THEN ").append(i);
            params.add(periods.get(i).end().atStartOfDay().toInstant(ZoneOffset.UTC));
        }
        bucketCase.append(" ELSE ").append(periods.size() - 1).append(" END");
        String bucketOf = periods.size() == 1 ? "0" : bucketCase.toString(); // CASE needs at least one WHEN
        params.addAll(where.params());
        String query = "SELECT x.b, x.k, COUNT(*) AS n FROM (SELECT " + bucketOf + " AS b, " + q.by().expression + " AS k "
                + "FROM cyber_report r WHERE " + where.sql() + ") x GROUP BY x.b, x.k";
        Map<String, long[]> byKey = new LinkedHashMap<>();
        long[] totals = new long[periods.size()];
        for (Object[] row : sql.query(query, rs -> new Object[] {rs.getInt("b"), rs.getString("k"), rs.getLong("n")}, params.toArray())) {
            int b = (Integer) row[0];
            long n = (Long) row[2];
            byKey.computeIfAbsent(row[1] == null ? "" : (String) row[1], k -> new long[periods.size()])[b] += n;
            totals[b] += n;
        }
        List<Series> series = new ArrayList<>();
        byKey.forEach((k, counts) -> series.add(new Series(k, java.util.Arrays.stream(counts).boxed().toList(),
                java.util.Arrays.stream(counts).sum())));
        series.sort(Comparator.comparingLong(Series::total).reversed().thenComparing(Series::key));
        List<Long> t = java.util.Arrays.stream(totals).boxed().toList();
        return new Trend(q, periods, series, t, t.stream().mapToLong(Long::longValue).sum());
    }

    /** The periods covering {@code from} to {@code to} (inclusive), each whole. */
    static List<Period> periods(Query q) {
        if (q.from() == null || q.to() == null) {
            throw new InvalidInputException(q.from() == null ? "from" : "to", "a period needs a first and a last day");
        }
        if (q.to().isBefore(q.from())) {
            throw new InvalidInputException("to", "to (" + q.to() + ") must not be before from (" + q.from() + ")");
        }
        List<Period> out = new ArrayList<>();
        for (LocalDate s = q.bucket().start(q.from()); !s.isAfter(q.to()); s = q.bucket().next(s)) {
            if (out.size() == q.bucket().max()) {
                throw new InvalidInputException("to", "at most " + q.bucket().max() + " " + q.bucket().name().toLowerCase(java.util.Locale.ROOT)
                        + "s at a time; choose a shorter period or monthly periods");
            }
            out.add(new Period(s, q.bucket().next(s), q.bucket().label(s)));
        }
        return out;
    }
}
