package org.issa.passenger.pnr;

/** The TIF passenger type: {@code A} adult, {@code C}/{@code CHD} child, {@code IN}/{@code INF} infant, {@code G} group. */
public enum PassengerType {
    ADULT,
    CHILD,
    INFANT,
    GROUP,
    UNKNOWN;

    /** The type for a PNRGOV (or XML) passenger type code. */
    public static PassengerType ofCode(String code) {
        return switch (code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "A", "ADT", "M", "F" -> ADULT;
            case "C", "CHD", "CH", "CNN" -> CHILD;
            case "IN", "INF", "I" -> INFANT;
            case "G", "GRP" -> GROUP;
            default -> UNKNOWN;
        };
    }

    /** The PNRGOV TIF code written for this type. */
    public String code() {
        return switch (this) {
            case ADULT -> "A";
            case CHILD -> "C";
            case INFANT -> "IN";
            case GROUP -> "G";
            case UNKNOWN -> "";
        };
    }
}
