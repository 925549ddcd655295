package org.issa.finance.freezing;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.finance.account.Iban;

/** Freezing orders, their accounts, licences and events over JDBC; every read for a user filters by marking in SQL. */
public final class FreezingStore {

    private static final String COLUMNS = "o.id, o.reference, o.regime, o.legal_act, o.article, o.subject_name, o.subject_kind,"
            + " o.subject_birth, o.list_id, o.list_name, o.entry_id, o.hit_id, o.issued_on, o.effective_from, o.lifted_on, o.lift_reason,"
            + " o.created_at, o.created_by, o.version, o.m_class, o.m_tlp, o.m_rel, o.m_orig, o.m_flags";

    private final Sql sql;

    public FreezingStore(Sql sql) {
        this.sql = sql;
    }

    public long countReferences(String prefix) {
        return sql.count("SELECT COUNT(*) FROM fin_frz_order WHERE reference LIKE ?", prefix + "%");
    }

    public void insert(FreezingOrder o) {
        List<Object> p = new ArrayList<>(Arrays.asList(o.id(), o.reference(), o.regime().name(), o.legalAct(), o.article(), o.subjectName(),
                o.subjectKind().name(), o.subjectBirthDate().map(Date::valueOf).orElse(null), o.source().listId(), o.source().listName(),
                o.source().entryId(), o.source().hitId(), Date.valueOf(o.issuedOn()), Date.valueOf(o.effectiveFrom()), o.createdAt(),
                o.createdBy(), o.version()));
        p.addAll(MarkingFilter.bind(o.marking()));
        sql.update("INSERT INTO fin_frz_order (id, reference, regime, legal_act, article, subject_name, subject_kind, subject_birth, list_id,"
                + " list_name, entry_id, hit_id, issued_on, effective_from, created_at, created_by, version, " + MarkingFilter.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.toArray());
        o.accounts().forEach(a -> insert(o.id(), a));
    }

    public void insert(String orderId, FrozenAccount a) {
        sql.update("INSERT INTO fin_frz_account (order_id, iban, holder_name, currency, amount, frozen_on) VALUES (?, ?, ?, ?, ?, ?)",
                orderId, a.iban().value(), a.holderName(), a.frozen().currency(), a.frozen().amount(), Date.valueOf(a.frozenOn()));
    }

    public void insert(String orderId, Licence l) {
        sql.update("INSERT INTO fin_frz_licence (id, order_id, kind, iban, currency, amount, authority, licence_ref, granted_on, granted_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", l.id(), orderId, l.kind().name(), l.iban().value(), l.released().currency(),
                l.released().amount(), l.authority(), l.reference(), Date.valueOf(l.grantedOn()), l.grantedBy());
    }

    public void insert(FreezingEvent e) {
        sql.update("INSERT INTO fin_frz_event (order_id, seq, kind, at, actor, reason, detail) VALUES (?, ?, ?, ?, ?, ?, ?)", e.orderId(),
                e.seq(), e.kind().name(), e.at(), e.actor(), e.reason(), e.detail());
    }

    /** Moves the order to its next version; false when another change came first (optimistic lock). */
    public boolean bump(String id, int expectedVersion) {
        return sql.update("UPDATE fin_frz_order SET version = version + 1 WHERE id = ? AND version = ?", id, expectedVersion) == 1;
    }

    public boolean lift(String id, int expectedVersion, LocalDate on, String reason) {
        return sql.update("UPDATE fin_frz_order SET lifted_on = ?, lift_reason = ?, version = version + 1 WHERE id = ? AND version = ?"
                + " AND lifted_on IS NULL", Date.valueOf(on), reason, id, expectedVersion) == 1;
    }

    public List<FreezingEvent> events(String orderId) {
        return sql.query("SELECT order_id, seq, kind, at, actor, reason, detail FROM fin_frz_event WHERE order_id = ? ORDER BY seq",
                rs -> new FreezingEvent(rs.getString(1), rs.getInt(2), FreezingEvent.Kind.valueOf(rs.getString(3)), Sql.instant(rs, "at"),
                        rs.getString(5), rs.getString(6), rs.getString(7)), orderId);
    }

