package org.issa.passenger.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.issa.core.marking.Marking;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.retention.Disclosure;

/**
 * A booking as the PNR detail shows it: its versions, one version's content (masked when depersonalised, unless shown
 * under a valid approval), the segments quarantined from that version's message and how many sensitive elements were
 * deleted from it on receipt.
 *
 * @param id            the booking
 * @param carrier       its carrier
 * @param locator       its record locator
 * @param createdOn     its creation date (ISO) or empty
 * @param marking       its marking
 * @param versions      all versions, newest first
 * @param shown         the version shown
 * @param booking       its content
 * @param masked        whether the content shown is depersonalised
 * @param disclosure    the approval under which depersonalised content is shown in full, if it is
 * @param quarantined   segments quarantined from the shown version's message
 * @param sensitiveDeleted elements of special categories deleted from that message on receipt
 */
public record BookingDetail(String id, String carrier, String locator, String createdOn, Marking marking, List<Version> versions,
                            Version shown, Booking booking, boolean masked, Optional<Disclosure> disclosure, List<QuarantineRow> quarantined,
                            int sensitiveDeleted) {

    public BookingDetail {
        versions = List.copyOf(versions);
        quarantined = List.copyOf(quarantined);
    }

    /** One version of a booking. */
    public record Version(String id, int number, String pushType, Instant receivedAt, String messageId, String messageRef, int passengers,
                          Optional<Instant> depersonalisedAt) {
    }

    /** A quarantined segment: where and why (its content is not stored). */
    public record QuarantineRow(String messageId, String messageRef, int position, String segment, String reason) {
    }
}
