package org.issa.passenger.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One version of a criterion: the expression, why it is needed, when it must be reviewed, its priority for the review
 * queue (1 highest … 5 lowest), and who wrote, approved, activated and retired it.
 */
public record CriterionVersion(String criterionId, int version, String expression, String justification, LocalDate reviewDate,
                               int priority, VersionStatus status, String author, Instant createdAt,
                               Optional<String> approvedBy, Optional<Instant> approvedAt, Optional<String> approvalNote,
                               Optional<String> activatedBy, Optional<Instant> activatedAt,
                               Optional<String> retiredBy, Optional<Instant> retiredAt) {

    /** Whether the review date has passed on {@code today} while the version is approved or in force. */
    public boolean reviewOverdue(LocalDate today) {
        return (status == VersionStatus.ACTIVE || status == VersionStatus.APPROVED) && reviewDate.isBefore(today);
    }
}
