package org.issa.cyber.referral;

import java.time.Instant;

/** One step in a referral's history: who moved it from which status to which, and why. */
public record ReferralEvent(String id, String referralId, Instant at, String actor, ReferralStatus from, ReferralStatus to,
                            String note) {
}
