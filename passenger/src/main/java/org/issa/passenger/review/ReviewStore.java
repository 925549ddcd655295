package org.issa.passenger.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.passenger.store.NameKey;

/**
 * Cases, hits, referrals and the register of competent authorities over JDBC. Every read of hits
 * filters by marking in the query; every change of a hit's state is one conditional UPDATE that
 * also requires its case to be open, so that a decision cannot slip past a concurrent close.
 */
public final class ReviewStore {

    private static final String HIT_COLUMNS = "h.id, h.case_id, h.source, h.source_id, h.source_name, h.source_version, h.entry_id,"
            + " h.entry_name, h.score, h.priority, h.explanation, h.details, h.flight_key, h.flight_label, h.carrier, h.direction,"
            + " h.flight_time, h.passenger_ref, h.passenger_name, h.booking_ref, h.status, h.raised_at, h.reviewed_by, h.reviewed_at,"
            + " h.review_note, h.decided_by, h.decided_at, h.decision_reason, h.m_class, h.m_tlp, h.m_rel, h.m_orig, h.m_flags,"
            + " h.pnr_booking_id, h.masked_at, h.erased_at";
    private static final String OPEN_CASE = " AND case_id IN (SELECT id FROM review_cases WHERE status = 'OPEN')";

    private final Sql sql;

    public ReviewStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Everything about the passenger and flight a hit needs beside its source; the stored PNR message and booking it was
     * raised on ("" when the passenger came without a stored PNR), whose retention the hit follows.
     */
    public record Subject(String flightKey, String flightLabel, String carrier, String direction, Instant flightTime,
                          String passengerRef, String passengerName, String bookingRef, String month, String pnrMessageId,
                          String pnrBookingId) {
        public Subject {
            pnrMessageId = pnrMessageId == null ? "" : pnrMessageId;
            pnrBookingId = pnrBookingId == null ? "" : pnrBookingId;
        }

        public Subject(String flightKey, String flightLabel, String carrier, String direction, Instant flightTime, String passengerRef,
                       String passengerName, String bookingRef, String month) {
            this(flightKey, flightLabel, carrier, direction, flightTime, passengerRef, passengerName, bookingRef, month, "", "");
        }
    }

    /** The open case of this passenger on this flight, opened now if there is none (a closed case stays closed). */
    public String openCase(String flightKey, String passengerRef, Instant now) {
        Optional<String> open = sql.queryOne("SELECT id FROM review_cases WHERE flight_key = ? AND passenger_ref = ? AND status = 'OPEN'",
                rs -> rs.getString(1), flightKey, passengerRef);
        if (open.isPresent()) {
            return open.get();
        }
        String id = UUID.randomUUID().toString();
        sql.update("INSERT INTO review_cases (id, flight_key, passenger_ref, status, opened_at) VALUES (?, ?, ?, 'OPEN', ?)", id, flightKey,
                passengerRef, now);
        return id;
    }

    public boolean known(Subject s, NewHit h) {
        return sql.count("SELECT COUNT(*) FROM review_hits WHERE flight_key = ? AND passenger_ref = ? AND source = ? AND source_id = ?"
                + " AND entry_id = ?", s.flightKey(), s.passengerRef(), h.source(), h.sourceId(), h.entryId()) > 0;
    }

    public void insertHit(String id, String caseId, Subject s, NewHit h, Instant now, Marking m) {
        List<Object> values = new ArrayList<>(Arrays.asList(id, caseId, h.source(), h.sourceId(), h.sourceName(), h.sourceVersion(),
                h.entryId(), h.entryName(), h.score(), h.priority(), h.priority().rank(), clip(h.explanation(), 2000),
                clip(joinLines(h.details()), 20000), s.flightKey(), s.flightLabel(), s.carrier(), s.direction(), s.flightTime(),
                s.passengerRef(), clip(s.passengerName(), 500), s.bookingRef(), s.month(), HitStatus.NEW, now,
                s.pnrMessageId().isEmpty() ? null : s.pnrMessageId(), s.pnrBookingId().isEmpty() ? null : s.pnrBookingId(),
                NameKey.of(s.passengerName(), "")));
        values.addAll(MarkingFilter.bind(m));
        sql.update("INSERT INTO review_hits (id, case_id, source, source_id, source_name, source_version, entry_id, entry_name, score,"
                + " priority, priority_rank, explanation, details, flight_key, flight_label, carrier, direction, flight_time, passenger_ref,"
                + " passenger_name, booking_ref, stat_month, status, raised_at, pnr_message_id, pnr_booking_id, name_key, "
                + MarkingFilter.COLUMNS + ")"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values.toArray());
    }

