package org.issa.passenger.pnr;

/** The kind of PNRGOV push, from {@code MSG+:22} / {@code MSG+:141} (or the XML equivalent). */
public enum PushType {
    /** {@code MSG+:22}: all PNRs of the flight. */
    FULL,
    /** {@code MSG+:141}: only the PNRs changed since the previous push. */
    CHANGES,
    /** No or an unknown message function: stored as received, versioned as a full push would be. */
    UNKNOWN;

    /** The push type of a PNRGOV MSG message function code. */
    public static PushType ofCode(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "22" -> FULL;
            case "141" -> CHANGES;
            default -> UNKNOWN;
        };
    }
}
