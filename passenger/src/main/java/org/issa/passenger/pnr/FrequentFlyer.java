package org.issa.passenger.pnr;

/**
 * A frequent-flyer account (FTI {@code airline:number:…:tier}, SSR FQTV, XML CustLoyalty).
 *
 * @param airline the programme's airline
 * @param number  the membership number
 * @param tier    the status or tier, empty if not sent
 */
@Annex(AnnexItem.FREQUENT_FLYER)
public record FrequentFlyer(String airline, String number, String tier) {
    public FrequentFlyer {
        airline = Flight.nz(airline);
        number = Flight.nz(number);
        tier = Flight.nz(tier);
    }
}