    /**
     * The queue in review order: soonest flight (arrival or departure) first, then priority, then
     * when raised. The cursor is the last row's key "epochMillis|rank|raisedMillis|id".
     */
    public List<ReviewHit> queue(Principal reader, List<HitStatus> statuses, Optional<HitSource> source, Optional<String> after,
                                 int limitPlusOne) {
        return queue(reader, statuses, source, Optional.empty(), after, limitPlusOne);
    }

    /**
     * As above, narrowed to passengers whose name contains {@code name} (compared as {@link NameKey} forms); a masked or
     * erased hit has no name key any more, so a name finds it no longer.
     */
    public List<ReviewHit> queue(Principal reader, List<HitStatus> statuses, Optional<HitSource> source, Optional<String> name,
                                 Optional<String> after, int limitPlusOne) {
        SqlFragment where = MarkingFilter.readableBy(reader, "h");
        if (name.isPresent() && !NameKey.normalise(name.get()).isEmpty()) {
            where = where.and(SqlFragment.of("h.name_key LIKE ?", "%" + NameKey.normalise(name.get()) + "%"));
        }
        if (!statuses.isEmpty()) {
            where = where.and(new SqlFragment("h.status IN (" + String.join(", ", statuses.stream().map(s -> "?").toList()) + ")",
                    statuses.stream().map(s -> (Object) s.name()).toList()));
        }
        if (source.isPresent()) {
            where = where.and(SqlFragment.of("h.source = ?", source.get().name()));
        }
        if (after.isPresent()) {
            String[] k = after.get().split("\\|", 4);
            if (k.length != 4) {
                throw new org.issa.core.error.InvalidInputException("cursor", "cursor is not one this server issued");
            }
            Instant t;
            int rank;
            Instant raised;
            try {
                t = Instant.ofEpochMilli(Long.parseLong(k[0]));
                rank = Integer.parseInt(k[1]);
                raised = Instant.ofEpochMilli(Long.parseLong(k[2]));
            } catch (NumberFormatException e) {
                throw new org.issa.core.error.InvalidInputException("cursor", "cursor is not one this server issued");
            }
            where = where.and(SqlFragment.of("(h.flight_time > ? OR (h.flight_time = ? AND (h.priority_rank > ? OR (h.priority_rank = ?"
                    + " AND (h.raised_at > ? OR (h.raised_at = ? AND h.id > ?))))))", t, t, rank, rank, raised, raised, k[3]));
        }
        return sql.query("SELECT " + HIT_COLUMNS + " FROM review_hits h WHERE " + where.sql()
                + " ORDER BY h.flight_time, h.priority_rank, h.raised_at, h.id FETCH FIRST " + limitPlusOne + " ROWS ONLY",
                ReviewStore::hit, where.paramArray());
    }

    public static String keyOf(ReviewHit h) {
        return h.flightTime().toEpochMilli() + "|" + h.priority().rank() + "|" + h.raisedAt().toEpochMilli() + "|" + h.id();
    }

    public long count(Principal reader, HitStatus status) {
        SqlFragment where = MarkingFilter.readableBy(reader, "h").and(SqlFragment.of("h.status = ?", status.name()));
        return sql.count("SELECT COUNT(*) FROM review_hits h WHERE " + where.sql(), where.paramArray());
    }

    public Optional<ReviewHit> hit(Principal reader, String id) {
        SqlFragment where = MarkingFilter.readableBy(reader, "h").and(SqlFragment.of("h.id = ?", id));
        return sql.queryOne("SELECT " + HIT_COLUMNS + " FROM review_hits h WHERE " + where.sql(), ReviewStore::hit, where.paramArray());
    }

