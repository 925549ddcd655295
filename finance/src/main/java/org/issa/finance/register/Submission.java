package org.issa.finance.register;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/**
 * A bank's submission to the register, as stored: who loaded it, what it held, and whether it is the bank's current one.
 *
 * @param status     {@code CURRENT} (the bank's register data) or {@code REPLACED} (kept for the history)
 * @param replacedAt when a later submission replaced it
 */
public record Submission(String id, String bankBic, String bankName, Instant receivedAt, String contentHash, String format,
                         String sourceName, int accounts, int parties, String loadedBy, String status, Optional<Instant> replacedAt,
                         Optional<String> replacedBy, Marking marking) {

    public static final String CURRENT = "CURRENT";
    public static final String REPLACED = "REPLACED";
}
