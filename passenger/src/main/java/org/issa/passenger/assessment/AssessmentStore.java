package org.issa.passenger.assessment;

import java.time.Instant;
import java.util.UUID;
import org.issa.core.sql.Sql;

/** One row per passenger and flight assessed, updated when a later push assesses them again: what the Article 20 counts read. */
public final class AssessmentStore {

    private final Sql sql;

    public AssessmentStore(Sql sql) {
        this.sql = sql;
    }

    public void record(FlightToAssess f, PassengerToAssess p, Instant at, int lists, int criteria, int hits) {
        int updated = sql.update("UPDATE passenger_assessments SET assessed_at = ?, runs = runs + 1, lists_screened = ?,"
                + " criteria_evaluated = ?, hits_raised = hits_raised + ? WHERE flight_key = ? AND passenger_ref = ?", at, lists, criteria,
                hits, f.key(), p.passengerRef());
        if (updated == 0) {
            String message = p.booked().map(PassengerToAssess.BookedPassenger::messageId).filter(m -> !m.isEmpty()).orElse(null);
            sql.update("INSERT INTO passenger_assessments (id, flight_key, carrier, flight_number, direction, flight_time, booking_ref,"
                    + " passenger_ref, stat_month, first_assessed_at, assessed_at, runs, lists_screened, criteria_evaluated, hits_raised,"
                    + " pnr_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)", UUID.randomUUID().toString(), f.key(),
                    f.carrier(), f.number(), f.direction(), f.reviewBy(), p.bookingRef(), p.passengerRef(), PassengerAssessment.month(f),
                    at, at, lists, criteria, hits, message);
        }
    }

    public long assessed(String flightKey) {
        return sql.count("SELECT COUNT(*) FROM passenger_assessments WHERE flight_key = ?", flightKey);
    }
}
