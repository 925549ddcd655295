package org.issa.finance.payment.retention;

import java.time.Instant;

/** What one retention run deleted from one import, as the DPO's log shows it. */
public record PaymentDeletion(String id, Instant runAt, Instant cutoff, long batchId, String source, long deleted, long keptExtracted,
                              String policy) {
}
