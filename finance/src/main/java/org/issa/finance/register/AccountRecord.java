package org.issa.finance.register;

import java.time.Instant;
import org.issa.core.marking.Marking;

/**
 * An account as the register holds it for one bank's submission: the entry with its parties, which bank reported it,
 * in which submission, received when, and the submission's marking.
 */
public record AccountRecord(RegisterAccount account, String bankName, String submissionId, Instant receivedAt, String status,
                            Marking marking) {
}
