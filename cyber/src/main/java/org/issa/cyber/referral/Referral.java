package org.issa.cyber.referral;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A referral of one URL to a hosting service: the content's DSA category and type, the legal
 * ground (provision and member state) and why it is illegal; then the sending, the provider's
 * response with its DSA decision codes, and the times that measure it.
 */
public record Referral(String id, String reference, String providerId, String providerName, String url, String category,
                       String contentType, String legalProvision, String memberState, String explanation, int dueHours,
                       ReferralStatus status, String createdBy, Instant createdAt, Optional<String> approvedBy,
                       Optional<String> approvalReason, Optional<Instant> sentAt, Optional<Instant> acknowledgedAt,
                       Optional<Instant> resolvedAt, List<String> decisions, String responseNote, Marking marking) {

    public Referral {
        decisions = List.copyOf(decisions);
    }

    /** When the provider should have answered: sending time plus the deadline. */
    public Optional<Instant> dueAt() {
        return sentAt.map(s -> s.plus(Duration.ofHours(dueHours)));
    }

    /** Still waiting for the provider after the deadline. */
    public boolean overdue(Instant now) {
        return status.awaitingProvider() && dueAt().map(now::isAfter).orElse(false);
    }

    /** From sending to removal or disabling, for referrals that ended so. */
    public Optional<Duration> timeToRemoval() {
        if (!status.takenDown() || sentAt.isEmpty() || resolvedAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(sentAt.get(), resolvedAt.get()));
    }
}
