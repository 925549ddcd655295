package org.issa.passenger.edifact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.edifact.BookingDraft.CheckInDraft;
import org.issa.passenger.edifact.BookingDraft.HistoryDraft;
import org.issa.passenger.edifact.BookingDraft.LegDraft;
import org.issa.passenger.edifact.BookingDraft.OtherServiceDraft;
import org.issa.passenger.edifact.BookingDraft.PassengerDraft;
import org.issa.passenger.edifact.BookingDraft.PaymentDraft;
import org.issa.passenger.edifact.BookingDraft.Pending;
import org.issa.passenger.edifact.BookingDraft.SplitDraft;
import org.issa.passenger.edifact.BookingDraft.TicketDraft;
import org.issa.passenger.edifact.PnrgovSegments.BadSegment;
import org.issa.passenger.pnr.AnnexItem;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.Contact;
import org.issa.passenger.pnr.ContactKind;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.HistoryAction;
import org.issa.passenger.pnr.OtherService;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.RemarkKind;
import org.issa.passenger.pnr.SpecialService;

/**
 * Maps the body segments of one PNRGOV message (all its parts, in order) to bookings, following the group structure
 * of the PNRGOV implementation guide (GR.1 to GR.12). A segment that cannot be read, or that stands where the
 * structure has no place for it, is quarantined with its position and reason; the rest of the PNR is kept.
 */
final class PnrgovMapper {

    private enum Scope { LEVEL0, PNR, PASSENGER, TICKET, PAYMENT, LEG, CHECKIN_GROUP, CHECKIN, SPLIT, OTHER_SERVICE, HISTORY_CREDIT, HISTORY_ACTION }

    private final String reference;
    private final LocalDate refDate;
    final List<Quarantined> quarantine = new ArrayList<>();
    final List<Booking> bookings = new ArrayList<>();
    PushType pushType = PushType.UNKNOWN;
    String carrier = "";
    Optional<Flight> flight = Optional.empty();
    Optional<Integer> declaredPnrs = Optional.empty();

    private BookingDraft booking;
    private Scope scope = Scope.LEVEL0;
    private Scope resumeScope = Scope.PNR;
    private Segment previous;
    private String currentHistoryBy = "";
    private Optional<java.time.Instant> currentHistoryAt = Optional.empty();

    PnrgovMapper(String reference, LocalDate refDate) {
        this.reference = reference;
        this.refDate = refDate;
    }

    /** A new part of a multi-part message begins: its level-0 segments repeat; a PNR left open continues after them. */
    void startPart() {
        if (scope != Scope.LEVEL0) {
            resumeScope = scope;
        }
        scope = Scope.LEVEL0;
        previous = null;
    }

    void accept(Segment s) {
        try {
            map(s);
        } catch (BadSegment e) {
            quarantine(s, e.getMessage());
        } catch (RuntimeException e) { // a decoder bug must not lose the rest of the message
            quarantine(s, "unreadable: " + e.getClass().getSimpleName());
        }
        previous = s;
    }

    List<Booking> finish() {
        closeBooking();
        return bookings;
    }

