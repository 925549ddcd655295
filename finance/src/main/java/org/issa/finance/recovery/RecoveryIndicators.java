package org.issa.finance.recovery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;

/**
 * The evaluation indicators of Directive 2014/42/EU Art. 11 and Directive (EU) 2024/1260: number and value of
 * freezing and confiscation orders, amounts recovered (proceeds of approved sales), and the median time from the
 * first freezing order to the first confiscation order of an asset, by offence type and year. Counts and sums are
 * computed by SQL over the orders and sales; the median over the per-asset day counts SQL returns. Values stay per
 * currency: no exchange rate is invented.
 */
public final class RecoveryIndicators {

    private final Sql sql;

    public RecoveryIndicators(Sql sql) {
        this.sql = sql;
    }

    /** One line: a year and an offence type (empty for all offences of the year). */
    public record Row(int year, Optional<OffenceType> offence, long freezingOrders, Map<String, BigDecimal> freezingValue,
                      long confiscationOrders, Map<String, BigDecimal> confiscationValue, Map<String, BigDecimal> recovered,
                      Optional<Double> medianDaysFreezingToConfiscation, int assetsTimed) {
    }

    private static final class Acc {
        long freezing;
        long confiscation;
        final Map<String, BigDecimal> freezingValue = new TreeMap<>();
        final Map<String, BigDecimal> confiscationValue = new TreeMap<>();
        final Map<String, BigDecimal> recovered = new TreeMap<>();
        final List<Long> days = new ArrayList<>();
    }

    /**
     * The indicators, by year (newest first) then offence type, with an all-offences line per year. With a reader, only
     * the assets they may see count (markings in SQL); without one, all of them (the system's figures for the monitor).
     */
    public List<Row> compute(Optional<Principal> reader) {
        SqlFragment visible = reader.map(r -> MarkingFilter.readableBy(r, "a")).orElse(SqlFragment.of("1 = 1"));
        Map<Integer, Map<Optional<OffenceType>, Acc>> acc = new TreeMap<>(Collections.reverseOrder());
        sql.query("SELECT EXTRACT(YEAR FROM o.issued_on) AS y, o.offence, o.order_type, o.currency, COUNT(*), SUM(o.amount)"
                + " FROM fin_aro_order o JOIN fin_aro_asset a ON a.id = o.asset_id WHERE " + visible.sql()
                + " GROUP BY EXTRACT(YEAR FROM o.issued_on), o.offence, o.order_type, o.currency", rs -> {
                    int year = rs.getInt(1);
                    OffenceType offence = OffenceType.valueOf(rs.getString(2));
                    boolean freezing = rs.getString(3).equals(AssetOrder.Type.FREEZING.name());
                    String currency = rs.getString(4);
                    long n = rs.getLong(5);
                    BigDecimal sum = rs.getBigDecimal(6);
                    for (Acc x : both(acc, year, offence)) {
                        if (freezing) {
                            x.freezing += n;
                            x.freezingValue.merge(currency, sum, BigDecimal::add);
                        } else {
                            x.confiscation += n;
                            x.confiscationValue.merge(currency, sum, BigDecimal::add);
                        }
                    }
                    return null;
                }, visible.paramArray());
        sql.query("SELECT s.decided_at, a.offence, s.currency, s.price FROM fin_aro_sale s JOIN fin_aro_asset a ON a.id = s.asset_id"
                + " WHERE s.status = 'APPROVED' AND " + visible.sql(), rs -> {
                    int year = Sql.instant(rs, "decided_at").atZone(java.time.ZoneOffset.UTC).getYear();
                    for (Acc x : both(acc, year, OffenceType.valueOf(rs.getString(2)))) {
                        x.recovered.merge(rs.getString(3), rs.getBigDecimal(4), BigDecimal::add);
                    }
                    return null;
                }, visible.paramArray());
        // the time is counted under the year and offence of the first confiscation order
        sql.query("SELECT a.id, MIN(CASE WHEN o.order_type = 'CONFISCATION' THEN o.offence END) AS offence,"
                + " MIN(CASE WHEN o.order_type = 'FREEZING' THEN o.issued_on END) AS frozen,"
                + " MIN(CASE WHEN o.order_type = 'CONFISCATION' THEN o.issued_on END) AS confiscated"
                + " FROM fin_aro_asset a JOIN fin_aro_order o ON o.asset_id = a.id WHERE " + visible.sql() + " GROUP BY a.id", rs -> {
                    LocalDate frozen = rs.getObject("frozen", LocalDate.class);
                    LocalDate confiscated = rs.getObject("confiscated", LocalDate.class);
                    if (frozen != null && confiscated != null) {
                        long days = ChronoUnit.DAYS.between(frozen, confiscated);
                        for (Acc x : both(acc, confiscated.getYear(), OffenceType.valueOf(rs.getString(2)))) {
                            x.days.add(days);
                        }
                    }
                    return null;
                }, visible.paramArray());
        List<Row> out = new ArrayList<>();
        acc.forEach((year, byOffence) -> byOffence.forEach((offence, x) -> out.add(new Row(year, offence, x.freezing, x.freezingValue,
                x.confiscation, x.confiscationValue, x.recovered, median(x.days), x.days.size()))));
        return out;
    }

    /** The all-offences line of a year, if the year has any figure. */
    public static Optional<Row> total(List<Row> rows, int year) {
        return rows.stream().filter(r -> r.year() == year && r.offence().isEmpty()).findFirst();
    }

    /** The median of whole numbers: the middle one, or the mean of the two middle ones; empty for none. */
    public static Optional<Double> median(List<Long> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
    }

    private static List<Acc> both(Map<Integer, Map<Optional<OffenceType>, Acc>> acc, int year, OffenceType offence) {
        Map<Optional<OffenceType>, Acc> y = acc.computeIfAbsent(year, k -> new TreeMap<>((p, q) -> p.isEmpty() ? (q.isEmpty() ? 0 : -1)
                : q.isEmpty() ? 1 : p.get().compareTo(q.get())));
        return List.of(y.computeIfAbsent(Optional.empty(), k -> new Acc()), y.computeIfAbsent(Optional.of(offence), k -> new Acc()));
    }
}
