package org.issa.passenger.keep;

import java.util.List;
import org.issa.passenger.pnr.Booking;

/** A booking cleaned of what may not be kept, and the list of what was removed. */
public record KeptBooking(Booking booking, List<Removal> removals) {
    public KeptBooking {
        removals = List.copyOf(removals);
    }
}
