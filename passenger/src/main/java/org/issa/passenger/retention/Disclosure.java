package org.issa.passenger.retention;

import java.time.Instant;

/**
 * A recorded approval to show a depersonalised booking in full (Art 12(3) of Directive (EU) 2016/681).
 *
 * @param id                 the approval's id
 * @param bookingId          the booking it opens
 * @param requestedBy        the PIU user who recorded it
 * @param recordedAt         when
 * @param requestReference   the duly reasoned request it serves (Art 6(2)(b)), e.g. a case or request number
 * @param grounds            why full data are necessary
 * @param approvingAuthority the judicial or other competent national authority that approved it
 * @param approvalReference  that authority's reference (decision number)
 * @param validUntil         the approval's end
 */
public record Disclosure(String id, String bookingId, String requestedBy, Instant recordedAt, String requestReference, String grounds,
                         String approvingAuthority, String approvalReference, Instant validUntil) {

    public boolean validAt(Instant t) {
        return !t.isBefore(recordedAt) && t.isBefore(validUntil);
    }
}
