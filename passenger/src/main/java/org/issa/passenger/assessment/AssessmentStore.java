package org.issa.passenger.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.issa.core.sql.Sql;
import org.issa.passenger.store.RowIds;
import org.issa.passenger.store.Rows;

/** One row per passenger and flight assessed, updated when a later push assesses them again: what the Article 20 counts read. */
public final class AssessmentStore {

    private static final String UPDATE = "UPDATE passenger_assessments SET assessed_at = ?, runs = runs + 1, lists_screened = ?,"
            + " criteria_evaluated = ?, hits_raised = hits_raised + ? WHERE flight_key = ? AND passenger_ref = ?";
    private static final String INSERT = "INSERT INTO passenger_assessments (id, flight_key, carrier, flight_number, direction, flight_time,"
            + " booking_ref, passenger_ref, stat_month, first_assessed_at, assessed_at, runs, lists_screened, criteria_evaluated, hits_raised,"
            + " pnr_message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";

    private final Sql sql;

    public AssessmentStore(Sql sql) {
        this.sql = sql;
    }

    /** One passenger's assessment on a flight: how many lists and criteria, and the hits it raised. */
    public record Assessed(FlightToAssess flight, PassengerToAssess passenger, int lists, int criteria, int hits) {
    }

    public void record(FlightToAssess f, PassengerToAssess p, Instant at, int lists, int criteria, int hits) {
        recordAll(at, List.of(new Assessed(f, p, lists, criteria, hits)));
    }

    /**
     * Records the assessments of a run (each passenger at most once per flight) in the caller's transaction: the
     * passengers already assessed on each flight are read once, then the updates and the inserts go as two batches, in
     * the order of the passenger references. Writing a passenger's row takes its lock until the transaction ends, so a
     * concurrent assessment of the same passenger waits (or, for a first assessment, fails on the unique key and is
     * tried again): what is raised after this call sees everything raised on that passenger before it.
     */
    public void recordAll(Instant at, List<Assessed> assessed) {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        for (Assessed a : assessed) {
            known.computeIfAbsent(a.flight().key(), k -> new HashSet<>(sql.query(
                    "SELECT passenger_ref FROM passenger_assessments WHERE flight_key = ?", rs -> rs.getString(1), k)));
        }
        List<Assessed> ordered = new ArrayList<>(assessed);
        ordered.sort(Comparator.comparing((Assessed a) -> a.flight().key()).thenComparing(a -> a.passenger().passengerRef()));
        Rows rows = new Rows();
        for (Assessed a : ordered) {
            FlightToAssess f = a.flight();
            PassengerToAssess p = a.passenger();
            if (known.get(f.key()).contains(p.passengerRef())) {
                rows.add(UPDATE, at, a.lists(), a.criteria(), a.hits(), f.key(), p.passengerRef());
            } else {
                String message = p.booked().map(PassengerToAssess.BookedPassenger::messageId).filter(m -> !m.isEmpty()).orElse(null);
                rows.add(INSERT, RowIds.next(), f.key(), f.carrier(), f.number(), f.direction(), f.reviewBy(),
                        p.bookingRef(), p.passengerRef(), PassengerAssessment.month(f), at, at, a.lists(), a.criteria(), a.hits(), message);
            }
        }
        rows.flush(sql);
    }

    /** Adds the hits a run raised on passengers already recorded by {@link #recordAll} in the same transaction. */
    public void addHits(String flightKey, Map<String, Integer> hitsByPassenger) {
        Rows rows = new Rows();
        hitsByPassenger.forEach((ref, n) -> {
            if (n > 0) {
                rows.add("UPDATE passenger_assessments SET hits_raised = hits_raised + ? WHERE flight_key = ? AND passenger_ref = ?", n,
                        flightKey, ref);
            }
        });
        rows.flush(sql);
    }

    public long assessed(String flightKey) {
        return sql.count("SELECT COUNT(*) FROM passenger_assessments WHERE flight_key = ?", flightKey);
    }
}