    private void map(Segment s) throws BadSegment {
        String tag = s.tag();
        if (scope == Scope.LEVEL0) {
            switch (tag) {
                case "MSG" -> {
                    PushType t = PushType.ofCode(s.get(1, 2));
                    if (pushType == PushType.UNKNOWN) {
                        pushType = t;
                    }
                    return;
                }
                case "ORG" -> {
                    if (carrier.isEmpty()) {
                        carrier = s.get(1, 1);
                    }
                    return;
                }
                case "TVL" -> {
                    if (flight.isEmpty()) {
                        flight = Optional.of(PnrgovSegments.flight(s, refDate));
                    }
                    return;
                }
                case "EQN" -> {
                    if (declaredPnrs.isEmpty()) {
                        declaredPnrs = PnrgovSegments.optInt(s.get(1));
                    }
                    return;
                }
                case "SRC" -> {
                    newBooking();
                    return;
                }
                default -> {
                    if (booking == null) {
                        throw new BadSegment(tag + " before the first SRC (PNR): no PNR to put it in");
                    }
                    scope = resumeScope; // the continuation of a PNR split across parts
                }
            }
        }
        switch (tag) {
            case "SRC" -> newBooking();
            case "RCI" -> rci(s);
            case "DAT" -> dat(s);
            case "ORG" -> org(s);
            case "IFT" -> ift(s);
            case "ADD" -> add(s);
            case "EBD" -> ebd(s);
            case "TIF" -> tif(s);
            case "FTI" -> passengerOnly(s).frequentFlyers.addAll(PnrgovSegments.frequentFlyers(s));
            case "REF" -> passengerOnly(s).uniqueId = s.get(1, 2).isEmpty() ? s.get(1, 1) : s.get(1, 2);
            case "FAR" -> passengerOnly(s).remarks.add(new Remark(RemarkKind.FARE_CALCULATION, "FAR", "", join(s), passengerOnly(s).ref));
            case "SSR" -> ssr(s);
            case "TKT" -> tkt(s);
            case "MON" -> ticketOnly(s).amounts.addAll(PnrgovSegments.amounts(s));
            case "PTK" -> ticketOnly(s).pricing.add(join(s));
            case "TXD" -> ticketOnly(s).taxes.addAll(PnrgovSegments.taxes(s));
            case "FOP" -> fop(s);
            case "TVL" -> tvl(s);
            case "TRA" -> tra(s);
            case "RPI" -> rpi(s);
            case "APD" -> apd(s);
            case "TRI" -> tri(s);
            case "SSD" -> ssd(s);
            case "TBD" -> tbd(s);
            case "EQN" -> {
                SplitDraft d = new SplitDraft();
                d.passengers = PnrgovSegments.optInt(s.get(1)).orElseThrow(() -> new BadSegment("EQN without a number"));
                booking.splits.add(d);
                scope = Scope.SPLIT;
            }
            case "MSG" -> {
                OtherServiceDraft d = new OtherServiceDraft();
                d.type = s.get(1, 1);
                d.service = new OtherService(d.type, "", "", Optional.empty(), Optional.empty());
                booking.otherServices.add(d);
                scope = Scope.OTHER_SERVICE;
            }
            case "ABI" -> {
                currentHistoryBy = String.join(" ", nonEmpty(s.get(2, 1), s.get(2, 2), s.get(3), s.get(4, 1))).trim();
                if (currentHistoryBy.isEmpty()) {
                    currentHistoryBy = join(s);
                }
                currentHistoryAt = Optional.empty();
                scope = Scope.HISTORY_CREDIT;
            }
            case "SAC" -> {
                HistoryDraft h = new HistoryDraft();
                h.action = HistoryAction.ofCode(s.get(3));
                h.by = currentHistoryBy;
                h.at = currentHistoryAt;
                booking.history.add(h);
                scope = Scope.HISTORY_ACTION;
            }
            case "LTS" -> {
                HistoryDraft h = new HistoryDraft();
                h.append(join(s));
                booking.history.add(h);
            }
            default -> throw new BadSegment("unknown segment " + tag + " in a PNRGOV message");
        }
    }

    private void newBooking() {
        closeBooking();
        booking = new BookingDraft();
        scope = Scope.PNR;
        resumeScope = Scope.PNR;
    }

    private void closeBooking() {
        if (booking != null) {
            bookings.add(booking.build(reference, quarantine));
            booking = null;
        }
    }

    private boolean inPassenger() {
        return scope == Scope.PASSENGER || scope == Scope.TICKET || scope == Scope.PAYMENT;
    }

    private boolean inLeg() {
        return scope == Scope.LEG || scope == Scope.CHECKIN_GROUP || scope == Scope.CHECKIN;
    }

    private boolean inHistory() {
        return scope == Scope.HISTORY_ACTION;
    }

    private PassengerDraft passengerOnly(Segment s) throws BadSegment {
        if (!inPassenger() || booking.passengers.isEmpty()) {
            throw new BadSegment(s.tag() + " outside a passenger group (TIF)");
        }
        return booking.passenger();
    }

    private TicketDraft ticketOnly(Segment s) throws BadSegment {
        if ((scope != Scope.TICKET && scope != Scope.PAYMENT) || booking.passenger().tickets.isEmpty()) {
            throw new BadSegment(s.tag() + " outside a ticket group (TKT)");
        }
        List<TicketDraft> t = booking.passenger().tickets;
        return t.get(t.size() - 1);
    }

