package org.issa.passenger.keep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issa.passenger.pnr.AnnexItem;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.HistoryEntry;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.pnr.SpecialService;

/**
 * What may be kept of a booking (Directive (EU) 2016/681 Art. 6(1), 13(4)): deletes SSRs that are no Annex I item
 * (meal requests, unknown codes), SSRs and free text (remarks, SSR text, history lines) revealing a special category
 * of data, and, under {@link KeepPolicy#COURT_READING}, general remarks other than those about unaccompanied minors.
 * Returns the cleaned booking with one {@link Removal} per deleted element. Pure and thread-safe.
 */
public final class KeepFilter {

    private static final Pattern MINOR = Pattern.compile("(?i)\\b(UMNR|UNACCOMPANIED|MINEUR NON ACCOMPAGN|UNBEGLEITET)");
    private final KeepPolicy policy;

    public KeepFilter() {
        this(KeepPolicy.DIRECTIVE_TEXT);
    }

    public KeepFilter(KeepPolicy policy) {
        this.policy = policy;
    }

    public KeptBooking keep(Booking b) {
        List<Removal> removed = new ArrayList<>();
        List<Passenger> passengers = new ArrayList<>();
        for (Passenger p : b.passengers()) {
            String where = "passenger " + p.ref();
            passengers.add(p.withFreeText(services(p.services(), p.ref(), where, removed), remarks(p.remarks(), p.ref(), where, removed)));
        }
        List<ItineraryLeg> legs = new ArrayList<>();
        for (ItineraryLeg l : b.legs()) {
            String where = "leg " + l.sequence();
            legs.add(l.withFreeText(services(l.services(), "", where, removed), remarks(l.remarks(), "", where, removed)));
        }
        List<SpecialService> services = services(b.services(), "", "PNR", removed);
        List<Remark> remarks = remarks(b.remarks(), "", "PNR", removed);
        List<HistoryEntry> history = new ArrayList<>();
        for (HistoryEntry h : b.history()) {
            Optional<SensitiveCategory> c = SensitiveData.inText(h.text());
            if (c.isPresent()) {
                removed.add(new Removal("", "history entry " + h.position(), "history line", RemovalReason.SENSITIVE, c));
            } else {
                history.add(h);
            }
        }
        Booking cleaned = b.withPassengers(passengers).withFreeText(services, remarks, legs, history);
        return new KeptBooking(cleaned, removed);
    }

    /**
     * A quarantined segment as it may be shown and stored: its text withheld when it carries special-category data
     * (a malformed {@code SSR+MOML} must not survive in the quarantine list).
     */
    public static Quarantined withheld(Quarantined q) {
        Optional<SensitiveCategory> c = SensitiveData.inText(q.segment());
        if (c.isEmpty()) {
            String[] parts = q.segment().split("[+:*]", 3);
            if (parts.length > 1 && parts[0].equals("SSR")) {
                c = SensitiveData.ofSsrCode(parts[1]);
            }
        }
        return c.isEmpty() ? q : new Quarantined(q.messageReference(), q.position(),
                "[withheld: special category of data, Directive (EU) 2016/681 Art. 13(4)]", q.reason());
    }

    private List<SpecialService> services(List<SpecialService> in, String ref, String where, List<Removal> removed) {
        List<SpecialService> out = new ArrayList<>(in.size());
        int i = 0;
        for (SpecialService s : in) {
            i++;
            String at = where + " SSR " + i;
            String owner = s.passengerRef().isEmpty() ? ref : s.passengerRef();
            Optional<SensitiveCategory> c = SensitiveData.ofSsrCode(s.code()).or(() -> SensitiveData.inText(s.text()));
            if (c.isPresent()) {
                removed.add(new Removal(owner, at, "SSR", RemovalReason.SENSITIVE, c));
            } else if (SensitiveData.isMealCode(s.code()) || s.annexItem().isEmpty()) {
                removed.add(new Removal(owner, at, "SSR", RemovalReason.NOT_ANNEX_I, Optional.empty()));
            } else if (policy == KeepPolicy.COURT_READING && s.annexItem().get() == AnnexItem.GENERAL_REMARKS && !s.code().equals("UMNR")) {
                removed.add(new Removal(owner, at, "SSR", RemovalReason.NOT_ANNEX_I, Optional.empty()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private List<Remark> remarks(List<Remark> in, String ref, String where, List<Removal> removed) {
        List<Remark> out = new ArrayList<>(in.size());
        int i = 0;
        for (Remark r : in) {
            i++;
            String at = where + " remark " + i;
            String owner = r.passengerRef().isEmpty() ? ref : r.passengerRef();
            Optional<SensitiveCategory> c = SensitiveData.inText(r.text());
            if (c.isPresent()) {
                removed.add(new Removal(owner, at, "remark", RemovalReason.SENSITIVE, c));
            } else if (policy == KeepPolicy.COURT_READING && (r.kind() == RemarkKind.OSI || r.kind() == RemarkKind.GENERAL)
                    && !MINOR.matcher(r.text()).find()) {
                removed.add(new Removal(owner, at, "remark", RemovalReason.NOT_ANNEX_I, Optional.empty()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
