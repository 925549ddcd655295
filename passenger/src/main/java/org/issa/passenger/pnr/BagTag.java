package org.issa.passenger.pnr;

/**
 * A bag-tag range of TBD ({@code KL:4074902824:3:MSP}): carrier, first tag number, number of consecutive tags, destination.
 */
@Annex(AnnexItem.BAGGAGE)
public record BagTag(String carrier, String number, int consecutive, String destination) {
    public BagTag {
        carrier = Flight.nz(carrier);
        number = Flight.nz(number);
        consecutive = Math.max(1, consecutive);
        destination = Flight.nz(destination);
    }
}
