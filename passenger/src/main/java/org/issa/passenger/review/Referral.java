package org.issa.passenger.review;

import java.time.Instant;

/** A hit sent to a competent authority for further examination (Art 6(6)): to whom, why, by whom, when. */
public record Referral(String id, String hitId, String caseId, String authorityId, String authorityName, String reason,
                       String referredBy, Instant referredAt) {
}