    private void rci(Segment s) throws BadSegment {
        var locs = PnrgovSegments.locators(s, refDate);
        if (scope == Scope.SPLIT) {
            booking.splits.get(booking.splits.size() - 1).locators.addAll(locs);
        } else if (inLeg()) {
            booking.leg().locators.addAll(locs);
        } else if (inHistory()) {
            history().append("RCI " + join(s));
        } else {
            booking.locators.addAll(locs);
            if (booking.createdAt.isEmpty()) {
                booking.createdAt = locs.stream().flatMap(l -> l.createdAt().stream()).findFirst();
            }
        }
    }

    private void dat(Segment s) throws BadSegment {
        if (inLeg()) { // GR.6: a check-in group begins
            booking.leg().checkInTime = timeOf(s, "2");
            booking.leg().checkInAgent = "";
            scope = Scope.CHECKIN_GROUP;
            return;
        }
        if (scope == Scope.HISTORY_CREDIT || inHistory()) {
            currentHistoryAt = timeOf(s, "");
            return;
        }
        if (scope == Scope.TICKET || scope == Scope.PAYMENT) {
            var t = booking.passenger().tickets;
            t.get(t.size() - 1).issuedAt = timeOf(s, "710");
            return;
        }
        for (int e = 1; e <= s.size(); e++) {
            String q = s.get(e, 1);
            var at = EdifactDates.utc(EdifactDates.ddmmyy(s.get(e, 2), refDate), s.get(e, 3));
            if (!s.get(e, 2).isEmpty() && at.isEmpty()) {
                throw new BadSegment("DAT date \"" + s.get(e, 2) + "\" is not DDMMYY");
            }
            switch (q) {
                case "700" -> booking.lastChangedAt = at;
                case "710" -> booking.ticketIssuedAt = at;
                case "" -> { }
                default -> booking.lastChangedAt = booking.lastChangedAt.or(() -> at);
            }
        }
    }

    private Optional<java.time.Instant> timeOf(Segment s, String preferred) throws BadSegment {
        Optional<java.time.Instant> any = Optional.empty();
        for (int e = 1; e <= s.size(); e++) {
            if (s.get(e, 2).isEmpty()) {
                continue;
            }
            var at = EdifactDates.utc(EdifactDates.ddmmyy(s.get(e, 2), refDate), s.get(e, 3));
            if (at.isEmpty()) {
                throw new BadSegment("DAT date \"" + s.get(e, 2) + "\" is not DDMMYY");
            }
            if (s.get(e, 1).equals(preferred)) {
                return at;
            }
            any = any.or(() -> at);
        }
        return any;
    }

    private void org(Segment s) throws BadSegment {
        if (scope == Scope.CHECKIN_GROUP || scope == Scope.LEG) {
            booking.leg().checkInAgent = String.join(" ", nonEmpty(s.get(1, 1), s.get(1, 2), s.get(2, 1), s.get(2, 2), s.get(3), s.get(5)));
            scope = Scope.CHECKIN_GROUP;
        } else if (scope == Scope.PNR) {
            if (!s.isEmpty()) {
                booking.originator = Optional.of(PnrgovSegments.originator(s));
            }
        } else {
            throw new BadSegment("ORG out of place: after the PNR's passengers and not in a check-in group");
        }
    }

    private void ift(Segment s) {
        if (inHistory()) {
            history().append("IFT " + join(s));
            history().about = history().about.or(() -> Optional.of(AnnexItem.GENERAL_REMARKS));
            return;
        }
        if (scope == Scope.PAYMENT) {
            PaymentDraft p = lastPayment();
            p.cardHolder = PnrgovSegments.remark(s, "").text();
            return;
        }
        if (scope == Scope.TICKET && "15".equals(s.get(1, 2))) {
            var t = booking.passenger().tickets;
            t.get(t.size() - 1).fareCalculation = PnrgovSegments.remark(s, "").text();
            return;
        }
        if (inPassenger()) {
            Remark r = PnrgovSegments.remark(s, booking.passenger().ref);
            if (r.kind() == RemarkKind.CONTACT) {
                booking.passenger().contacts.add(contactOf(r));
            } else {
                booking.passenger().remarks.add(r);
            }
        } else if (inLeg()) {
            booking.leg().remarks.add(PnrgovSegments.remark(s, ""));
        } else {
            Remark r = PnrgovSegments.remark(s, "");
            if (r.kind() == RemarkKind.CONTACT) {
                booking.contacts.add(contactOf(r));
            } else {
                booking.remarks.add(r);
            }
        }
    }

