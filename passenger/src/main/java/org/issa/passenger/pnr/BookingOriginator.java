package org.issa.passenger.pnr;

/**
 * The GR.1 ORG: who made the booking, e.g. {@code ORG+1A:MUC+32393340:SINSQ08AA+NCE+SQ:NCE+A+SG+ELPD+CFDE59+9C}.
 *
 * @param system         reservation system or airline code (element 1, component 1)
 * @param systemLocation its location (element 1, component 2)
 * @param agencyNumber   IATA/ARC travel agency number (element 2, component 1), empty for an airline office
 * @param officeId       the booking office (pseudo-city / office id)
 * @param location       the location code of the originator (element 3)
 * @param companyCode    the originating company (element 4, component 1)
 * @param originatorType {@code A} airline, {@code T} travel agency, {@code E} e-commerce… as sent
 * @param country        ISO country of the originator
 * @param currency       its currency, if sent
 * @param agentId        agent sign or identity (element 7)
 */
@Annex(AnnexItem.TRAVEL_AGENCY)
public record BookingOriginator(String system, String systemLocation, String agencyNumber, String officeId, String location,
                                String companyCode, String originatorType, String country, String currency, String agentId) {
    public BookingOriginator {
        system = Flight.nz(system);
        systemLocation = Flight.nz(systemLocation);
        agencyNumber = Flight.nz(agencyNumber);
        officeId = Flight.nz(officeId);
        location = Flight.nz(location);
        companyCode = Flight.nz(companyCode);
        originatorType = Flight.nz(originatorType);
        country = Flight.nz(country);
        currency = Flight.nz(currency);
        agentId = Flight.nz(agentId);
    }

    /** Whether a travel agency (rather than an airline office) made the booking. */
    public boolean isTravelAgency() {
        return !agencyNumber.isEmpty() || "T".equals(originatorType);
    }
}
