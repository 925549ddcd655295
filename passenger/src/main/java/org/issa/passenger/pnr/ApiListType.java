package org.issa.passenger.pnr;

/** The PAXLST BGM document code. */
public enum ApiListType {
    /** 745 */
    PASSENGERS,
    /** 250 */
    CREW,
    /** 266 */
    FLIGHT_STATUS_UPDATE,
    /** 336 */
    MASTER_CREW,
    /** 655 */
    GATE_PASS,
    UNKNOWN;

    public static ApiListType ofCode(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "745" -> PASSENGERS;
            case "250" -> CREW;
            case "266" -> FLIGHT_STATUS_UPDATE;
            case "336" -> MASTER_CREW;
            case "655" -> GATE_PASS;
            default -> UNKNOWN;
        };
    }

    public String code() {
        return switch (this) {
            case PASSENGERS -> "745";
            case CREW -> "250";
            case FLIGHT_STATUS_UPDATE -> "266";
            case MASTER_CREW -> "336";
            case GATE_PASS -> "655";
            case UNKNOWN -> "";
        };
    }
}
