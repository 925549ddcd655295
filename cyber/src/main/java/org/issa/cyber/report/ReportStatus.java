package org.issa.cyber.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands, in the spirit of RTIR's Incident Reports queue: received (NEW), classified
 * by an analyst (TRIAGED), sent to the competent authority (FORWARDED), refused (REJECTED), or
 * folded into an incident (MERGED). FORWARDED may repeat (a second authority); REJECTED and MERGED
 * are final.
 */
public enum ReportStatus {
    NEW, TRIAGED, FORWARDED, REJECTED, MERGED;

    public Set<ReportStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(TRIAGED, REJECTED);
            case TRIAGED -> EnumSet.of(TRIAGED, FORWARDED, REJECTED, MERGED);
            case FORWARDED -> EnumSet.of(FORWARDED, MERGED);
            case REJECTED, MERGED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    public boolean mayBecome(ReportStatus target) {
        return next().contains(target);
    }

    /** Whether entering this status closes the report (the retention period starts); a merged report closes with its incident. */
    public boolean closes() {
        return this == FORWARDED || this == REJECTED;
    }

    /**
     * @throws org.issa.core.error.ConflictException when the move is not allowed
     */
    public void requireMove(ReportStatus target) {
        if (!mayBecome(target)) {
            throw new org.issa.core.error.ConflictException("a report that is " + name() + " cannot become " + target.name()
                    + (next().isEmpty() ? " (it is final)" : "; allowed: " + next()));
        }
    }
}