    private static Contact contactOf(Remark r) {
        boolean mail = r.qualifier().endsWith(":E") || r.text().contains("//") || r.text().contains("@");
        return new Contact(mail ? ContactKind.EMAIL : ContactKind.PHONE, mail ? PnrgovSegments.email(r.text()) : r.text(), Optional.empty());
    }

    private void add(Segment s) {
        if (scope == Scope.PAYMENT) {
            lastPayment().billing = Optional.of(PnrgovSegments.address(s));
        } else if (inPassenger()) {
            booking.passenger().contacts.add(PnrgovSegments.contact(s));
        } else if (inHistory()) {
            history().append("ADD " + join(s));
            history().about = history().about.or(() -> Optional.of(AnnexItem.ADDRESS_CONTACT));
        } else {
            booking.contacts.add(PnrgovSegments.contact(s));
        }
    }

    private void ebd(Segment s) {
        if (inPassenger()) {
            booking.passenger().baggage.add(PnrgovSegments.excessBags(s));
        } else {
            booking.baggage.add(PnrgovSegments.excessBags(s));
        }
    }

    private void tif(Segment s) throws BadSegment {
        if (inHistory()) {
            history().append("TIF " + join(s));
            history().about = history().about.or(() -> Optional.of(AnnexItem.NAMES));
            return;
        }
        if (scope == Scope.CHECKIN) {
            CheckInDraft c = lastCheckIn();
            c.surname = s.get(1, 1);
            c.given = s.get(2, 1);
            if (c.ref.isEmpty()) {
                c.ref = s.get(2, 3);
            }
            return;
        }
        if (s.get(1, 1).isEmpty() && s.get(2, 1).isEmpty()) {
            throw new BadSegment("TIF without a name");
        }
        PassengerDraft p = new PassengerDraft();
        p.surname = s.get(1, 1);
        p.given = s.get(2, 1);
        p.type = PassengerType.ofCode(s.get(2, 2));
        p.ref = s.get(2, 3);
        p.withInfant = "1".equals(s.get(2, 4));
        booking.passengers.add(p);
        scope = Scope.PASSENGER;
    }

    private void ssr(Segment s) throws BadSegment {
        SpecialService ssr = PnrgovSegments.service(s);
        if (ssr.code().isEmpty()) {
            throw new BadSegment("SSR without a code");
        }
        if (inHistory()) {
            history().append("SSR " + join(s));
            history().about = history().about.or(() -> ssr.annexItem().or(() -> Optional.of(AnnexItem.GENERAL_REMARKS)));
            return;
        }
        boolean passengerLevel = inPassenger();
        String owner = passengerLevel ? booking.passenger().ref : "";
        switch (ssr.code()) {
            case "DOCS", "DOCO", "DOCA", "FQTV" -> {
                var doc = switch (ssr.code()) {
                    case "DOCS" -> Optional.of(PnrgovSegments.docs(ssr.text(), refDate));
                    case "DOCO" -> Optional.of(PnrgovSegments.doco(ssr.text(), refDate));
                    default -> Optional.<org.issa.passenger.pnr.TravelDocument>empty();
                };
                var addr = ssr.code().equals("DOCA") ? Optional.of(PnrgovSegments.doca(ssr.text())) : Optional.<org.issa.passenger.pnr.Address>empty();
                var ff = ssr.code().equals("FQTV") ? Optional.of(PnrgovSegments.fqtv(ssr)) : Optional.<org.issa.passenger.pnr.FrequentFlyer>empty();
                if (passengerLevel) {
                    PassengerDraft p = booking.passenger();
                    doc.ifPresent(p.documents::add);
                    addr.ifPresent(p.apiAddresses::add);
                    ff.ifPresent(p.frequentFlyers::add);
                } else {
                    booking.pending.add(new Pending(s.position(), s.text(), PnrgovSegments.serviceRefs(s), doc, addr, ff));
                }
            }
            case "CTCE", "CTCM", "CTCH", "CTCB" -> {
                Contact c = ssr.code().equals("CTCE")
                        ? new Contact(ContactKind.EMAIL, PnrgovSegments.email(ssr.text()), Optional.empty())
                        : new Contact(ContactKind.PHONE, ssr.text(), Optional.empty());
                if (passengerLevel) {
                    booking.passenger().contacts.add(c);
                } else {
                    booking.contacts.add(c);
                }
            }
            case "SEAT" -> {
                // one element per passenger: seat::ref
                List<SpecialService> seats = new ArrayList<>();
                for (int e = 2; e <= s.size(); e++) {
                    if (!s.get(e, 1).isEmpty()) {
                        seats.add(new SpecialService("SEAT", ssr.status(), 1, ssr.carrier(), ssr.boardPoint(), ssr.offPoint(), s.get(e, 1),
                                s.get(e, 3).isEmpty() ? owner : s.get(e, 3)));
                    }
                }
                if (seats.isEmpty()) {
                    seats.add(withRef(ssr, owner));
                }
                target().addAll(seats);
            }
            default -> target().add(withRef(ssr, ssr.passengerRef().isEmpty() ? owner : ssr.passengerRef()));
        }
    }

