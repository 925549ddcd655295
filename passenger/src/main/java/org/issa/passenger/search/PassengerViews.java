package org.issa.passenger.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.ForbiddenException;
import org.issa.core.error.InvalidInputException;
import org.issa.core.error.NotFoundException;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.security.Principal;
import org.issa.core.security.Role;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlFragment;
import org.issa.core.tx.Transactions;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.retention.Disclosure;
import org.issa.passenger.retention.Disclosures;
import org.issa.passenger.store.BookingJson;

/**
 * What PIU analysts read: the flight board, the PNR detail, search, travel history and co-travellers. Every query
 * filters by marking in SQL; every read of personal data states a purpose and is audited in the same transaction;
 * depersonalised data read masked everywhere, unless an approval recorded under Art 12(3) opens one booking.
 */
public final class PassengerViews {

    /** The roles that work PNR data. Carriers push and never read; DPOs read through their own view. */
    private static final Role[] READERS = {Role.ANALYST, Role.SUPERVISOR, Role.DPO};

    private final Sql sql;
    private final AuditLog audit;
    private final Transactions tx;
    private final Disclosures disclosures;
    private final FlightHits hits;

    public PassengerViews(Sql sql, AuditLog audit, Transactions tx, Disclosures disclosures, FlightHits hits) {
        this.sql = sql;
        this.audit = audit;
        this.tx = tx;
        this.disclosures = disclosures;
        this.hits = hits;
    }

    private static void mayRead(Principal p) {
        if (!p.hasAny(READERS)) {
            throw new ForbiddenException("PNR data are read by PIU analysts, supervisors and the DPO only");
        }
    }

