package org.issa.passenger.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.issa.core.marking.Marking;
import org.issa.core.marking.MarkingFilter;
import org.issa.core.screening.ScreenableRecord;
import org.issa.core.screening.ScreenedRecords;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.sql.Sql;
import org.issa.core.sql.SqlStates;
import org.issa.core.tx.Transactions;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.review.ReviewStore;
import org.issa.passenger.store.BookingJson;

/**
 * The passengers still in the assessment window, offered for re-screening when a watch list changes: every passenger
 * assessed from a stored push whose flight has not yet arrived (arriving flights) or departed (departing flights) by
 * the review time the assessment recorded. A list change may concern someone already on their way; once the flight
 * is in, the assessment before arrival or departure (Art 6(2)(a)) is over and the passenger is no longer offered.
 *
 * <p>Their identity data come from the stored booking (the version the push brought), never from a copy; a passenger
 * whose data were depersonalised or erased is not offered. Hits go to the passenger review queue
 * ({@link #raise}), in the passenger's case for that flight, not to the generic screening queue; a list entry that has
 * already raised a hit on the passenger on that flight raises none again.
 */
public final class PassengersInWindow implements ScreenedRecords {

    /** The record type of the port: a passenger of a stored PNR on a flight in the window. */
    public static final String RECORD_TYPE = "pnr_passenger";
    public static final String ACTOR = "system";

    private final Sql sql;
    private final PassengerAssessment assessment;
    private final Transactions tx;
    private final Clock clock;

    public PassengersInWindow(Sql sql, PassengerAssessment assessment, Transactions tx, Clock clock) {
        this.sql = sql;
        this.assessment = assessment;
        this.tx = tx;
        this.clock = clock;
    }

    private record Assessed(String id, String flightKey, String carrier, String flightNumber, String direction, Instant flightTime,
                            String bookingRef, String passengerRef, String month, String messageId) {
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public Stream<ScreenableRecord> records() {
        List<Assessed> window = sql.query("SELECT id, flight_key, carrier, flight_number, direction, flight_time, booking_ref, passenger_ref,"
                + " stat_month, pnr_message_id FROM passenger_assessments WHERE flight_time >= ? AND pnr_message_id IS NOT NULL"
                + " AND erased_at IS NULL ORDER BY pnr_message_id, id", PassengersInWindow::assessed, clock.instant());
        List<ScreenableRecord> out = new ArrayList<>();
        String message = null;
        Map<String, ScreenableRecord> byRef = Map.of();
        for (Assessed a : window) {
            if (!a.messageId().equals(message)) {
                message = a.messageId();
                byRef = passengersOf(a.messageId(), a.carrier());
            }
            ScreenableRecord stored = byRef.get(a.passengerRef());
            if (stored != null) {
                out.add(new ScreenableRecord(RECORD_TYPE, a.id() + "|" + stored.recordId(), stored.schema(), stored.names(),
                        stored.birthDates(), stored.countries(), stored.gender(), stored.identifiers(), stored.marking(), ACTOR));
            }
        }
        return out.stream();
    }

    /**
     * Raises the matches of a re-screened passenger in the passenger review queue, in one transaction with the update of
     * the passenger's assessment; returns how many hits were new.
     */
    public int raise(ScreenableRecord record, List<WatchlistMatch> matches) {
        if (matches.isEmpty()) {
            return 0;
        }
        String[] id = record.recordId().split("\\|", 2);
        Optional<Assessed> a = sql.queryOne("SELECT id, flight_key, carrier, flight_number, direction, flight_time, booking_ref, passenger_ref,"
                + " stat_month, pnr_message_id FROM passenger_assessments WHERE id = ? AND erased_at IS NULL", PassengersInWindow::assessed, id[0]);
        if (a.isEmpty()) {
            return 0;
        }
        Assessed x = a.get();
        ReviewStore.Subject subject = new ReviewStore.Subject(x.flightKey(), label(x), x.carrier(), x.direction(), x.flightTime(),
                x.passengerRef(), record.names().getFirst(), x.bookingRef(), x.month(), x.messageId(), id.length > 1 ? id[1] : "");
        // The passenger's assessment row is locked first, as an assessment at arrival does: a push assessed at the same
        // moment raises the same hit once, not twice; the loser of a race runs again and finds the hit raised.
        return SqlStates.retrying(SqlStates::lostRace, () -> tx.inTransaction(() -> {
            if (sql.update("UPDATE passenger_assessments SET hits_raised = hits_raised WHERE id = ? AND erased_at IS NULL", x.id()) == 0) {
                return 0;
            }
            int raised = assessment.raiseListHits(ACTOR, subject, record.marking(), matches);
            if (raised > 0) {
                sql.update("UPDATE passenger_assessments SET hits_raised = hits_raised + ? WHERE id = ?", raised, x.id());
            }
            return raised;
        }));
    }

    /** The passengers of the bookings a stored message brought, by their assessment reference; the record id is the booking's. */
    private Map<String, ScreenableRecord> passengersOf(String messageId, String carrier) {
        Map<String, ScreenableRecord> out = new HashMap<>();
        List<Object[]> versions = sql.query("SELECT v.booking_id, v.booking_json, b.m_class, b.m_tlp, b.m_rel, b.m_orig, b.m_flags"
                + " FROM pnr_booking_version v JOIN pnr_booking b ON b.id = v.booking_id WHERE v.message_id = ? AND v.depersonalised_at IS NULL",
                rs -> new Object[] {rs.getString(1), rs.getString(2), MarkingFilter.read(rs)}, messageId);
        for (Object[] v : versions) {
            Booking b = BookingJson.read((String) v[1]);
            for (Passenger p : b.passengers()) {
                PushedFlight.passenger(carrier, b, p, (Marking) v[2], messageId, (String) v[0]).ifPresent(t -> out.put(t.passengerRef(),
                        new ScreenableRecord(RECORD_TYPE, (String) v[0], "Person", t.names(), t.birthDates(), t.nationalities(), t.gender(),
                                t.documents(), t.marking(), ACTOR)));
            }
        }
        return out;
    }

    /** As {@link FlightToAssess#label()}: {@code TK 1589 IST→FRA}, from the flight key {@code TK1589/2026-11-30/IST-FRA}. */
    private static String label(Assessed a) {
        String[] k = a.flightKey().split("/");
        String route = k.length == 3 ? k[2].replace('-', '→') : "";
        return a.carrier() + " " + a.flightNumber() + (route.isEmpty() ? "" : " " + route);
    }

    private static Assessed assessed(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Assessed(rs.getString("id"), rs.getString("flight_key"), rs.getString("carrier"), rs.getString("flight_number"),
                rs.getString("direction"), Sql.instant(rs, "flight_time"), rs.getString("booking_ref"), rs.getString("passenger_ref"),
                rs.getString("stat_month"), rs.getString("pnr_message_id"));
    }
}