    private static SpecialService withRef(SpecialService s, String ref) {
        return new SpecialService(s.code(), s.status(), s.quantity(), s.carrier(), s.boardPoint(), s.offPoint(), s.text(), ref);
    }

    private List<SpecialService> target() {
        if (inPassenger()) {
            return booking.passenger().services;
        }
        if (inLeg()) {
            return booking.leg().services;
        }
        return booking.services;
    }

    private void tkt(Segment s) throws BadSegment {
        PassengerDraft p = passengerOnly(s);
        TicketDraft t = new TicketDraft();
        t.number = s.get(1, 1);
        t.documentType = s.get(1, 2);
        t.conjunctions = PnrgovSegments.intOr(s.get(1, 3), 1);
        t.ticketless = t.number.isEmpty();
        p.tickets.add(t);
        scope = Scope.TICKET;
    }

    private void fop(Segment s) throws BadSegment {
        TicketDraft t = ticketOnly(s);
        for (int e = 1; e <= s.size(); e++) {
            if (s.get(e, 1).isEmpty()) {
                continue;
            }
            PaymentDraft p = new PaymentDraft();
            p.payment = new org.issa.passenger.pnr.Payment(org.issa.passenger.pnr.PaymentType.ofCode(s.get(e, 1)), s.get(e, 1),
                    PnrgovSegments.decimal(s.get(e, 3)), s.get(e, 4), s.get(e, 5), s.get(e, 6), "", Optional.empty());
            t.payments.add(p);
        }
        if (t.payments.isEmpty()) {
            throw new BadSegment("FOP without a payment type");
        }
        scope = Scope.PAYMENT;
    }

    private PaymentDraft lastPayment() {
        var t = booking.passenger().tickets;
        var ps = t.get(t.size() - 1).payments;
        return ps.get(ps.size() - 1);
    }

    private void tvl(Segment s) throws BadSegment {
        if (inHistory() || scope == Scope.HISTORY_CREDIT) {
            history().append("TVL " + join(s));
            history().about = history().about.or(() -> Optional.of(AnnexItem.ITINERARY));
            return;
        }
        if (scope == Scope.OTHER_SERVICE) {
            OtherServiceDraft d = booking.otherServices.get(booking.otherServices.size() - 1);
            Flight f = PnrgovSegments.flight(s, refDate);
            d.service = new OtherService(d.type, f.carrier().isEmpty() ? s.get(4) : f.carrier(), f.departureAirport(),
                    f.departureLocal(), f.arrivalLocal());
            return;
        }
        Flight f = PnrgovSegments.flight(s, refDate);
        boolean noDates = s.get(1, 1).isEmpty() && s.get(2).isEmpty() && s.get(3).isEmpty();
        if (scope == Scope.LEG && previous != null && "TVL".equals(previous.tag()) && noDates && !booking.legs.isEmpty()) {
            LegDraft l = booking.leg();
            String opCarrier = f.carrier().isEmpty() ? previous.get(4, 2) : f.carrier();
            l.operating = Optional.of(new Flight(opCarrier, f.number(), f.suffix(), l.flight.departureAirport(), l.flight.arrivalAirport(),
                    l.flight.departureLocal(), l.flight.arrivalLocal()));
            return;
        }
        LegDraft l = new LegDraft();
        l.flight = f;
        l.bookingClass = s.get(5, 2);
        booking.legs.add(l);
        scope = Scope.LEG;
    }

