package org.issa.passenger.pnr;

/** What a free-text remark (IFT) is, from its qualifier. */
public enum RemarkKind {
    /** {@code 4:28}, {@code 4:3}: other service information. Annex I item 12. */
    OSI(AnnexItem.GENERAL_REMARKS),
    /** {@code 4:43}: sponsor or payer. Annex I item 6. */
    SPONSOR(AnnexItem.PAYMENT),
    /** {@code 4:15}: fare calculation. Annex I item 13. */
    FARE_CALCULATION(AnnexItem.TICKETING),
    /** A contact in free text (IFT with a phone or e-mail). Annex I item 5. */
    CONTACT(AnnexItem.ADDRESS_CONTACT),
    /** Any other remark. Annex I item 12. */
    GENERAL(AnnexItem.GENERAL_REMARKS);

    private final AnnexItem item;

    RemarkKind(AnnexItem item) {
        this.item = item;
    }

    public AnnexItem annexItem() {
        return item;
    }

    /** The kind for an IFT qualifier pair ({@code 4:28} → {@code OSI}). */
    public static RemarkKind ofQualifier(String subject, String type) {
        return switch (type == null ? "" : type.trim()) {
            case "28", "3" -> OSI;
            case "43" -> SPONSOR;
            case "15" -> FARE_CALCULATION;
            case "P", "B", "H", "E", "M" -> CONTACT;
            default -> GENERAL;
        };
    }
}
