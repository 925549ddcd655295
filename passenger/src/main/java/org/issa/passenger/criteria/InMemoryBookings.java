package org.issa.passenger.criteria;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A {@link BookingSource} over bookings held in memory (tests, small imports, demo data). */
public final class InMemoryBookings implements BookingSource {

    private final List<StoredBooking> bookings;

    public InMemoryBookings(List<StoredBooking> bookings) {
        this.bookings = List.copyOf(bookings);
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<StoredBooking> each) {
        for (StoredBooking b : bookings) {
            if (!b.departureDate().isBefore(from) && !b.departureDate().isAfter(to)) {
                each.accept(b);
            }
        }
    }

    public List<StoredBooking> all() {
        return new ArrayList<>(bookings);
    }
}
