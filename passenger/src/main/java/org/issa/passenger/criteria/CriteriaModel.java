package org.issa.passenger.criteria;

import static org.issa.rules.Field.forbidden;
import static org.issa.rules.Field.qualifying;
import static org.issa.rules.Field.targeting;

import java.util.List;
import org.issa.rules.FieldType;
import org.issa.rules.Model;

/**
 * The passenger/itinerary/booking model that pre-determined criteria are written against: one set of facts per
 * passenger of a booking. Only Annex I data that describe the journey and the booking are offered. Data that reveal,
 * or stand in for, what Art 6(4) forbids (race or ethnic origin, political opinions, religion or philosophical beliefs,
 * trade-union membership, health, sex life or sexual orientation) do not exist in it: their names are declared
 * forbidden so that the compiler refuses them and says why. Documented field by field in
 * {@code docs/modules/passenger-criteria.md}.
 */
public final class CriteriaModel {

    private CriteriaModel() {
    }

    private static final String ART_6_4 = "Directive (EU) 2016/681 Art 6(4) forbids criteria based on ";

    public static final Model MODEL = new Model("passenger", List.of(
            targeting("itinerary.origin", FieldType.STRING, "Origin airport",
                    "IATA code of the departure airport of the first leg.", "\"IST\""),
            targeting("itinerary.destination", FieldType.STRING, "Final destination airport",
                    "IATA code of the arrival airport of the last leg.", "\"FRA\""),
            targeting("itinerary.airports", FieldType.STRING_LIST, "Airports on the itinerary",
                    "Every departure and arrival airport of the itinerary, in order, each once.", "[\"IST\", \"FRA\", \"IST\"]"),
            targeting("itinerary.segments", FieldType.STRING_LIST, "Routes flown",
                    "Each leg as DEP-ARR, in order.", "[\"IST-FRA\", \"FRA-IST\"]"),
            targeting("itinerary.flights", FieldType.STRING_LIST, "Flights",
                    "Marketing flight designators (carrier and number) of each leg.", "[\"TK1589\"]"),
            targeting("itinerary.carriers", FieldType.STRING_LIST, "Airlines",
                    "Marketing carriers of the legs, each once.", "[\"TK\", \"LH\"]"),
            qualifying("itinerary.legs", FieldType.INT, "Number of legs", "Flight legs on the itinerary.", "2"),
            qualifying("itinerary.one_way", FieldType.BOOL, "One-way journey",
                    "True when the itinerary does not come back to the first departure airport.", "true"),
            qualifying("itinerary.stay_days", FieldType.INT, "Days at destination",
                    "For a return journey, days between the first departure and the departure of the last leg; missing for a one-way journey.", "3"),
            qualifying("itinerary.codeshare", FieldType.BOOL, "Codeshare leg", "True when a leg is operated by another carrier.", "false"),
            qualifying("itinerary.departure_date", FieldType.STRING, "Departure date",
                    "Local date of the first departure, ISO 8601.", "\"2026-03-14\""),
            qualifying("itinerary.departure_weekday", FieldType.INT, "Departure weekday",
                    "Day of the week of the first departure, 1 = Monday … 7 = Sunday.", "5"),
            qualifying("itinerary.departure_hour", FieldType.INT, "Departure hour", "Local hour (0-23) of the first departure.", "23"),
            qualifying("booking.days_before_departure", FieldType.INT, "Days between booking and departure",
                    "Whole days from the reservation date (RCI/creation, UTC) to the first departure date.", "1"),
            qualifying("booking.days_ticketed_before_departure", FieldType.INT, "Days between ticketing and departure",
                    "Whole days from the ticket issue (DAT 710) to the first departure date.", "0"),
            qualifying("booking.payment_forms", FieldType.STRING_LIST, "Forms of payment",
                    "FOP codes of the passenger's tickets: CC card, CA cash, CK cheque, MS miscellaneous, GR government receipt, INV invoice.",
                    "[\"CA\"]"),
            qualifying("booking.paid_cash", FieldType.BOOL, "Ticket paid in cash", "True when any ticket of the passenger was paid in cash (FOP CA).", "true"),
            qualifying("booking.travel_agency", FieldType.STRING, "Travel agency",
                    "IATA number of the booking travel agency, or the office id of the booking office (GR.1 ORG).", "\"12345678\""),
            qualifying("booking.via_travel_agency", FieldType.BOOL, "Booked through a travel agency",
                    "True when a travel agency (not an airline office or website) made the booking.", "true"),
            qualifying("booking.agency_country", FieldType.STRING, "Country of the booking office",
                    "ISO country of the booking originator (not of the passenger).", "\"NL\""),
            qualifying("booking.travellers", FieldType.INT, "Travellers on the booking", "Number of passengers on the PNR (Annex I item 17).", "2"),
            qualifying("booking.changes", FieldType.INT, "Changes to the booking", "Number of history entries (changes) sent with the PNR.", "4"),
            qualifying("passenger.co_travellers", FieldType.INT, "Co-travellers", "Other passengers on the same booking.", "1"),
            qualifying("passenger.type", FieldType.STRING, "Passenger type", "ADULT, CHILD, INFANT, GROUP or UNKNOWN as the carrier sent it.", "\"ADULT\""),
            qualifying("passenger.with_infant", FieldType.BOOL, "Travelling with an infant", "The passenger carries an infant on the lap.", "false"),
            qualifying("passenger.bags", FieldType.INT, "Checked bags", "Pieces of checked baggage (check-in TBD, else EBD); missing when none were sent.", "3"),
            qualifying("passenger.bag_weight_kg", FieldType.DOUBLE, "Checked baggage weight (kg)",
                    "Total weight of checked baggage in kilograms (pounds converted); missing when not sent.", "46.0"),
            qualifying("passenger.checked_in", FieldType.BOOL, "Checked in", "True when a check-in was sent for any leg.", "true"),
            qualifying("history.trips_30d", FieldType.INT, "Trips in the last 30 days",
                    "Other stored bookings of the same traveller departing in the 30 days before this departure; missing when no history lookup is available.", "2"),
            qualifying("history.trips_90d", FieldType.INT, "Trips in the last 90 days", "As trips_30d, over 90 days.", "5"),
            qualifying("history.trips_365d", FieldType.INT, "Trips in the last 365 days", "As trips_30d, over 365 days.", "9"),
            qualifying("history.airports_365d", FieldType.STRING_LIST, "Airports visited in the last 365 days",
                    "Airports on the traveller's stored itineraries departing in the 365 days before this departure.", "[\"BEY\", \"IST\"]"),
            qualifying("history.routes_365d", FieldType.STRING_LIST, "Routes flown in the last 365 days",
                    "Legs (DEP-ARR) of those itineraries.", "[\"IST-BEY\"]"),
            forbidden("passenger.name", FieldType.STRING, "Name",
                    "criteria select by behaviour, not by person; persons are compared with named watch lists (Art 6(3)(a))"),
            forbidden("passenger.surname", FieldType.STRING, "Surname", "names may reveal ethnic origin (" + ART_6_4.strip() + " ethnic origin)"),
            forbidden("passenger.nationality", FieldType.STRING, "Nationality",
                    "nationality stands in for ethnic origin; C-817/19 requires non-discriminatory criteria"),
            forbidden("passenger.place_of_birth", FieldType.STRING, "Place of birth", "a proxy for ethnic origin (Art 6(4), C-817/19)"),
            forbidden("passenger.gender", FieldType.STRING, "Gender", ART_6_4 + "sex life or sexual orientation; gender is not a risk factor"),
            forbidden("passenger.sex", FieldType.STRING, "Sex", ART_6_4 + "sex life or sexual orientation; sex is not a risk factor"),
            forbidden("passenger.date_of_birth", FieldType.STRING, "Date of birth", "an API identifier, not travel behaviour; use passenger.type"),
            forbidden("passenger.meal", FieldType.STRING, "Special meal",
                    "meal codes (MOML, KSML, HNML…) reveal religion or health: " + ART_6_4 + "them, and Art 13(4) deletes them on receipt"),
            forbidden("passenger.special_services", FieldType.STRING_LIST, "Special service requests",
                    "SSR codes such as WCHR, MEDA, BLND reveal health: " + ART_6_4 + "health, and Art 13(4) deletes them on receipt"),
            forbidden("passenger.remarks", FieldType.STRING, "Free-text remarks",
                    "free text may reveal any sensitive category; Art 13(4) deletes such data on receipt"),
            forbidden("passenger.religion", FieldType.STRING, "Religion", ART_6_4 + "religion or philosophical beliefs"),
            forbidden("passenger.ethnic_origin", FieldType.STRING, "Ethnic origin", ART_6_4 + "race or ethnic origin"),
            forbidden("passenger.race", FieldType.STRING, "Race", ART_6_4 + "race or ethnic origin"),
            forbidden("passenger.political_opinion", FieldType.STRING, "Political opinion", ART_6_4 + "political opinions"),
            forbidden("passenger.philosophical_beliefs", FieldType.STRING, "Philosophical beliefs", ART_6_4 + "religion or philosophical beliefs"),
            forbidden("passenger.trade_union", FieldType.STRING, "Trade-union membership", ART_6_4 + "trade-union membership"),
            forbidden("passenger.health", FieldType.STRING, "Health", ART_6_4 + "health"),
            forbidden("passenger.sex_life", FieldType.STRING, "Sex life", ART_6_4 + "sex life"),
            forbidden("passenger.sexual_orientation", FieldType.STRING, "Sexual orientation", ART_6_4 + "sexual orientation")));
}
