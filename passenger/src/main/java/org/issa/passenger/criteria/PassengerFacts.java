package org.issa.passenger.criteria;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.pnr.Baggage;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PaymentType;
import org.issa.passenger.pnr.Ticket;
import org.issa.rules.Facts;

/**
 * The adapter from a stored booking to the facts of one passenger in {@link CriteriaModel}: it reads only the Annex I
 * items the model declares, so no name, document, contact or free text ever reaches a criterion. A value the booking
 * does not carry stays missing.
 */
public final class PassengerFacts {

    private PassengerFacts() {
    }

    /** The facts of every passenger of the booking, in order. */
    /** Whether a criterion reading these fields needs the travel history (the lookup can then be skipped when not). */
    public static boolean readsHistory(java.util.Collection<String> fields) {
        return fields.stream().anyMatch(f -> f.startsWith("history."));
    }

    public static List<Facts> of(Booking booking, TravelHistoryLookup history) {
        List<Facts> out = new ArrayList<>(booking.passengers().size());
        Itinerary it = Itinerary.of(booking);
        for (Passenger p : booking.passengers()) {
            out.add(of(booking, it, p, history));
        }
        return out;
    }

    public static Facts of(Booking booking, Passenger passenger, TravelHistoryLookup history) {
        return of(booking, Itinerary.of(booking), passenger, history);
    }

    private static Facts of(Booking b, Itinerary it, Passenger p, TravelHistoryLookup history) {
        Facts.Builder f = CriteriaModel.MODEL.facts();
        if (!it.legs.isEmpty()) {
            f.put("itinerary.origin", blankToNull(it.legs.get(0).flight().departureAirport()));
            f.put("itinerary.destination", blankToNull(it.legs.get(it.legs.size() - 1).flight().arrivalAirport()));
            f.put("itinerary.airports", it.airports);
            f.put("itinerary.segments", it.segments);
            f.put("itinerary.flights", it.flights);
            f.put("itinerary.carriers", it.carriers);
            f.put("itinerary.legs", it.legs.size());
            f.put("itinerary.codeshare", it.legs.stream().anyMatch(ItineraryLeg::isCodeshare));
            String first = it.legs.get(0).flight().departureAirport();
            String last = it.legs.get(it.legs.size() - 1).flight().arrivalAirport();
            if (!first.isEmpty() && !last.isEmpty()) {
                boolean oneWay = !first.equals(last);
                f.put("itinerary.one_way", oneWay);
                if (!oneWay && it.departure.isPresent()) {
                    it.legs.get(it.legs.size() - 1).flight().departureLocal().ifPresent(back ->
                            f.put("itinerary.stay_days", ChronoUnit.DAYS.between(it.departure.get().toLocalDate(), back.toLocalDate())));
                }
            }
        }
        it.departure.ifPresent(d -> {
            f.put("itinerary.departure_date", d.toLocalDate().toString());
            f.put("itinerary.departure_weekday", d.getDayOfWeek().getValue());
            f.put("itinerary.departure_hour", d.getHour());
            reservedAt(b).ifPresent(r -> f.put("booking.days_before_departure", daysBetween(r, d)));
            ticketedAt(b, p).ifPresent(t -> f.put("booking.days_ticketed_before_departure", daysBetween(t, d)));
        });
        List<String> forms = new ArrayList<>();
        boolean cash = false;
        boolean anyTicket = false;
        for (Ticket t : p.tickets()) {
            anyTicket = true;
            for (Payment pay : t.payments()) {
                String code = pay.type() == PaymentType.OTHER && !pay.code().isEmpty() ? pay.code() : pay.type().code();
                if (!forms.contains(code)) {
                    forms.add(code);
                }
                cash |= pay.type() == PaymentType.CASH;
            }
        }
        if (anyTicket) {
            f.put("booking.payment_forms", forms);
            if (!forms.isEmpty()) {
                f.put("booking.paid_cash", cash);
            }
        }
        b.originator().ifPresent(o -> {
            String agency = !o.agencyNumber().isEmpty() ? o.agencyNumber() : o.officeId();
            f.put("booking.travel_agency", blankToNull(agency));
            f.put("booking.via_travel_agency", o.isTravelAgency());
            f.put("booking.agency_country", blankToNull(o.country()));
        });
        f.put("booking.travellers", b.travellerCount());
        f.put("booking.changes", b.history().size());
        f.put("passenger.co_travellers", Math.max(0, b.travellerCount() - 1));
        f.put("passenger.type", p.type().name());
        f.put("passenger.with_infant", p.accompaniedByInfant());
        bags(b, p, f);
        f.put("passenger.checked_in", it.legs.stream().flatMap(l -> l.checkIns().stream())
                .anyMatch(c -> c.passengerRef().equals(p.ref())));
        if (it.departure.isPresent()) {
            history.history(b, p, it.departure.get().toLocalDate()).ifPresent(h -> {
                f.put("history.trips_30d", h.trips30d());
                f.put("history.trips_90d", h.trips90d());
                f.put("history.trips_365d", h.trips365d());
                f.put("history.airports_365d", h.airports365d());
                f.put("history.routes_365d", h.routes365d());
            });
        }
        return f.build();
    }

