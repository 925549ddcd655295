package org.issa.finance.alert;

import java.time.Instant;

/** A scan as stored: who ran which configuration over how much, and what it raised (new) or refreshed (still open). */
public record ScanRecord(long id, String configVersion, String runBy, Instant runAt, long payments, long accounts, int flagged,
                         int raised, int refreshed, long millis) {
}
