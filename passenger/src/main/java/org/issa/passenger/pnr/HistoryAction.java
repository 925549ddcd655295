package org.issa.passenger.pnr;

/** What a history entry did (SAC {@code A} added, {@code X} cancelled…); LTS lines are {@link #UNSTRUCTURED}. */
public enum HistoryAction {
    ADDED,
    CANCELLED,
    CHANGED,
    CREDIT,
    UNSTRUCTURED;

    /** The action for a SAC status indicator. */
    public static HistoryAction ofCode(String code) {
        return switch (code == null ? "" : code.trim()) {
            case "A" -> ADDED;
            case "X" -> CANCELLED;
            case "C", "R" -> CHANGED;
            default -> UNSTRUCTURED;
        };
    }
}