    private void tra(Segment s) throws BadSegment {
        if (!inLeg()) {
            throw new BadSegment("TRA outside an itinerary leg (TVL)");
        }
        LegDraft l = booking.leg();
        if (l.operating.isEmpty() && !s.get(1).isEmpty()) {
            l.operating = Optional.of(new Flight(s.get(1), s.get(2, 1), "", l.flight.departureAirport(), l.flight.arrivalAirport(),
                    l.flight.departureLocal(), l.flight.arrivalLocal()));
        }
    }

    private void rpi(Segment s) throws BadSegment {
        if (inHistory()) {
            history().append("RPI " + join(s));
            return;
        }
        if (!inLeg()) {
            throw new BadSegment("RPI outside an itinerary leg (TVL)");
        }
        booking.leg().seats = PnrgovSegments.intOr(s.get(1), 0);
        booking.leg().status = s.get(2);
    }

    private void apd(Segment s) throws BadSegment {
        if (inHistory()) {
            history().append("APD " + join(s));
            return;
        }
        if (!inLeg()) {
            throw new BadSegment("APD outside an itinerary leg (TVL)");
        }
        booking.leg().aircraft = s.get(1, 1);
    }

    private void tri(Segment s) throws BadSegment {
        if (!inLeg()) {
            throw new BadSegment("TRI outside a check-in group (TVL, DAT)");
        }
        LegDraft l = booking.leg();
        CheckInDraft c = new CheckInDraft();
        c.sequence = s.get(2, 1);
        c.ref = s.get(2, 4);
        c.at = l.checkInTime;
        c.agent = l.checkInAgent;
        c.status = s.get(1, 1);
        l.checkIns.add(c);
        scope = Scope.CHECKIN;
    }

    private void ssd(Segment s) throws BadSegment {
        if (scope != Scope.CHECKIN) {
            throw new BadSegment("SSD outside a check-in (TRI)");
        }
        CheckInDraft c = lastCheckIn();
        c.seat = s.get(1, 1);
        c.cabin = s.get(5);
    }

    private void tbd(Segment s) throws BadSegment {
        if (inHistory()) {
            history().append("TBD " + join(s));
            history().about = history().about.or(() -> Optional.of(AnnexItem.BAGGAGE));
        } else if (scope == Scope.CHECKIN) {
            lastCheckIn().bags.add(PnrgovSegments.checkedBags(s));
        } else if (inPassenger()) {
            booking.passenger().baggage.add(PnrgovSegments.checkedBags(s));
        } else {
            throw new BadSegment("TBD outside a check-in (TRI) or passenger");
        }
    }

    private CheckInDraft lastCheckIn() {
        var cs = booking.leg().checkIns;
        return cs.get(cs.size() - 1);
    }

    private HistoryDraft history() {
        return booking.history.get(booking.history.size() - 1);
    }

    private void quarantine(Segment s, String reason) {
        quarantine.add(new Quarantined(reference, s.position(), s.text(), reason));
    }

    /** The segment's elements with their components joined by ':' (trailing ':' dropped), non-empty ones joined by ' '. */
    private static String join(Segment s) {
        StringBuilder b = new StringBuilder(64);
        for (String[] el : s.elements()) {
            int start = b.length();
            if (start > 0) {
                b.append(' ');
            }
            int textStart = b.length();
            for (int i = 0; i < el.length; i++) {
                if (i > 0) {
                    b.append(':');
                }
                b.append(el[i]);
            }
            int end = b.length();
            while (end > textStart && b.charAt(end - 1) == ':') {
                end--;
            }
            b.setLength(end == textStart ? start : end);
        }
        return b.toString();
    }

    private static List<String> nonEmpty(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