    private static void bags(Booking b, Passenger p, Facts.Builder f) {
        int pieces = 0;
        double kg = 0;
        boolean anyPieces = false;
        boolean anyWeight = false;
        List<Baggage> checked = new ArrayList<>();
        for (ItineraryLeg leg : b.legs()) {
            for (CheckIn c : leg.checkIns()) {
                if (c.passengerRef().equals(p.ref())) {
                    checked.addAll(c.bags());
                }
            }
            if (!checked.isEmpty()) {
                break; // the bags checked on the first leg go through; later legs repeat them
            }
        }
        if (checked.isEmpty()) {
            checked.addAll(p.baggage());
        }
        for (Baggage bag : checked) {
            if (bag.pieces().isPresent()) {
                pieces += bag.pieces().get();
                anyPieces = true;
            }
            if (bag.weight().isPresent()) {
                BigDecimal w = bag.weight().get();
                kg += "LB".equalsIgnoreCase(bag.weightUnit()) ? w.doubleValue() * 0.45359237 : w.doubleValue();
                anyWeight = true;
            }
        }
        if (anyPieces) {
            f.put("passenger.bags", pieces);
        }
        if (anyWeight) {
            f.put("passenger.bag_weight_kg", Math.round(kg * 10) / 10.0);
        }
    }

    private static Optional<Instant> reservedAt(Booking b) {
        if (b.createdAt().isPresent()) {
            return b.createdAt();
        }
        return b.recordLocators().stream().map(r -> r.createdAt()).flatMap(Optional::stream).min(Instant::compareTo);
    }

    private static Optional<Instant> ticketedAt(Booking b, Passenger p) {
        Optional<Instant> own = p.tickets().stream().map(Ticket::issuedAt).flatMap(Optional::stream).min(Instant::compareTo);
        return own.isPresent() ? own : b.ticketIssuedAt();
    }

    /** Whole days from a UTC instant to a local departure, by calendar date (the time zone of the airport is not known). */
    private static long daysBetween(Instant from, LocalDateTime departureLocal) {
        LocalDate start = from.atOffset(ZoneOffset.UTC).toLocalDate();
        return ChronoUnit.DAYS.between(start, departureLocal.toLocalDate());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The itinerary's derived lists, computed once per booking. */
    private record Itinerary(List<ItineraryLeg> legs, List<String> airports, List<String> segments, List<String> flights,
                             List<String> carriers, Optional<LocalDateTime> departure) {

        static Itinerary of(Booking b) {
            List<ItineraryLeg> legs = b.legs().stream()
                    .filter(l -> !l.flight().departureAirport().isEmpty() || !l.flight().arrivalAirport().isEmpty()).toList();
            LinkedHashSet<String> airports = new LinkedHashSet<>();
            List<String> segments = new ArrayList<>();
            List<String> flights = new ArrayList<>();
            LinkedHashSet<String> carriers = new LinkedHashSet<>();
            for (ItineraryLeg l : legs) {
                String dep = l.flight().departureAirport();
                String arr = l.flight().arrivalAirport();
                if (!dep.isEmpty()) {
                    airports.add(dep);
                }
                if (!arr.isEmpty()) {
                    airports.add(arr);
                }
                segments.add(dep + "-" + arr);
                if (!l.flight().carrier().isEmpty()) {
                    flights.add(l.flight().designator());
                    carriers.add(l.flight().carrier());
                }
            }
            Optional<LocalDateTime> departure = legs.isEmpty() ? Optional.empty() : legs.get(0).flight().departureLocal();
            return new Itinerary(legs, List.copyOf(airports), segments, flights, List.copyOf(carriers), departure);
        }
    }
}
