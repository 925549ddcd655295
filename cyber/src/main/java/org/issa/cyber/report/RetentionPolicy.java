package org.issa.cyber.report;

import java.time.Duration;

/**
 * How long reports are kept: {@code afterClosure} from the day a report was closed (rejected,
 * forwarded, or its incident closed). Open reports are never erased by time alone.
 */
public record RetentionPolicy(Duration afterClosure) {

    public static final RetentionPolicy TWO_YEARS = new RetentionPolicy(Duration.ofDays(730));

    public RetentionPolicy {
        if (afterClosure == null || afterClosure.isNegative() || afterClosure.isZero()) {
            throw new IllegalArgumentException("the retention period must be positive");
        }
    }

    /** The rule in words, for the pages and the documentation. */
    public String describe() {
        return "reports are erased " + afterClosure.toDays() + " days after closure, with their observables, attachments, "
                + "forwardings and notifications";
    }
}