    public Optional<FreezingOrder> find(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "o").and(SqlFragment.of("o.id = ?", id));
        return sql.queryOne("SELECT " + COLUMNS + " FROM fin_frz_order o WHERE " + where.sql(), this::order, where.paramArray());
    }

    /** Orders the reader may see, newest reference first; {@code inForceOn} keeps those in force that day. */
    public List<FreezingOrder> list(Principal reader, Optional<LocalDate> inForceOn, Optional<String> afterReference, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "o");
        if (inForceOn.isPresent()) {
            Date d = Date.valueOf(inForceOn.get());
            where = where.and(SqlFragment.of("o.effective_from <= ? AND (o.lifted_on IS NULL OR o.lifted_on > ?)", d, d));
        }
        if (afterReference.isPresent()) {
            where = where.and(SqlFragment.of("o.reference < ?", afterReference.get()));
        }
        return sql.query("SELECT " + COLUMNS + " FROM fin_frz_order o WHERE " + where.sql() + " ORDER BY o.reference DESC FETCH FIRST "
                + limit + " ROWS ONLY", this::order, where.paramArray());
    }

    /** One line of the frozen-funds register: a list (or regime), a person or entity, a currency, with counts and sums. */
    public record FundsRow(String regime, String listName, String subjectName, String currency, int orders, BigDecimal frozen,
                           BigDecimal released) {
        public BigDecimal remaining() {
            return frozen.subtract(released);
        }
    }

    /**
     * The frozen funds on a day, by regime, list, person and currency: accounts frozen by then under orders in force,
     * less licences granted by then. Markings in the query; {@code reader} empty means the system's view (for the
     * strategy indicators, which are aggregates without names).
     */
    public List<FundsRow> funds(Optional<Principal> reader, LocalDate asOf) {
        Date d = Date.valueOf(asOf);
        SqlFragment inForce = SqlFragment.of("o.effective_from <= ? AND (o.lifted_on IS NULL OR o.lifted_on > ?)", d, d);
        SqlFragment where = reader.map(r -> MarkingFilter.readableBy(r, "o").and(inForce)).orElse(inForce);
        List<Object> params = new ArrayList<>();
        params.add(d);
        params.add(d);
        params.addAll(where.params());
        return sql.query("SELECT o.regime, o.list_name, o.subject_name, a.currency, COUNT(DISTINCT o.id), SUM(a.amount),"
                + " SUM(COALESCE(l.released, 0))"
                + " FROM fin_frz_order o JOIN fin_frz_account a ON a.order_id = o.id AND a.frozen_on <= ?"
                + " LEFT JOIN (SELECT order_id, iban, SUM(amount) AS released FROM fin_frz_licence WHERE granted_on <= ?"
                + " GROUP BY order_id, iban) l ON l.order_id = a.order_id AND l.iban = a.iban"
                + " WHERE " + where.sql() + " GROUP BY o.regime, o.list_name, o.subject_name, a.currency"
                + " ORDER BY o.list_name, o.subject_name, a.currency", rs -> new FundsRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getBigDecimal(6), rs.getBigDecimal(7)), params.toArray());
    }

    private List<FrozenAccount> accounts(String orderId) {
        return sql.query("SELECT iban, holder_name, currency, amount, frozen_on FROM fin_frz_account WHERE order_id = ? ORDER BY frozen_on, iban",
                rs -> new FrozenAccount(new Iban(rs.getString(1)), rs.getString(2), new Money(rs.getBigDecimal(4), rs.getString(3)),
                        rs.getDate(5).toLocalDate()), orderId);
    }

    private List<Licence> licences(String orderId) {
        return sql.query("SELECT id, kind, iban, currency, amount, authority, licence_ref, granted_on, granted_by FROM fin_frz_licence"
                + " WHERE order_id = ? ORDER BY granted_on, id", rs -> new Licence(rs.getString(1), LicenceKind.valueOf(rs.getString(2)),
                new Iban(rs.getString(3)), new Money(rs.getBigDecimal(5), rs.getString(4)), rs.getString(6), rs.getString(7),
                rs.getDate(8).toLocalDate(), rs.getString(9)), orderId);
    }

    private FreezingOrder order(ResultSet rs) throws SQLException {
        String id = rs.getString("id");
        Date birth = rs.getDate("subject_birth");
        Date lifted = rs.getDate("lifted_on");
        return new FreezingOrder(id, rs.getString("reference"), Regime.valueOf(rs.getString("regime")), rs.getString("legal_act"),
                rs.getString("article"), rs.getString("subject_name"), FreezingOrder.SubjectKind.valueOf(rs.getString("subject_kind")),
                Optional.ofNullable(birth).map(Date::toLocalDate), new ListSource(rs.getString("list_id"), rs.getString("list_name"),
                rs.getString("entry_id"), rs.getString("hit_id")), rs.getDate("issued_on").toLocalDate(),
                rs.getDate("effective_from").toLocalDate(), Optional.ofNullable(lifted).map(Date::toLocalDate),
                Optional.ofNullable(rs.getString("lift_reason")), accounts(id), licences(id), Sql.instant(rs, "created_at"),
                rs.getString("created_by"), rs.getInt("version"), MarkingFilter.read(rs));
    }
}
