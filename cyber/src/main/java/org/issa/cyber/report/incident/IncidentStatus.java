package org.issa.cyber.report.incident;

import java.util.EnumSet;
import java.util.Set;
import org.issa.core.error.ConflictException;

/**
 * An incident's lifecycle: OPEN → CONTAINED → RESOLVED → CLOSED; a contained or resolved incident
 * may be reopened; CLOSED is final (a new incident is opened if it flares up again).
 */
public enum IncidentStatus {
    OPEN, CONTAINED, RESOLVED, CLOSED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(CONTAINED, RESOLVED);
            case CONTAINED -> EnumSet.of(OPEN, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public void requireMove(IncidentStatus target) {
        if (!next().contains(target)) {
            throw new ConflictException("an incident that is " + name() + " cannot become " + target.name()
                    + (next().isEmpty() ? " (it is closed)" : "; allowed: " + next()));
        }
    }
}
