package org.issa.passenger.pnr;

/**
 * A free-text remark (IFT {@code 4:28::carrier+text}, XML OSI).
 *
 * @param kind         OSI, sponsor, fare calculation…
 * @param qualifier    the qualifier as sent ({@code 4:28}), empty if none
 * @param carrier      the airline it is addressed to, empty if none
 * @param text         the text, release characters undone
 * @param passengerRef the traveller it concerns, empty if the PNR
 */
public record Remark(RemarkKind kind, String qualifier, String carrier, String text, String passengerRef) {
    public Remark {
        kind = kind == null ? RemarkKind.GENERAL : kind;
        qualifier = Flight.nz(qualifier);
        carrier = Flight.nz(carrier);
        text = Flight.nz(text);
        passengerRef = Flight.nz(passengerRef);
    }

    public AnnexItem annexItem() {
        return kind.annexItem();
    }
}
