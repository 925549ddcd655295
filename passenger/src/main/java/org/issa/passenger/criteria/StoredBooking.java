package org.issa.passenger.criteria;

import java.time.LocalDate;
import org.issa.passenger.pnr.Booking;

/**
 * A booking as the store holds it: its storage id, the local date of its first departure, whether storage has
 * depersonalised it (Art 12(2)), and the booking itself (masked accordingly).
 */
public record StoredBooking(String id, LocalDate departureDate, boolean masked, Booking booking) {
}
