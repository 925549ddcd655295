package org.issa.passenger.pnr;

/** The PAXLST NAD party role: {@code FL} passenger, {@code FM} crew, {@code DDU}/{@code DDT} in transit. */
public enum ApiRole {
    PASSENGER,
    CREW,
    TRANSIT_PASSENGER,
    TRANSIT_CREW,
    UNKNOWN;

    public static ApiRole ofCode(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "FL" -> PASSENGER;
            case "FM" -> CREW;
            case "DDU" -> TRANSIT_PASSENGER;
            case "DDT" -> TRANSIT_CREW;
            default -> UNKNOWN;
        };
    }

    public String code() {
        return switch (this) {
            case PASSENGER -> "FL";
            case CREW -> "FM";
            case TRANSIT_PASSENGER -> "DDU";
            case TRANSIT_CREW -> "DDT";
            case UNKNOWN -> "ZZZ";
        };
    }
}
