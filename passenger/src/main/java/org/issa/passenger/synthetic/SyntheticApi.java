package org.issa.passenger.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.ApiListType;
import org.issa.passenger.pnr.ApiMessage;
import org.issa.passenger.pnr.ApiPerson;
import org.issa.passenger.pnr.ApiRole;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.TravelDocument;

/** Makes synthetic PAXLST API messages: one flight leg, its passengers (or crew) with documents. */
final class SyntheticApi {

    private final SplittableRandom r;
    private final SyntheticBookings b;

    SyntheticApi(SplittableRandom r, SyntheticBookings b) {
        this.r = r;
        this.b = b;
    }

    ApiMessage message(String reference, String icRef, Instant prepared) {
        String carrier = b.pick(SyntheticBookings.CARRIERS);
        Flight f = b.flight(carrier, LocalDateTime.ofInstant(prepared, ZoneOffset.UTC).plusHours(1 + r.nextInt(20)));
        boolean crew = b.chance(0.15);
        int n = crew ? 2 + r.nextInt(8) : 1 + r.nextInt(40);
        List<ApiPerson> persons = new ArrayList<>();
        LocalDate travel = f.departureLocal().orElseThrow().toLocalDate();
        for (int i = 0; i < n; i++) {
            boolean female = r.nextBoolean();
            String surname = b.pick(SyntheticBookings.SURNAMES);
            String given = b.pick(female ? SyntheticBookings.GIVEN_F : SyntheticBookings.GIVEN_M);
            String nat = b.pick(SyntheticBookings.COUNTRIES);
            Optional<LocalDate> birth = Optional.of(travel.minusDays(400 + r.nextInt(25000)));
            String gender = female ? "F" : "M";
            String pob = b.pick(SyntheticBookings.CITIES);
            TravelDocument doc = new TravelDocument(b.chance(0.85) ? "P" : "I", nat, b.letters(2) + b.digits(7), nat, birth, gender,
                    Optional.of(travel.plusDays(30 + r.nextInt(3600))), surname, given, nat, Optional.empty(), pob);
            Optional<Address> address = b.chance(0.3) ? Optional.of(new Address("", b.pick(SyntheticBookings.STREETS) + " " + (1 + r.nextInt(99)),
                    b.pick(SyntheticBookings.CITIES), "", b.digits(5), nat)) : Optional.empty();
            persons.add(new ApiPerson(crew ? ApiRole.CREW : ApiRole.PASSENGER, surname, given, gender, birth, pob, nat, nat,
                    f.departureAirport(), f.arrivalAirport(), address, List.of(doc), crew ? "" : b.letters(6), crew ? "" : String.valueOf(i + 1),
                    crew ? "" : (1 + r.nextInt(40)) + "" + (char) ('A' + r.nextInt(6)), !crew && b.chance(0.4) ? List.of(carrier + b.digits(6)) : List.of(),
                    b.chance(0.5)));
        }
        return new ApiMessage(reference, icRef, "D.05B", carrier, "PIU" + b.pick(new String[] {"DE", "FR", "NL"}), Optional.of(prepared),
                crew ? ApiListType.CREW : ApiListType.PASSENGERS, "TN" + b.digits(8), carrier + " OPERATIONS", List.of(f), persons,
                Optional.of(persons.size()), List.of(), List.of());
    }
}