    /** The hits of a case the reader may see. */
    public List<ReviewHit> hitsOfCase(Principal reader, String caseId) {
        SqlFragment where = MarkingFilter.readableBy(reader, "h").and(SqlFragment.of("h.case_id = ?", caseId));
        return sql.query("SELECT " + HIT_COLUMNS + " FROM review_hits h WHERE " + where.sql() + " ORDER BY h.priority_rank, h.raised_at",
                ReviewStore::hit, where.paramArray());
    }

    public Optional<ReviewCase> reviewCase(String id) {
        return sql.queryOne("SELECT id, flight_key, passenger_ref, status, opened_at, closed_by, closed_at, closing_note FROM review_cases"
                + " WHERE id = ?", rs -> new ReviewCase(rs.getString("id"), rs.getString("flight_key"), rs.getString("passenger_ref"),
                "CLOSED".equals(rs.getString("status")), Sql.instant(rs, "opened_at"), Optional.ofNullable(rs.getString("closed_by")),
                Optional.ofNullable(Sql.instant(rs, "closed_at")), Optional.ofNullable(rs.getString("closing_note"))), id);
    }

    public boolean markReviewed(String id, String by, Instant at, String note) {
        return sql.update("UPDATE review_hits SET status = 'REVIEWED', reviewed_by = ?, reviewed_at = ?, review_note = ?"
                + " WHERE id = ? AND status = 'NEW'" + OPEN_CASE, by, at, note, id) == 1;
    }

    public boolean dismiss(String id, String by, Instant at, String reason) {
        return sql.update("UPDATE review_hits SET status = 'DISMISSED', decided_by = ?, decided_at = ?, decision_reason = ?"
                + " WHERE id = ? AND status IN ('NEW', 'REVIEWED')" + OPEN_CASE, by, at, reason, id) == 1;
    }

    public boolean markReferred(String id, String by, Instant at, String reason) {
        return sql.update("UPDATE review_hits SET status = 'REFERRED', decided_by = ?, decided_at = ?, decision_reason = ?"
                + " WHERE id = ? AND status = 'REVIEWED'" + OPEN_CASE, by, at, reason, id) == 1;
    }

    /** A dismissed hit back to NEW, while its case is open; the earlier decision stays in the audit trail. */
    public boolean reopen(String id) {
        return sql.update("UPDATE review_hits SET status = 'NEW', reviewed_by = NULL, reviewed_at = NULL, review_note = NULL,"
                + " decided_by = NULL, decided_at = NULL, decision_reason = NULL WHERE id = ? AND status = 'DISMISSED'" + OPEN_CASE, id) == 1;
    }

    /** Closes the case if it is open and every one of its hits is decided. */
    public boolean closeCase(String id, String by, Instant at, String note) {
        return sql.update("UPDATE review_cases SET status = 'CLOSED', closed_by = ?, closed_at = ?, closing_note = ? WHERE id = ?"
                + " AND status = 'OPEN' AND NOT EXISTS (SELECT 1 FROM review_hits WHERE case_id = ? AND status IN ('NEW', 'REVIEWED'))",
                by, at, note, id, id) == 1;
    }

    /** The current status of a hit, whatever its marking: for error messages after a refused change. */
    public Optional<HitStatus> statusOf(String id) {
        return sql.queryOne("SELECT status FROM review_hits WHERE id = ?", rs -> HitStatus.valueOf(rs.getString(1)), id);
    }

    public long undecided(String caseId) {
        return sql.count("SELECT COUNT(*) FROM review_hits WHERE case_id = ? AND status IN ('NEW', 'REVIEWED')", caseId);
    }

    // --- referrals

    public void insertReferral(Referral r, String carrier, String month) {
        sql.update("INSERT INTO review_referrals (id, hit_id, case_id, authority_id, reason, referred_by, referred_at, carrier, stat_month)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", r.id(), r.hitId(), r.caseId(), r.authorityId(), r.reason(), r.referredBy(),
                r.referredAt(), carrier, month);
    }

    public Optional<Referral> referralOf(String hitId) {
        return sql.queryOne("SELECT r.id, r.hit_id, r.case_id, r.authority_id, a.name, r.reason, r.referred_by, r.referred_at"
                + " FROM review_referrals r JOIN competent_authorities a ON a.id = r.authority_id WHERE r.hit_id = ?", ReviewStore::referral, hitId);
    }

