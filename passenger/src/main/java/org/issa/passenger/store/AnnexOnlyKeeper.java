package org.issa.passenger.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.keep.KeptBooking;
import org.issa.passenger.keep.Removal;
import org.issa.passenger.keep.RemovalReason;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.SpecialService;

/**
 * A structural keeper for when no sensitive-data filter is configured: it deletes every SSR whose code carries no Annex I
 * item (meal and medical codes among them) and every unspecified special meal ({@code SPML}), at PNR, passenger and leg
 * level, and logs each deletion without content. It does not read free-text remarks or history lines for special
 * categories: the ingest module's sensitive-data filter does, and replaces this keeper where it is wired.
 */
public final class AnnexOnlyKeeper implements PnrIngest.Keeper {

    @Override
    public KeptBooking keep(Booking b) {
        List<Removal> removals = new ArrayList<>();
        List<SpecialService> pnrLevel = kept(b.services(), "PNR SSR", "", removals);
        List<Passenger> passengers = new ArrayList<>();
        int n = 0;
        for (Passenger p : b.passengers()) {
            n++;
            passengers.add(p.withFreeText(kept(p.services(), "passenger " + n + " SSR", p.ref(), removals), p.remarks()));
        }
        List<ItineraryLeg> legs = new ArrayList<>();
        for (ItineraryLeg l : b.legs()) {
            legs.add(l.withFreeText(kept(l.services(), "leg " + l.sequence() + " SSR", "", removals), l.remarks()));
        }
        Booking cleaned = b.withFreeText(pnrLevel, b.remarks(), legs, b.history()).withPassengers(passengers);
        return new KeptBooking(cleaned, removals);
    }

    private static List<SpecialService> kept(List<SpecialService> services, String where, String ref, List<Removal> removals) {
        List<SpecialService> out = new ArrayList<>();
        for (SpecialService s : services) {
            if (s.annexItem().isEmpty() || s.code().equals("SPML")) {
                removals.add(new Removal(ref.isEmpty() ? s.passengerRef() : ref, where, "SSR", RemovalReason.NOT_ANNEX_I, Optional.empty()));
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
