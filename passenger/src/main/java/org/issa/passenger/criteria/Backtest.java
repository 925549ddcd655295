package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.issa.core.error.InvalidInputException;
import org.issa.rules.CompiledRule;
import org.issa.rules.Explanation;
import org.issa.rules.Facts;
import org.issa.rules.Verdict;

/**
 * How many hits a criterion would have raised on the stored data of a period, before it goes live: counts per day of
 * departure, the number of passengers it could not decide for (missing data), and a sample of hits. A sample hit shows
 * the booking's storage id, locator (as stored, so masked once storage has masked it), passenger reference, date,
 * route and the explanation; never a name, since analysis for criteria (Art 6(2)(c)) needs none.
 */
public final class Backtest {

    /** The longest period one backtest may cover. */
    public static final int MAX_DAYS = 400;
    public static final int MAX_SAMPLE = 100;

    private Backtest() {
    }

    /** A hit in the sample. */
    public record SampleHit(String bookingId, String locator, boolean masked, String passengerRef, LocalDate departureDate,
                            List<String> route, String explanation) {
    }

    /** The outcome of a backtest. */
    public record Result(LocalDate from, LocalDate to, long bookings, long passengers, long hits, long undecided,
                         Map<LocalDate, Long> hitsPerDay, List<SampleHit> sample, String firstUndecidedReason, double seconds) {

        public Result {
            hitsPerDay = java.util.Collections.unmodifiableMap(new TreeMap<>(hitsPerDay));
            sample = List.copyOf(sample);
        }

        /** The share of passengers that hit, in percent. */
        public double hitRatePercent() {
            return passengers == 0 ? 0 : 100.0 * hits / passengers;
        }

        /** The per-day counts as a JSON object {"2026-03-01": 4, …}. */
        public String perDayJson() {
            StringBuilder b = new StringBuilder("{");
            hitsPerDay.forEach((d, n) -> b.append(b.length() > 1 ? ", " : "").append('"').append(d).append("\": ").append(n));
            return b.append('}').toString();
        }
    }

    public static Result run(CompiledRule rule, BookingSource source, LocalDate from, LocalDate to, TravelHistoryLookup history,
                             int sampleSize) {
        return run(rule, FactsSource.of(source), from, to, history, sampleSize);
    }

    /**
     * The backtest over the criteria facts of the stored bookings (see {@link CriteriaFacts}): each passenger is decided on
     * the facts without history; only a criterion that reads the history and is left undecided without it reads the
     * stored booking and looks the history up for that passenger (as {@link HistoryOnDemand} does), so the verdicts are
     * those of facts built with the history from the start.
     */
    public static Result run(CompiledRule rule, FactsSource source, LocalDate from, LocalDate to, TravelHistoryLookup history,
                             int sampleSize) {
        if (from == null || to == null) {
            throw new InvalidInputException(from == null ? "from" : "to", "the period needs a start and an end date");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the period ends before it starts");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInputException("to", "a backtest covers at most " + MAX_DAYS + " days");
        }
        if (sampleSize < 0 || sampleSize > MAX_SAMPLE) {
            throw new InvalidInputException("sample", "sample must be between 0 and " + MAX_SAMPLE);
        }
        long start = System.nanoTime();
        Counter c = new Counter(sampleSize);
        // History is looked up (one query per passenger over a store) only for a criterion that reads it, and only for a
        // passenger it cannot decide without.
        boolean readsHistory = PassengerFacts.readsHistory(rule.fields());
        TravelHistoryLookup lookup = readsHistory ? history : TravelHistoryLookup.NONE;
        source.forEach(from, to, CriteriaFacts.wanted(rule.fields()), stored -> {
            c.bookings++;
            List<CriteriaFacts.Traveller> travellers = stored.travellers();
            for (int i = 0; i < travellers.size(); i++) {
                c.passengers++;
                Facts f = travellers.get(i).facts();
                if (lookup != TravelHistoryLookup.NONE && rule.evaluate(f).undecided()) {
                    org.issa.passenger.pnr.Booking booking = stored.booking().get();
                    f = PassengerFacts.of(booking, booking.passengers().get(i), lookup);
                }
                Verdict v = rule.evaluate(f);
                if (v.hit()) {
                    c.hits++;
                    c.perDay.merge(stored.departureDate(), 1L, Long::sum);
                    if (c.sample.size() < c.sampleSize) {
                        Explanation e = rule.explain(f);
                        @SuppressWarnings("unchecked")
                        List<String> route = (List<String>) f.value("itinerary.segments").orElse(List.of());
                        c.sample.add(new SampleHit(stored.id(), stored.booking().get().locator(), stored.masked(),
                                travellers.get(i).ref(), stored.departureDate(), route, e.summary()));
                    }
                } else if (v.undecided()) {
                    c.undecided++;
                    if (c.firstUndecided.isEmpty()) {
                        c.firstUndecided = v.reason();
                    }
                }
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(from, to, c.bookings, c.passengers, c.hits, c.undecided, c.perDay, c.sample, c.firstUndecided, seconds);
    }

    private static final class Counter {
        final int sampleSize;
        long bookings;
        long passengers;
        long hits;
        long undecided;
        String firstUndecided = "";
        final Map<LocalDate, Long> perDay = new TreeMap<>();
        final List<SampleHit> sample = new ArrayList<>();

        Counter(int sampleSize) {
            this.sampleSize = sampleSize;
        }
    }
}
