package org.issa.passenger.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;

/**
 * The statistics of Art 20: counts only, by month (of the flight's arrival or departure, UTC) and
 * carrier, by competent authority, and of exchanges. No name, locator, document or free text
 * appears: the carrier designator, an authority's name and a country code are the only labels.
 * Counts cover all stored rows whatever their marking, since a count reveals nobody.
 */
public final class Article20Statistics {

    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;

    public Article20Statistics(Sql sql, AuditLog audit, Transactions tx) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
    }

    /** One month of one carrier. */
    public record CarrierMonth(String month, String carrier, long bookings, long passengersAssessed, long listHits, long criterionHits,
                               long passengersWithHits, long passengersReferred, long referrals) {
    }

    public record AuthorityMonth(String month, String authorityCode, String authorityName, long referrals) {
    }

    /** Requests received (by requester kind) and third-country transfers (by country), per month. */
    public record ExchangeMonth(String month, String kind, String label, long count) {
    }

    public record Statistics(Optional<String> fromMonth, Optional<String> toMonth, List<CarrierMonth> carriers,
                             List<AuthorityMonth> authorities, List<ExchangeMonth> exchanges) {

        public long passengersAssessed() {
            return carriers.stream().mapToLong(CarrierMonth::passengersAssessed).sum();
        }

        public long passengersReferred() {
            return carriers.stream().mapToLong(CarrierMonth::passengersReferred).sum();
        }

        public long referrals() {
            return carriers.stream().mapToLong(CarrierMonth::referrals).sum();
        }
    }

    public static void requireReader(Principal who) {
        if (!who.hasAny(Role.DPO, Role.SUPERVISOR, Role.AUDITOR)) {
            throw new ForbiddenException("only the DPO, supervisors and auditors read the Article 20 statistics");
        }
    }

    public Statistics compute(Principal reader, Optional<String> fromMonth, Optional<String> toMonth) {
        requireReader(reader);
        fromMonth.ifPresent(m -> month("from", m));
        toMonth.ifPresent(m -> month("to", m));
        Statistics s = new Statistics(fromMonth, toMonth, carriers(fromMonth, toMonth), authorities(fromMonth, toMonth),
                exchanges(fromMonth, toMonth));
        tx.run(() -> audit.record(org.issa.core.audit.AuditEvent.write(reader.username(), "passenger.statistics.read",
                "passenger_statistics", fromMonth.orElse("") + ".." + toMonth.orElse(""), "Art 20 statistics")));
        return s;
    }

    private List<CarrierMonth> carriers(Optional<String> from, Optional<String> to) {
        SqlFragment w = range(from, to);
        Map<String, long[]> rows = new TreeMap<>();
        sql.query("SELECT stat_month, carrier, COUNT(DISTINCT booking_ref), COUNT(*) FROM passenger_assessments WHERE " + w.sql()
                + " GROUP BY stat_month, carrier", rs -> {
                    long[] r = rows.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new long[7]);
                    r[0] = rs.getLong(3);
                    r[1] = rs.getLong(4);
                    return null;
                }, w.paramArray());
        sql.query("SELECT stat_month, carrier, SUM(CASE WHEN source = 'WATCHLIST' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN source = 'CRITERION' THEN 1 ELSE 0 END), COUNT(DISTINCT passenger_ref) FROM review_hits WHERE " + w.sql()
                + " GROUP BY stat_month, carrier", rs -> {
                    long[] r = rows.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new long[7]);
                    r[2] = rs.getLong(3);
                    r[3] = rs.getLong(4);
                    r[4] = rs.getLong(5);
                    return null;
                }, w.paramArray());
        sql.query("SELECT h.stat_month, h.carrier, COUNT(DISTINCT h.passenger_ref), COUNT(*) FROM review_referrals r"
                + " JOIN review_hits h ON h.id = r.hit_id WHERE " + range(from, to, "h.").sql() + " GROUP BY h.stat_month, h.carrier", rs -> {
                    long[] r = rows.computeIfAbsent(rs.getString(1) + "|" + rs.getString(2), k -> new long[7]);
                    r[5] = rs.getLong(3);
                    r[6] = rs.getLong(4);
                    return null;
                }, range(from, to, "h.").paramArray());
        List<CarrierMonth> out = new ArrayList<>();
        rows.forEach((k, r) -> {
            String[] mc = k.split("\\|", 2);
            out.add(new CarrierMonth(mc[0], mc[1], r[0], r[1], r[2], r[3], r[4], r[5], r[6]));
        });
        return out;
    }

    private List<AuthorityMonth> authorities(Optional<String> from, Optional<String> to) {
        SqlFragment w = range(from, to, "r.");
        return sql.query("SELECT r.stat_month, a.code, a.name, COUNT(*) FROM review_referrals r JOIN competent_authorities a"
                + " ON a.id = r.authority_id WHERE " + w.sql() + " GROUP BY r.stat_month, a.code, a.name ORDER BY r.stat_month, a.code",
                rs -> new AuthorityMonth(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), w.paramArray());
    }

    private List<ExchangeMonth> exchanges(Optional<String> from, Optional<String> to) {
        SqlFragment w = range(from, to);
        List<ExchangeMonth> out = new ArrayList<>(sql.query("SELECT stat_month, requester_kind, COUNT(*) FROM exchange_requests WHERE "
                + w.sql() + " GROUP BY stat_month, requester_kind ORDER BY stat_month, requester_kind",
                rs -> new ExchangeMonth(rs.getString(1), "request", rs.getString(2), rs.getLong(3)), w.paramArray()));
        out.addAll(sql.query("SELECT stat_month, country, COUNT(*) FROM third_country_transfers WHERE " + w.sql()
                + " GROUP BY stat_month, country ORDER BY stat_month, country",
                rs -> new ExchangeMonth(rs.getString(1), "third-country transfer", rs.getString(2), rs.getLong(3)), w.paramArray()));
        out.sort(java.util.Comparator.comparing(ExchangeMonth::month).thenComparing(ExchangeMonth::kind).thenComparing(ExchangeMonth::label));
        return out;
    }

    private static SqlFragment range(Optional<String> from, Optional<String> to) {
        return range(from, to, "");
    }

    private static SqlFragment range(Optional<String> from, Optional<String> to, String alias) {
        SqlFragment w = SqlFragment.of("1 = 1");
        if (from.isPresent()) {
            w = w.and(SqlFragment.of(alias + "stat_month >= ?", from.get()));
        }
        if (to.isPresent()) {
            w = w.and(SqlFragment.of(alias + "stat_month <= ?", to.get()));
        }
        return w;
    }

    private static void month(String field, String m) {
        if (!MONTH.matcher(m).matches()) {
            throw new InvalidInputException(field, field + " must be a month like 2026-11");
        }
    }
}
