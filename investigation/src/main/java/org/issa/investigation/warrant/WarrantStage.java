package org.issa.investigation.warrant;

/** Where a warrant stands, derived from its events. */
public enum WarrantStage {
    ISSUED("Issued, not arrested"),
    ARRESTED("Arrested, awaiting decision"),
    CONSENTED("Consented, awaiting decision"),
    DECIDED("Surrender decided"),
    REFUSED("Execution refused"),
    SURRENDERED("Executed"),
    WITHDRAWN("Withdrawn");

    private final String label;

    WarrantStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean awaitingDecision() {
        return this == ARRESTED || this == CONSENTED;
    }

    public boolean finished() {
        return this == REFUSED || this == SURRENDERED || this == WITHDRAWN;
    }
}