    /** Flights departing between the dates (inclusive), with their bookings, passengers and review hits. No personal data. */
    public List<FlightRow> flightBoard(Principal p, LocalDate from, LocalDate to) {
        mayRead(p);
        if (to.isBefore(from) || to.toEpochDay() - from.toEpochDay() > 31) {
            throw new InvalidInputException("to", "the board shows 1 to 32 days at a time");
        }
        SqlFragment where = MarkingFilter.readableBy(p, "b").and(SqlFragment.of("l.departure_date >= ? AND l.departure_date <= ?", from, to));
        List<FlightRow> rows = sql.query("SELECT l.carrier, l.flight_number, l.departure_date, MIN(l.departure_time) AS t, l.origin,"
                + " l.destination, COUNT(DISTINCT b.id) AS bookings, SUM(v.passenger_count) AS pax FROM pnr_leg l"
                + " JOIN pnr_booking b ON b.current_version_id = l.version_id JOIN pnr_booking_version v ON v.id = l.version_id"
                + " WHERE " + where.sql() + " GROUP BY l.carrier, l.flight_number, l.departure_date, l.origin, l.destination"
                + " ORDER BY l.departure_date, t, l.carrier, l.flight_number FETCH FIRST 2000 ROWS ONLY",
                rs -> new FlightRow(rs.getString(1), rs.getString(2), Optional.ofNullable(rs.getObject(3, LocalDate.class)), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), 0), where.paramArray());
        Map<String, Integer> counts = hits.counts(p, from, to);
        return counts.isEmpty() ? rows : rows.stream().map(r -> r.withHits(counts.getOrDefault(r.key(), 0))).toList();
    }

    /** The latest departure date of a flight the reader may see on the board, if any (to point an empty board somewhere). */
    public Optional<LocalDate> latestDeparture(Principal p) {
        mayRead(p);
        SqlFragment where = MarkingFilter.readableBy(p, "b");
        return sql.queryOne("SELECT MAX(l.departure_date) FROM pnr_leg l JOIN pnr_booking b ON b.current_version_id = l.version_id WHERE "
                + where.sql(), rs -> Optional.ofNullable(rs.getObject(1, LocalDate.class)), where.paramArray()).flatMap(x -> x);
    }

    /** The passengers of a flight (current booking versions). */
    public List<PassengerRow> manifest(Principal p, String carrier, String number, LocalDate date, String purpose) {
        mayRead(p);
        SqlFragment where = MarkingFilter.readableBy(p, "b").and(SqlFragment.of(
                "l.carrier = ? AND l.flight_number = ? AND l.departure_date = ?", carrier, number, date));
        return tx.inTransaction(() -> {
            audit.recordRead(p.username(), "flight", carrier + number + "/" + date, purpose);
            return sql.query(PASSENGER_SELECT + " JOIN pnr_leg l ON l.version_id = x.version_id WHERE " + where.sql()
                    + " ORDER BY x.surname, x.given_names, x.id FETCH FIRST 1000 ROWS ONLY", PassengerViews::passengerRow, where.paramArray());
        });
    }

    private static final String PASSENGER_SELECT = "SELECT x.id, x.booking_id, b.carrier, b.locator, x.surname, x.given_names, x.masked,"
            + " (SELECT f.carrier || f.flight_number FROM pnr_leg f WHERE f.version_id = x.version_id AND f.position = 1) AS flight,"
            + " (SELECT f.origin FROM pnr_leg f WHERE f.version_id = x.version_id AND f.position = 1) AS origin,"
            + " (SELECT f.destination FROM pnr_leg f WHERE f.version_id = x.version_id AND f.position = 1) AS destination,"
            + " (SELECT f.departure_date FROM pnr_leg f WHERE f.version_id = x.version_id AND f.position = 1) AS dep"
            + " FROM pnr_passenger x JOIN pnr_booking b ON b.current_version_id = x.version_id";

    /** Searches passengers of current booking versions; the purpose is required and the search audited. */
    public List<PassengerRow> search(Principal p, PassengerQuery q, String purpose, int limit) {
        mayRead(p);
        SqlFragment where = MarkingFilter.readableBy(p, "b");
        if (q.name().isPresent()) {
            for (String word : q.name().get().split(" ")) {
                where = where.and(SqlFragment.of("x.name_key LIKE ? ESCAPE '!'", "%" + like(word) + "%"));
            }
        }
        if (q.document().isPresent()) {
            where = where.and(SqlFragment.of("EXISTS (SELECT 1 FROM pnr_document d WHERE d.passenger_id = x.id AND d.doc_number = ?)",
                    q.document().get()));
        }
        if (q.origin().isPresent() || q.destination().isPresent() || q.from().isPresent() || q.to().isPresent()) {
            StringBuilder leg = new StringBuilder("EXISTS (SELECT 1 FROM pnr_leg r WHERE r.version_id = x.version_id");
            List<Object> params = new ArrayList<>();
            q.origin().ifPresent(o -> {
                leg.append(" AND r.origin = ?");
                params.add(o);
            });
            q.destination().ifPresent(d -> {
                leg.append(" AND r.destination = ?");
                params.add(d);
            });
            q.from().ifPresent(f -> {
                leg.append(" AND r.departure_date >= ?");
                params.add(f);
            });
            q.to().ifPresent(t -> {
                leg.append(" AND r.departure_date <= ?");
                params.add(t);
            });
            where = where.and(new SqlFragment(leg.append(")").toString(), params));
        }
        SqlFragment w = where;
        int n = Math.max(1, Math.min(limit, 500));
        return tx.inTransaction(() -> {
            audit.recordRead(p.username(), "pnr_search", "", purpose);
            return sql.query(PASSENGER_SELECT + " WHERE " + w.sql() + " ORDER BY b.last_received_at DESC, x.id FETCH FIRST " + n
                    + " ROWS ONLY", PassengerViews::passengerRow, w.paramArray());
        });
    }

    /**
     * A booking with one of its versions (the current one unless {@code versionId} names another). A depersonalised
     * version is shown masked; with {@code full} it is shown in full under the approval valid now, which is audited and
     * notified to the DPO, or refused without one.
     */
    public BookingDetail booking(Principal p, String bookingId, Optional<String> versionId, boolean full, String purpose) {
        mayRead(p);
        SqlFragment where = MarkingFilter.readableBy(p, "b").and(SqlFragment.of("b.id = ?", bookingId));
        return tx.inTransaction(() -> {
            Object[] head = sql.queryOne("SELECT b.id, b.carrier, b.locator, b.created_key, b.current_version_id, " + MarkingFilter.COLUMNS
                            + " FROM pnr_booking b WHERE " + where.sql(),
                    rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), MarkingFilter.read(rs)},
                    where.paramArray()).orElseThrow(() -> new NotFoundException("booking", bookingId));
            audit.recordRead(p.username(), "pnr_booking", bookingId, purpose);
            List<BookingDetail.Version> versions = sql.query("SELECT v.id, v.version_no, v.push_type, v.received_at, v.message_id, m.message_ref,"
                    + " v.passenger_count, v.depersonalised_at FROM pnr_booking_version v JOIN pnr_message m ON m.id = v.message_id"
                    + " WHERE v.booking_id = ? ORDER BY v.version_no DESC", rs -> new BookingDetail.Version(rs.getString(1), rs.getInt(2),
                    rs.getString(3), Sql.instant(rs, "received_at"), rs.getString(5), rs.getString(6), rs.getInt(7),
                    Optional.ofNullable(Sql.instant(rs, "depersonalised_at"))), bookingId);
            String wanted = versionId.filter(s -> !s.isBlank()).orElse((String) head[4]);
            BookingDetail.Version shown = versions.stream().filter(v -> v.id().equals(wanted)).findFirst()
                    .orElseThrow(() -> new NotFoundException("version", wanted));
            String json = sql.queryOne("SELECT booking_json FROM pnr_booking_version WHERE id = ?", rs -> rs.getString(1), shown.id()).orElseThrow();
            boolean masked = shown.depersonalisedAt().isPresent();
            Optional<Disclosure> under = Optional.empty();
            if (masked && full) {
                Optional<String> vault = disclosures.vaultOf(p, bookingId, shown.id(), purpose);
                if (vault.isPresent()) {
                    json = vault.get();
                    masked = false;
                    under = disclosures.valid(bookingId);
                }
            }
            Booking booking = BookingJson.read(json);
            List<BookingDetail.QuarantineRow> quarantined = sql.query("SELECT message_id, message_ref, position, segment, reason FROM pnr_quarantine"
                    + " WHERE message_id = ? ORDER BY position", rs -> new BookingDetail.QuarantineRow(rs.getString(1), rs.getString(2),
                    rs.getInt(3), rs.getString(4), rs.getString(5)), shown.messageId());
            int sensitive = (int) sql.count("SELECT COUNT(*) FROM pnr_sensitive_deletion WHERE message_id = ? AND locator = ?",
                    shown.messageId(), head[2]);
            return new BookingDetail((String) head[0], (String) head[1], (String) head[2], (String) head[3],
                    (org.issa.core.marking.Marking) head[5], versions, shown, booking, masked, under, quarantined, sensitive);
        });
    }

    /** Every leg of the current versions of bookings on which this passenger (same name, and same document when known) travels. */
    public List<TravelRecord> history(Principal p, String passengerId, String purpose) {
        mayRead(p);
        Identity who = identity(p, passengerId);
        return tx.inTransaction(() -> {
            audit.recordRead(p.username(), "pnr_passenger", passengerId, purpose);
            SqlFragment where = MarkingFilter.readableBy(p, "b").and(sameTraveller(who));
            return sql.query("SELECT DISTINCT b.id, b.carrier, b.locator, l.carrier || l.flight_number AS flight, l.origin, l.destination,"
                            + " l.departure_date, l.departure_time, l.status FROM pnr_passenger x JOIN pnr_booking b ON b.current_version_id = x.version_id"
                            + " JOIN pnr_leg l ON l.version_id = x.version_id WHERE " + where.sql()
                            + " ORDER BY l.departure_date, l.departure_time FETCH FIRST 1000 ROWS ONLY",
                    rs -> new TravelRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            Optional.ofNullable(rs.getObject(7, LocalDate.class)), rs.getString(8), rs.getString(9)), where.paramArray());
        });
    }

    /** The people who share bookings with this passenger (current versions), most shared first. */
    public List<CoTraveller> coTravellers(Principal p, String passengerId, String purpose) {
        mayRead(p);
        Identity who = identity(p, passengerId);
        return tx.inTransaction(() -> {
            audit.recordRead(p.username(), "pnr_passenger", passengerId, purpose);
            SqlFragment mine = MarkingFilter.readableBy(p, "b").and(sameTraveller(who));
            SqlFragment where = MarkingFilter.readableBy(p, "b2").and(new SqlFragment("o.version_id IN (SELECT x.version_id FROM pnr_passenger x"
                    + " JOIN pnr_booking b ON b.current_version_id = x.version_id WHERE " + mine.sql() + ")", mine.params()))
                    .and(SqlFragment.of("o.id <> ? AND (o.name_key <> ? OR o.masked = TRUE)", passengerId, who.nameKey()));
            return sql.query("SELECT MIN(o.id), o.surname, o.given_names, COUNT(DISTINCT o.booking_id), o.masked FROM pnr_passenger o"
                            + " JOIN pnr_booking b2 ON b2.current_version_id = o.version_id WHERE " + where.sql()
                            + " GROUP BY o.name_key, o.surname, o.given_names, o.masked ORDER BY COUNT(DISTINCT o.booking_id) DESC, o.surname"
                            + " FETCH FIRST 200 ROWS ONLY",
                    rs -> new CoTraveller(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5)), where.paramArray());
        });
    }

    /** Received messages, newest first, with their counts (no personal data): the operator's view of ingest. */
    public List<MessageRow> messages(Principal p, int limit) {
        mayRead(p);
        return sql.query("SELECT m.*, (SELECT COUNT(*) FROM pnr_message_raw r WHERE r.message_id = m.id) AS raw_kept FROM pnr_message m"
                + " ORDER BY m.received_at DESC, m.id DESC FETCH FIRST " + Math.max(1, Math.min(limit, 500)) + " ROWS ONLY", PassengerViews::message);
    }

    /** The segments quarantined from one message. */
    public List<BookingDetail.QuarantineRow> quarantine(Principal p, String messageId) {
        mayRead(p);
        return sql.query("SELECT message_id, message_ref, position, segment, reason FROM pnr_quarantine WHERE message_id = ? ORDER BY position",
                rs -> new BookingDetail.QuarantineRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)), messageId);
    }

    private record Identity(String nameKey, List<String> documents, boolean masked) {
    }

    private Identity identity(Principal p, String passengerId) {
        SqlFragment where = MarkingFilter.readableBy(p, "b").and(SqlFragment.of("x.id = ?", passengerId));
        Object[] row = sql.queryOne("SELECT x.name_key, x.masked FROM pnr_passenger x JOIN pnr_booking b ON b.id = x.booking_id WHERE "
                + where.sql(), rs -> new Object[] {rs.getString(1), rs.getBoolean(2)}, where.paramArray())
                .orElseThrow(() -> new NotFoundException("passenger", passengerId));
        if ((Boolean) row[1]) {
            throw new InvalidInputException("passengerId", "this passenger is depersonalised: travel history and co-travellers are not linked by name");
        }
        List<String> docs = sql.query("SELECT doc_number FROM pnr_document WHERE passenger_id = ? AND masked = FALSE AND doc_number <> ''",
                rs -> rs.getString(1), passengerId);
        return new Identity((String) row[0], docs, false);
    }

    /** Passengers with the same name key, and, when the passenger has documents, with one of them or none. */
    private static SqlFragment sameTraveller(Identity who) {
        if (who.documents().isEmpty()) {
            return SqlFragment.of("x.name_key = ? AND x.masked = FALSE", who.nameKey());
        }
        List<Object> params = new ArrayList<>(List.of(who.nameKey()));
        params.addAll(who.documents());
        String marks = String.join(", ", who.documents().stream().map(d -> "?").toList());
        return new SqlFragment("x.name_key = ? AND x.masked = FALSE AND (NOT EXISTS (SELECT 1 FROM pnr_document d WHERE d.passenger_id = x.id)"
                + " OR EXISTS (SELECT 1 FROM pnr_document d WHERE d.passenger_id = x.id AND d.doc_number IN (" + marks + ")))", params);
    }

    private static PassengerRow passengerRow(ResultSet rs) throws SQLException {
        return new PassengerRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBoolean(7), nz(rs.getString(8)), nz(rs.getString(9)), nz(rs.getString(10)), Optional.ofNullable(rs.getObject(11, LocalDate.class)));
    }

    private static MessageRow message(ResultSet rs) throws SQLException {
        return new MessageRow(rs.getString("id"), rs.getString("message_ref"), rs.getString("kind"), rs.getString("syntax_version"),
                rs.getString("push_type"), rs.getString("sender"), rs.getString("flight"), rs.getString("channel"), rs.getString("received_by"),
                Sql.instant(rs, "received_at"), rs.getInt("booking_count"), rs.getInt("passenger_count"), rs.getInt("quarantined"),
                rs.getInt("sensitive_deleted"), rs.getInt("raw_kept") > 0, Optional.ofNullable(Sql.instant(rs, "depersonalised_at")));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
