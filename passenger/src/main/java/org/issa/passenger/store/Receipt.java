package org.issa.passenger.store;

import java.util.List;
import org.issa.passenger.pnr.Quarantined;

/**
 * What storing one message did.
 *
 * @param messageId        the stored message's id (the earlier one when it was already stored)
 * @param messageReference the message reference
 * @param alreadyStored    the same reference and content had been stored before: nothing was added
 * @param bookings         bookings carried (each stored as a new version)
 * @param newBookings      of which first seen
 * @param passengers       passengers carried
 * @param quarantined      segments set aside, with position and reason
 * @param sensitive        sensitive data deleted on receipt (category and place, never content)
 */
public record Receipt(String messageId, String messageReference, boolean alreadyStored, int bookings, int newBookings,
                      int passengers, List<Quarantined> quarantined, List<SensitiveDeletion> sensitive) {
    public Receipt {
        quarantined = List.copyOf(quarantined);
        sensitive = List.copyOf(sensitive);
    }
}
