package org.issa.finance.payment.store;

import java.time.Instant;
import java.util.Optional;
import org.issa.core.marking.Marking;

/** An import as the store keeps it: source, format, content hash, counts, who and when, how it ended, and how many
 * of its payments were handed to the entity store. */
public record PaymentBatch(long id, String source, String format, String contentHash, String channel, String status, long read,
                           long stored, long alreadyStored, long deleted, Optional<Instant> firstPaidAt, Optional<Instant> lastPaidAt,
                           String importedBy, Instant startedAt, Optional<Instant> finishedAt, Optional<String> error, long published,
                           Marking marking) {

    public static final String LOADING = "LOADING";
    public static final String STORED = "STORED";
    public static final String FAILED = "FAILED";
}
