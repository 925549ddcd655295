package org.issa.investigation.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long before a limit expires the watch warns: {@code shortLead} for limits of a day or less
 * (the 8-hour urgent requests), {@code longLead} for longer ones. Both are configuration.
 */
public record WarningPolicy(Duration shortLead, Duration longLead) {

    public static final WarningPolicy DEFAULT = new WarningPolicy(Duration.ofHours(2), Duration.ofDays(2));
    private static final Duration SHORT_LIMIT = Duration.ofDays(1);

    public WarningPolicy {
        if (shortLead == null || shortLead.isNegative() || shortLead.isZero()) {
            throw new IllegalArgumentException("the warning lead time for short limits must be positive");
        }
        if (longLead == null || longLead.isNegative() || longLead.isZero()) {
            throw new IllegalArgumentException("the warning lead time for long limits must be positive");
        }
    }

    public Duration leadFor(Deadline d) {
        Duration lead = d.length().compareTo(SHORT_LIMIT) <= 0 ? shortLead : longLead;
        // never warn before the limit started: a lead longer than the limit warns at once
        return lead.compareTo(d.length()) > 0 ? d.length() : lead;
    }

    /** When the warning is due. */
    public Instant warnAt(Deadline d) {
        return d.dueAt().minus(leadFor(d));
    }

    /** The level a deadline has reached at {@code now}: none, a warning, or overdue. */
    public Optional<AlertLevel> levelAt(Deadline d, Instant now) {
        if (d.expired(now)) {
            return Optional.of(AlertLevel.OVERDUE);
        }
        return now.isBefore(warnAt(d)) ? Optional.empty() : Optional.of(AlertLevel.WARNING);
    }
}
