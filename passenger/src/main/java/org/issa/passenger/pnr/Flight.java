package org.issa.passenger.pnr;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A flight as TVL carries it. Times are local to the airport (PNRGOV TVL times are local).
 *
 * @param carrier          the (marketing) airline designator
 * @param number           the flight number, without the carrier
 * @param suffix           the operational suffix, empty if none
 * @param departureAirport IATA code of the departure airport (empty for ARNK/OPEN legs)
 * @param arrivalAirport   IATA code of the arrival airport (empty for ARNK/OPEN legs)
 */
@Annex({AnnexItem.TRAVEL_DATES, AnnexItem.ITINERARY})
public record Flight(String carrier, String number, String suffix, String departureAirport, String arrivalAirport,
                     Optional<LocalDateTime> departureLocal, Optional<LocalDateTime> arrivalLocal) {
    public Flight {
        carrier = nz(carrier);
        number = nz(number);
        suffix = nz(suffix);
        departureAirport = nz(departureAirport);
        arrivalAirport = nz(arrivalAirport);
        departureLocal = departureLocal == null ? Optional.empty() : departureLocal;
        arrivalLocal = arrivalLocal == null ? Optional.empty() : arrivalLocal;
    }

    /** Carrier and number, e.g. {@code SQ602}. */
    public String designator() {
        return carrier + number;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
