package org.issa.passenger.pnr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One PNRGOV message (a UNH..UNT, or the parts of a multi-part push reassembled, or one XML notification).
 *
 * @param reference             the UNH message reference (of the first part when reassembled)
 * @param interchangeReference  the UNB control reference, empty for XML
 * @param format                the wire format
 * @param version               the message version as sent, e.g. {@code 11.1}
 * @param pushType              full or changes-only push
 * @param sender                the interchange sender (UNB, e.g. {@code 1A}) or XML originator
 * @param recipient             the interchange recipient
 * @param carrier               the airline sending the data (level-0 ORG), empty if not stated
 * @param preparedAt            the interchange preparation time (UNB, taken as UTC)
 * @param commonAccessReference UNH element 3 (flight/date/time; its format varies by sender)
 * @param parts                 the parts of a multi-part push in order; empty for a single message
 * @param flight                the flight the push is for (level-0 TVL)
 * @param declaredPnrCount      the level-0 EQN: PNRs in the whole push
 * @param bookings              the PNRs carried
 * @param quarantined           segments set aside while reading this message
 */
public record PnrMessage(String reference, String interchangeReference, MessageFormat format, String version,
                         PushType pushType, String sender, String recipient, String carrier, Optional<Instant> preparedAt,
                         String commonAccessReference, List<MessagePart> parts, Optional<Flight> flight,
                         Optional<Integer> declaredPnrCount, List<Booking> bookings, List<Quarantined> quarantined) {
    public PnrMessage {
        reference = Flight.nz(reference);
        interchangeReference = Flight.nz(interchangeReference);
        version = Flight.nz(version);
        sender = Flight.nz(sender);
        recipient = Flight.nz(recipient);
        carrier = Flight.nz(carrier);
        commonAccessReference = Flight.nz(commonAccessReference);
        preparedAt = preparedAt == null ? Optional.empty() : preparedAt;
        flight = flight == null ? Optional.empty() : flight;
        declaredPnrCount = declaredPnrCount == null ? Optional.empty() : declaredPnrCount;
        parts = List.copyOf(parts);
        bookings = List.copyOf(bookings);
        quarantined = List.copyOf(quarantined);
    }

    /** Passengers over all bookings. */
    public int passengerCount() {
        return bookings.stream().mapToInt(b -> b.passengers().size()).sum();
    }
}