    /** Referrals of hits the reader may see, newest first. */
    public List<Referral> referrals(Principal reader, int limit) {
        SqlFragment where = MarkingFilter.readableBy(reader, "h");
        return sql.query("SELECT r.id, r.hit_id, r.case_id, r.authority_id, a.name, r.reason, r.referred_by, r.referred_at"
                + " FROM review_referrals r JOIN competent_authorities a ON a.id = r.authority_id JOIN review_hits h ON h.id = r.hit_id"
                + " WHERE " + where.sql() + " ORDER BY r.referred_at DESC, r.id FETCH FIRST " + limit + " ROWS ONLY", ReviewStore::referral,
                where.paramArray());
    }

    // --- the register of competent authorities

    public void insertAuthority(CompetentAuthority a) {
        sql.update("INSERT INTO competent_authorities (id, code, name, member_state, legal_reference, active, added_by, added_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", a.id(), a.code(), a.name(), a.memberState(), a.legalReference(), a.active(),
                a.addedBy(), a.addedAt());
    }

    public boolean codeTaken(String code) {
        return sql.count("SELECT COUNT(*) FROM competent_authorities WHERE code = ?", code) > 0;
    }

    public boolean setActive(String id, boolean active) {
        return sql.update("UPDATE competent_authorities SET active = ? WHERE id = ?", active, id) == 1;
    }

    public List<CompetentAuthority> authorities(boolean activeOnly) {
        return sql.query("SELECT id, code, name, member_state, legal_reference, active, added_by, added_at FROM competent_authorities"
                + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY name, id", ReviewStore::authority);
    }

    public Optional<CompetentAuthority> authority(String id) {
        return sql.queryOne("SELECT id, code, name, member_state, legal_reference, active, added_by, added_at FROM competent_authorities"
                + " WHERE id = ?", ReviewStore::authority, id);
    }

    private static CompetentAuthority authority(ResultSet rs) throws SQLException {
        return new CompetentAuthority(rs.getString("id"), rs.getString("code"), rs.getString("name"), rs.getString("member_state"),
                rs.getString("legal_reference"), rs.getBoolean("active"), rs.getString("added_by"), Sql.instant(rs, "added_at"));
    }

    private static Referral referral(ResultSet rs) throws SQLException {
        return new Referral(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), Sql.instant(rs, "referred_at"));
    }

    static ReviewHit hit(ResultSet rs) throws SQLException {
        String details = rs.getString("details");
        return new ReviewHit(rs.getString("id"), rs.getString("case_id"), HitSource.valueOf(rs.getString("source")),
                rs.getString("source_id"), rs.getString("source_name"), rs.getInt("source_version"), rs.getString("entry_id"),
                rs.getString("entry_name"), rs.getDouble("score"), Priority.valueOf(rs.getString("priority")), rs.getString("explanation"),
                details.isEmpty() ? List.of() : List.of(details.split("\n")), rs.getString("flight_key"), rs.getString("flight_label"),
                rs.getString("carrier"), rs.getString("direction"), Sql.instant(rs, "flight_time"), rs.getString("passenger_ref"),
                rs.getString("passenger_name"), rs.getString("booking_ref"), HitStatus.valueOf(rs.getString("status")),
                Sql.instant(rs, "raised_at"), Optional.ofNullable(rs.getString("reviewed_by")),
                Optional.ofNullable(Sql.instant(rs, "reviewed_at")), Optional.ofNullable(rs.getString("review_note")),
                Optional.ofNullable(rs.getString("decided_by")), Optional.ofNullable(Sql.instant(rs, "decided_at")),
                Optional.ofNullable(rs.getString("decision_reason")), MarkingFilter.read(rs),
                Optional.ofNullable(rs.getString("pnr_booking_id")), Sql.instant(rs, "erased_at") != null ? ReviewHit.Data.ERASED
                : Sql.instant(rs, "masked_at") != null ? ReviewHit.Data.MASKED : ReviewHit.Data.FULL);
    }

    private static String joinLines(List<String> lines) {
        return String.join("\n", lines.stream().map(l -> l.replace('\n', ' ').replace('\r', ' ')).toList());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
