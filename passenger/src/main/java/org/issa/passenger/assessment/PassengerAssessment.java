package org.issa.passenger.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.issa.core.audit.AuditEvent;
import org.issa.core.audit.AuditLog;
import org.issa.core.error.InvalidInputException;
import org.issa.core.screening.WatchlistCheck;
import org.issa.core.screening.WatchlistMatch;
import org.issa.core.sql.SqlStates;
import org.issa.core.tx.Transactions;
import org.issa.passenger.review.HitMarking;
import org.issa.passenger.review.HitSource;
import org.issa.passenger.review.NewHit;
import org.issa.passenger.review.Priority;
import org.issa.passenger.review.ReviewDesk;
import org.issa.passenger.review.ReviewStore;

/**
 * Assesses the passengers of a flight before its arrival or departure (Art 6(2)(a)): each one is
 * screened against every watch list through the {@link WatchlistCheck} port and evaluated against
 * the active criteria; every match and every criterion that fires becomes a hit for human review,
 * with its priority and explanation. Nothing is sent anywhere from here: results are "for further
 * examination" by a person (Art 7(6)). The passengers' assessments, their hits and the run's audit
 * entry are stored in one transaction.
 */
public final class PassengerAssessment {

    /** Passengers accepted in one call: a wide-body flight with room to spare. */
    public static final int MAX_PASSENGERS = 1000;

