package org.issa.passenger.pnr;

import java.util.List;
import java.util.Optional;

/**
 * One leg of the itinerary (GR.5): the marketing flight, the operating flight of a codeshare (second TVL), status
 * (RPI), aircraft (APD), flight-level SSRs and remarks, and the check-ins on it.
 *
 * @param sequence       1-based position in the itinerary as sent
 * @param flight         the (marketing) flight
 * @param operating      the operating flight of a codeshare
 * @param bookingClass   the reservation booking designator ({@code TVL …+602:D})
 * @param status         the RPI status code ({@code HK}, {@code UN}…), empty if none
 * @param seatsBooked    the RPI quantity, 0 when not sent
 * @param aircraftType   APD aircraft type, empty if none
 * @param recordLocators RCI of the leg
 * @param services       SSRs of this leg (seats, documents by ref, …)
 * @param remarks        IFT of this leg
 * @param checkIns       check-ins on this leg
 */
public record ItineraryLeg(
        int sequence,
        @Annex({AnnexItem.TRAVEL_DATES, AnnexItem.ITINERARY}) Flight flight,
        @Annex(AnnexItem.CODE_SHARE) Optional<Flight> operating,
        @Annex(AnnexItem.ITINERARY) String bookingClass,
        @Annex(AnnexItem.TRAVEL_STATUS) String status,
        @Annex(AnnexItem.TRAVEL_STATUS) int seatsBooked,
        @Annex(AnnexItem.ITINERARY) String aircraftType,
        @Annex(AnnexItem.RECORD_LOCATOR) List<RecordLocator> recordLocators,
        List<SpecialService> services,
        List<Remark> remarks,
        @Annex(AnnexItem.TRAVEL_STATUS) List<CheckIn> checkIns) {
    public ItineraryLeg {
        operating = operating == null ? Optional.empty() : operating;
        bookingClass = Flight.nz(bookingClass);
        status = Flight.nz(status);
        aircraftType = Flight.nz(aircraftType);
        recordLocators = List.copyOf(recordLocators);
        services = List.copyOf(services);
        remarks = List.copyOf(remarks);
        checkIns = List.copyOf(checkIns);
    }

    /** Whether the leg is a codeshare (an operating flight was sent). */
    @Annex(AnnexItem.CODE_SHARE)
    public boolean isCodeshare() {
        return operating.isPresent();
    }

    /** A copy with other SSRs and remarks (used by the sensitive-data filter). */
    public ItineraryLeg withFreeText(List<SpecialService> s, List<Remark> r) {
        return new ItineraryLeg(sequence, flight, operating, bookingClass, status, seatsBooked, aircraftType, recordLocators, s, r, checkIns);
    }
}
