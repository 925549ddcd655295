package org.issa.passenger.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.issa.passenger.criteria.CriterionDraft;

/**
 * A generated but realistic set of pre-determined criteria for the end-to-end benchmark: {@code count} drafts over the
 * documented model ({@code CriteriaModel}), cycling through the kinds a PIU writes (route and payment form, destination
 * and booking lead time, one-way with baggage, agencies, carriers at night, forms of payment, co-travellers, baggage
 * weight, dates and short stays, booking changes, and a few over the travel history). Each names a targeted route or
 * airport and at least one behaviour, so that the compiler accepts it as specific; the airports are those of the
 * synthetic traffic, so that some fire. Deterministic: the same count gives the same set.
 */
public final class BenchCriteria {

    /** Airports of the synthetic traffic (see {@code SyntheticBookings}). */
    private static final String[] AIRPORTS = {"FRA", "MUC", "CDG", "ORY", "FCO", "MXP", "MAD", "BCN", "WAW", "AMS", "BRU", "CPH", "ARN",
            "HEL", "BUD", "ZAG", "ATH", "LIS", "DUB", "VIE", "OTP", "SOF", "PRG", "LHR", "JFK", "IST", "CMN", "KBP", "DEL", "GRU", "DXB", "SIN"};
    private static final String[] CARRIERS = {"LH", "AF", "KL", "AZ", "IB", "LO", "SK", "AY", "OS", "SN", "TP", "EI", "A3", "RO", "OK", "BA",
            "TK", "AT", "EK", "SQ"};
    private static final String[] AGENCY_COUNTRIES = {"NL", "DE", "FR", "TR", "AE", "MA", "GB", "ES"};

    private static final int KINDS = 13;

    private BenchCriteria() {
    }

    /** {@code count} drafts, owned by {@code owner}, due for review on {@code reviewDate}. */
    public static List<CriterionDraft> drafts(int count, String owner, LocalDate reviewDate) {
        List<CriterionDraft> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String a = AIRPORTS[(i * 7) % AIRPORTS.length];
            String b = AIRPORTS[(i * 7 + 11) % AIRPORTS.length];
            if (b.equals(a)) {
                b = AIRPORTS[(i * 7 + 12) % AIRPORTS.length];
            }
            String carrier = CARRIERS[i % CARRIERS.length];
            int n = i / KINDS;
            String[] kind = kind(i % KINDS, a, b, carrier, AGENCY_COUNTRIES[i % AGENCY_COUNTRIES.length], n);
            out.add(new CriterionDraft(String.format(Locale.ROOT, "Bench %03d: %s", i + 1, kind[0]), owner, kind[1],
                    "Benchmark criterion " + (i + 1) + " of " + count + " (" + kind[0] + "); synthetic traffic only.", reviewDate,
                    1 + i % 5));
        }
        return out;
    }

    /** How many of the first {@code count} drafts read the travel history (one store lookup per passenger when any is in force). */
    public static int readingHistory(int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            n += i % KINDS >= 11 ? 1 : 0;
        }
        return n;
    }

    private static String[] kind(int k, String a, String b, String carrier, String country, int n) {
        return switch (k) {
            case 0 -> new String[] {"route " + a + "-" + b + " paid cash", "'" + a + "-" + b + "' in itinerary.segments && booking.paid_cash"};
            case 1 -> new String[] {"to " + a + " booked late", "itinerary.destination == '" + a + "' && booking.days_before_departure <= "
                    + (1 + n % 3)};
            case 2 -> new String[] {"one way from " + a + " with bags, ticketed late", "itinerary.origin == '" + a
                    + "' && itinerary.one_way && passenger.bags >= " + (2 + n % 2) + " && booking.days_ticketed_before_departure <= 2"};
            case 3 -> new String[] {"via " + a + " or " + b + " by a " + country + " agency, booked late",
                    "itinerary.airports.exists(x, x in ['" + a + "', '" + b + "']) && booking.via_travel_agency && booking.agency_country == '"
                            + country + "' && booking.days_before_departure <= 2"};
            case 4 -> new String[] {carrier + " at night from " + a, "'" + carrier + "' in itinerary.carriers && itinerary.origin == '" + a
                    + "' && itinerary.departure_hour < 6"};
            case 5 -> new String[] {"to " + a + " paid by miscellaneous order, booked late", "itinerary.destination == '" + a
                    + "' && booking.payment_forms.exists(f, f in ['MS', 'CK']) && booking.days_before_departure <= 3"};
            case 6 -> new String[] {"group from " + a + " ticketed late", "itinerary.origin == '" + a + "' && passenger.co_travellers >= "
                    + (3 + n % 3) + " && booking.days_ticketed_before_departure <= 1"};
            case 7 -> new String[] {"alone, booked late, heavy bags through " + a, "'" + a + "' in itinerary.airports && passenger.bag_weight_kg >= "
                    + (35 + 5 * (n % 3)) + ".0 && passenger.co_travellers == 0 && booking.days_before_departure <= 5"};
            case 8 -> new String[] {"short stay in " + a + " in summer", "itinerary.destination == '" + a
                    + "' && itinerary.departure_date >= '2026-06-01' && itinerary.departure_date <= '2026-09-30' && itinerary.stay_days <= 2"};
            case 9 -> new String[] {"rebooked often from " + a + ", booked late", "itinerary.origin == '" + a + "' && booking.changes >= " + (5 + n % 2)
                    + " && booking.days_before_departure <= 7"};
            case 10 -> new String[] {"weekend " + carrier + " to " + b, "itinerary.destination == '" + b + "' && '" + carrier
                    + "' in itinerary.carriers && itinerary.departure_weekday >= 6 && booking.via_travel_agency"};
            case 11 -> new String[] {"frequent to " + a, "itinerary.destination == '" + a + "' && history.trips_90d >= " + (2 + n % 2)};
            case 12 -> new String[] {"back from " + b + " via " + a, "itinerary.origin == '" + a + "' && '" + b + "' in history.airports_365d"};
            default -> throw new IllegalArgumentException("kind " + k);
        };
    }
}