    private final WatchlistCheck lists;
    private final CriteriaCheck criteria;
    private final AssessmentStore store;
    private final ReviewDesk desk;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public PassengerAssessment(WatchlistCheck lists, CriteriaCheck criteria, AssessmentStore store, ReviewDesk desk, AuditLog audit,
                               Transactions tx, Clock clock) {
        this.lists = lists;
        this.criteria = criteria;
        this.store = store;
        this.desk = desk;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** What one run did, with the per-list view the reviewer and the operator want. */
    public record Result(String flightKey, int passengers, List<WatchlistCheck.ListScreened> listsScreened, int criteriaEvaluated,
                         int listHits, int criterionHits, int newHits) {
    }

    public Result assess(String actor, FlightToAssess flight, List<PassengerToAssess> passengers) {
        if (passengers.isEmpty()) {
            throw new InvalidInputException("passengers", "a flight to assess needs at least one passenger");
        }
        if (passengers.size() > MAX_PASSENGERS) {
            throw new InvalidInputException("passengers", "at most " + MAX_PASSENGERS + " passengers per flight");
        }
        if (passengers.stream().map(PassengerToAssess::passengerRef).distinct().count() != passengers.size()) {
            throw new InvalidInputException("passengers", "each passengerRef may appear once per flight");
        }
        List<WatchlistCheck.ListScreened> screened = List.of();
        int listHits = 0;
        int criterionHits = 0;
        int evaluated = criteria.activeCriteria();
        // Screening and criteria first (reads only), then every passenger's assessment, hits and the run's audit entry
        // written in one transaction: the push is assessed whole or not at all.
        // the lists are looked up once for the whole push
        List<WatchlistCheck.Result> checks = lists.checkAll(passengers.stream().map(PassengerToAssess::screenable).toList());
        List<List<CriterionHit>> fired = new ArrayList<>(passengers.size());
        for (int i = 0; i < passengers.size(); i++) {
            PassengerToAssess p = passengers.get(i);
            WatchlistCheck.Result check = checks.get(i);
            screened = check.lists();
            List<CriterionHit> f = criteria.evaluate(flight, p);
            listHits += check.matches().size();
            criterionHits += f.size();
            fired.add(f);
        }
        List<WatchlistCheck.ListScreened> screenedLists = screened;
        int listMatches = listHits;
        int criterionMatches = criterionHits;
        // Each passenger's assessment row is written first: it locks the passenger on the flight until the commit, so that
        // two pushes assessed at once raise a hit on them once, not twice; the loser of a race is run again.
        return SqlStates.retrying(SqlStates::lostRace, () -> tx.inTransaction(() -> {
            Instant now = clock.instant();
            List<AssessmentStore.Assessed> assessed = new ArrayList<>(passengers.size());
            for (int i = 0; i < passengers.size(); i++) {
                assessed.add(new AssessmentStore.Assessed(flight, passengers.get(i), checks.get(i).lists().size(), evaluated, 0));
            }
            store.recordAll(now, assessed);
            int raised = 0;
            Map<String, Integer> raisedOn = new HashMap<>();
            for (int i = 0; i < passengers.size(); i++) {
                int n = raise(actor, flight, passengers.get(i), checks.get(i), fired.get(i));
                raisedOn.put(passengers.get(i).passengerRef(), n);
                raised += n;
            }
            store.addHits(flight.key(), raisedOn);
            Result r = new Result(flight.key(), passengers.size(), screenedLists, evaluated, listMatches, criterionMatches, raised);
            audit.record(new AuditEvent(actor, "passenger.assessment.run", "passenger_flight", flight.key(),
                    "assessment before " + (flight.direction() == Direction.ARRIVING ? "arrival" : "departure") + " (Art 6(2)(a))",
                    r.passengers() + " passengers against " + r.listsScreened().size() + " lists and " + r.criteriaEvaluated()
                            + " criteria: " + r.listHits() + " list matches, " + r.criterionHits() + " criterion hits, " + r.newHits() + " new"));
            return r;
        }));
    }

    /** Raises a passenger's hits for review; returns how many were new. */
    private int raise(String actor, FlightToAssess flight, PassengerToAssess p, WatchlistCheck.Result check, List<CriterionHit> fired) {
        ReviewStore.Subject subject = new ReviewStore.Subject(flight.key(), flight.label(), flight.carrier(), flight.direction().name(),
                flight.reviewBy(), p.passengerRef(), p.displayName(), p.bookingRef(), month(flight),
                p.booked().map(PassengerToAssess.BookedPassenger::messageId).orElse(""),
                p.booked().map(PassengerToAssess.BookedPassenger::bookingId).orElse(""));
        int raised = raiseListHits(actor, subject, p.marking(), check.matches());
        for (CriterionHit c : fired) {
            NewHit hit = new NewHit(HitSource.CRITERION, c.criterionId(), c.name(), c.version(), "", "", 1.0, c.priority(),
                    c.explanation(), c.details());
            if (desk.raise(actor, subject, hit, c.marking().map(m -> HitMarking.of(p.marking(), m))
                    .orElseGet(() -> HitMarking.ofPassenger(p.marking())))) {
                raised++;
            }
        }
        return raised;
    }

    /**
     * Raises a hit for review for each watch-list match of a passenger on a flight, unless the same list and entry raised
     * one on them already; in the caller's transaction. Used at arrival and by the re-screening after a list change
     * ({@link PassengersInWindow}). Returns how many were raised.
     */
    public int raiseListHits(String actor, ReviewStore.Subject subject, org.issa.core.marking.Marking passengerMarking,
                             List<WatchlistMatch> matches) {
        int raised = 0;
        for (WatchlistMatch m : matches) {
            List<String> details = new ArrayList<>();
            details.add("list " + m.listName() + " version " + m.listVersion() + ", entry " + m.entryId() + " (" + m.entryName() + ")");
            details.addAll(m.features());
            NewHit hit = new NewHit(HitSource.WATCHLIST, m.listId(), m.listName(), m.listVersion(), m.entryId(), m.entryName(), m.score(),
                    Priority.ofScore(m.score()), m.summary(), details);
            if (desk.raise(actor, subject, hit, HitMarking.of(passengerMarking, m.marking()))) {
                raised++;
            }
        }
        return raised;
    }

    /** Assesses the passengers of a stored PNRGOV push (see {@link PushedFlight}). */
    public Result assess(String actor, PushedFlight push) {
        return assess(actor, push.flight(), push.passengers());
    }

    /** The statistics month of a flight: the month (UTC) of its arrival or departure. */
    static String month(FlightToAssess f) {
        return f.reviewBy().toString().substring(0, 7);
    }
}
