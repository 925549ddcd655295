package org.issa.passenger.pnr;

/** FOP form-of-payment codes. */
public enum PaymentType {
    CARD,
    CASH,
    CHEQUE,
    MISCELLANEOUS,
    GOVERNMENT_RECEIPT,
    INVOICE,
    OTHER;

    /** The type for a FOP payment code ({@code CC CA CK MS GR INV}). */
    public static PaymentType ofCode(String code) {
        return switch (code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "CC", "DC" -> CARD;
            case "CA" -> CASH;
            case "CK" -> CHEQUE;
            case "MS" -> MISCELLANEOUS;
            case "GR" -> GOVERNMENT_RECEIPT;
            case "IN", "INV" -> INVOICE;
            default -> OTHER;
        };
    }

    /** The FOP code written for this type. */
    public String code() {
        return switch (this) {
            case CARD -> "CC";
            case CASH -> "CA";
            case CHEQUE -> "CK";
            case MISCELLANEOUS -> "MS";
            case GOVERNMENT_RECEIPT -> "GR";
            case INVOICE -> "INV";
            case OTHER -> "XX";
        };
    }
}
