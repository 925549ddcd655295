package org.issa.passenger.synthetic;

import static org.issa.passenger.synthetic.SegmentWriter.c;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.issa.passenger.edifact.EdifactDates;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.Baggage;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.Contact;
import org.issa.passenger.pnr.ContactKind;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.FrequentFlyer;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MonetaryAmount;
import org.issa.passenger.pnr.OtherService;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.PnrMessage;
import org.issa.passenger.pnr.PushType;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.SpecialService;
import org.issa.passenger.pnr.SplitPnr;
import org.issa.passenger.pnr.Ticket;
import org.issa.passenger.pnr.TravelDocument;

/**
 * Writes PNRGOV EDIFACT from the model: the inverse of the reader for everything the model holds, so that a generated
 * message read back equals what was generated. Multi-part messages are cut between PNRs.
 */
public final class PnrgovWriter {

    /** A structured history item as the generator makes it: action code and the changed segment. */
    public record HistoryItem(String action, String by, Optional<Instant> at, String tag, Object[] elements) {}

    private PnrgovWriter() {}

    /**
     * One interchange holding these messages. A message with parts is written as that many UNH..UNT, each carrying
     * {@code pnrsPerPart} PNRs (the last part the rest).
     */
    public static byte[] interchange(List<PnrMessage> messages, Separators sep, boolean writeUna, boolean newlines,
                                     java.util.Map<Booking, List<HistoryItem>> structuredHistory, int pnrsPerPart) {
        StringBuilder out = new StringBuilder(4096);
        SegmentWriter w = new SegmentWriter(sep, out, newlines);
        if (writeUna) {
            out.append(sep.una());
            if (newlines) {
                out.append('\n');
            }
        }
        PnrMessage first = messages.get(0);
        Instant prepared = first.preparedAt().orElse(Instant.EPOCH);
        LocalDateTime p = LocalDateTime.ofInstant(prepared, ZoneOffset.UTC);
        w.segment("UNB", c("IATA", "1"), c(first.sender()), c(first.recipient()), c(yymmdd(p.toLocalDate()), hhmm(p)),
                first.interchangeReference());
        int unh = 0;
        for (PnrMessage m : messages) {
            List<List<Booking>> chunks = new ArrayList<>();
            if (m.parts().isEmpty()) {
                chunks.add(m.bookings());
            } else {
                int n = m.parts().size();
                for (int i = 0; i < n; i++) {
                    int from = i * pnrsPerPart;
                    int to = i == n - 1 ? m.bookings().size() : Math.min(m.bookings().size(), from + pnrsPerPart);
                    chunks.add(m.bookings().subList(Math.min(from, to), to));
                }
            }
            for (int i = 0; i < chunks.size(); i++) {
                String ref = m.parts().isEmpty() ? m.reference() : m.parts().get(i).reference();
                w.resetCount();
                String[] version = m.version().split("\\.");
                Object seq = m.parts().isEmpty() ? null
                        : c(String.format(Locale.ROOT, "%02d", m.parts().get(i).number()), m.parts().get(i).last() ? "F" : "C");
                w.segment("UNH", ref, c("PNRGOV", version[0], version.length > 1 ? version[1] : "1", "IA"), m.commonAccessReference(), seq);
                unh++;
                levelZero(w, m);
                for (Booking b : chunks.get(i)) {
                    booking(w, b, structuredHistory.getOrDefault(b, List.of()));
                }
                w.segment("UNT", String.valueOf(w.count() + 1), ref);
            }
        }
        w.segment("UNZ", String.valueOf(unh), first.interchangeReference());
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void levelZero(SegmentWriter w, PnrMessage m) {
        w.segment("MSG", c("", m.pushType() == PushType.CHANGES ? "141" : "22"));
        w.segment("ORG", c(m.carrier(), "HDQ"));
        m.flight().ifPresent(f -> w.segment("TVL", dates(f), f.departureAirport(), f.arrivalAirport(), f.carrier(), f.number()));
        m.declaredPnrCount().ifPresent(n -> w.segment("EQN", String.valueOf(n)));
    }

    static void booking(SegmentWriter w, Booking b, List<HistoryItem> structured) {
        w.segment("SRC");
        if (!b.recordLocators().isEmpty()) {
            w.write("RCI", locators(b.recordLocators()));
        }
        for (SpecialService s : b.services()) {
            ssr(w, s, s.passengerRef());
        }
        List<Object> dat = new ArrayList<>();
        b.lastChangedAt().ifPresent(t -> dat.add(dat("700", t)));
        b.ticketIssuedAt().ifPresent(t -> dat.add(dat("710", t)));
        if (!dat.isEmpty()) {
            w.write("DAT", dat.toArray());
        }
        for (Remark r : b.remarks()) {
            ift(w, r);
        }
        b.originator().ifPresent(o -> w.segment("ORG", c(o.system(), o.systemLocation()), c(o.agencyNumber(), o.officeId()), o.location(),
                c(o.companyCode()), o.originatorType(), c(o.country(), o.currency()), o.agentId()));
        for (Contact k : b.contacts()) {
            contact(w, k);
        }
        for (Baggage x : b.baggage()) {
            ebd(w, x);
        }
        for (Passenger p : b.passengers()) {
            passenger(w, p, b);
        }
        for (ItineraryLeg l : b.legs()) {
            leg(w, l);
            if (l.sequence() == 1 && b.locator().hashCode() % 2 == 0) {
                // some carriers repeat passports at flight level, bound by traveller reference (GR.5 SSR DOCS +::ref)
                for (Passenger p : b.passengers()) {
                    p.primaryDocument().ifPresent(d -> w.segment("SSR", c("DOCS", "HK", "1", l.flight().carrier(), "", "",
                            l.flight().departureAirport(), l.flight().arrivalAirport(), docs(d)), c("", "", p.ref())));
                }
            }
        }
        for (SplitPnr s : b.splits()) {
            w.segment("EQN", String.valueOf(s.passengers()));
            if (!s.recordLocators().isEmpty()) {
                w.write("RCI", locators(s.recordLocators()));
            }
        }
        for (OtherService o : b.otherServices()) {
            w.segment("MSG", c(o.type()));
            w.segment("TVL", c(o.start().map(t -> ddmmyy(t.toLocalDate())).orElse(""), o.start().map(PnrgovWriter::hhmm).orElse(""),
                    o.end().map(t -> ddmmyy(t.toLocalDate())).orElse(""), o.end().map(PnrgovWriter::hhmm).orElse("")), o.location(), "",
                    o.provider());
        }
        String lastBy = null;
        Optional<Instant> lastAt = Optional.empty();
        for (HistoryItem h : structured) {
            if (!h.by().equals(lastBy) || !h.at().equals(lastAt)) {
                w.segment("ABI", "1", c(h.by()));
                h.at().ifPresent(t -> w.segment("DAT", dat("ZZZ", t)));
                lastBy = h.by();
                lastAt = h.at();
            }
            w.segment("SAC", "", "", h.action());
            w.write(h.tag(), h.elements());
        }
        b.history().stream().filter(h -> h.action() == org.issa.passenger.pnr.HistoryAction.UNSTRUCTURED)
                .forEach(h -> w.segment("LTS", h.text()));
    }

    private static void passenger(SegmentWriter w, Passenger p, Booking b) {
        w.segment("TIF", c(p.surname()), c(p.givenNames(), p.type().code(), p.ref(), p.accompaniedByInfant() ? "1" : ""));
        if (!p.frequentFlyers().isEmpty()) {
            w.write("FTI", p.frequentFlyers().stream().map(f -> c(f.airline(), f.number(), "", f.tier())).toArray());
        }
        for (Remark r : p.remarks()) {
            ift(w, r);
        }
        if (!p.uniqueId().isEmpty()) {
            w.segment("REF", c("", p.uniqueId()));
        }
        String carrier = b.legs().isEmpty() ? "YY" : b.legs().get(0).flight().carrier();
        List<TravelDocument> written = new ArrayList<>(p.documents());
        if (p.accompaniedByInfant()) { // carriers repeat the infant's DOCS (gender MI/FI) under the accompanying adult
            b.passengers().stream().filter(x -> x.type() == org.issa.passenger.pnr.PassengerType.INFANT)
                    .flatMap(x -> x.documents().stream()).filter(d -> d.gender().endsWith("I")).forEach(written::add);
        }
        for (TravelDocument d : written) {
            if (d.isVisa()) {
                w.segment("SSR", c("DOCO", "HK", "1", carrier, "", "", "", "", "/" + d.placeOfBirth() + "/" + d.type() + "/" + d.number() + "/"
                        + d.issuePlace() + "/" + d.issueDate().map(EdifactDates::ddmmmyy).orElse("") + "/" + d.issuingCountry()));
            } else {
                w.segment("SSR", c("DOCS", "HK", "1", carrier, "", "", "", "", docs(d)));
            }
        }
        for (Address a : p.apiAddresses()) {
            w.segment("SSR", c("DOCA", "HK", "1", carrier, "", "", "", "", "/" + a.purpose() + "/" + a.country() + "/" + a.street() + "/"
                    + a.city() + "/" + a.region() + "/" + a.postalCode()));
        }
        for (SpecialService s : p.services()) {
            ssr(w, s, "");
        }
        for (Contact k : p.contacts()) {
            contact(w, k);
        }
        for (Baggage x : p.baggage()) {
            if (x.kind() == org.issa.passenger.pnr.BaggageKind.EXCESS) {
                ebd(w, x);
            } else {
                tbd(w, x);
            }
        }
        for (Ticket t : p.tickets()) {
            w.segment("TKT", c(t.number(), t.documentType(), t.conjunctions() > 1 ? String.valueOf(t.conjunctions()) : ""));
            if (!t.amounts().isEmpty()) {
                w.write("MON", t.amounts().stream().map(a -> c(a.qualifier(), a.amount().toPlainString(), a.currency()))
                        .toArray());
            }
            if (!t.pricing().isEmpty()) {
                w.write("PTK", t.pricing().split(":"));
            }
            if (!t.taxes().isEmpty()) {
                List<Object> els = new ArrayList<>();
                els.add("");
                for (MonetaryAmount a : t.taxes()) {
                    els.add(c(a.amount().toPlainString(), a.qualifier(), "", "", a.currency()));
                }
                w.write("TXD", els.toArray());
            }
            t.issuedAt().ifPresent(i -> w.segment("DAT", dat("710", i)));
            if (!t.fareCalculation().isEmpty()) {
                w.segment("IFT", c("4", "15"), t.fareCalculation());
            }
            for (Payment y : t.payments()) {
                w.segment("FOP", c(y.code(), "", y.amount().map(BigDecimal::toPlainString).orElse(""), y.vendor(), y.accountNumber(), y.expiry()));
                if (!y.cardHolder().isEmpty()) {
                    w.segment("IFT", c("4", "43"), y.cardHolder());
                }
                y.billingAddress().ifPresent(a -> w.segment("ADD", "", address(a)));
            }
        }
    }

    private static void leg(SegmentWriter w, ItineraryLeg l) {
        Flight f = l.flight();
        w.segment("TVL", dates(f), f.departureAirport(), f.arrivalAirport(),
                c(f.carrier(), l.operating().map(Flight::carrier).orElse("")), c(f.number(), l.bookingClass(), f.suffix()));
        l.operating().ifPresent(o -> w.segment("TVL", "", "", "", "", c(o.number(), "", o.suffix())));
        if (!l.status().isEmpty() || l.seatsBooked() > 0) {
            w.segment("RPI", l.seatsBooked() > 0 ? String.valueOf(l.seatsBooked()) : "", l.status());
        }
        if (!l.aircraftType().isEmpty()) {
            w.segment("APD", c(l.aircraftType()));
        }
        List<SpecialService> seats = l.services().stream().filter(s -> s.code().equals("SEAT")).toList();
        if (!seats.isEmpty()) {
            SpecialService s0 = seats.get(0);
            List<Object> els = new ArrayList<>();
            els.add(c("SEAT", s0.status(), "1", s0.carrier(), "", "", s0.boardPoint(), s0.offPoint()));
            for (SpecialService s : seats) {
                els.add(c(s.text(), "", s.passengerRef()));
            }
            w.write("SSR", els.toArray());
        }
        for (SpecialService s : l.services()) {
            if (!s.code().equals("SEAT")) {
                ssr(w, s, s.passengerRef());
            }
        }
        if (!l.recordLocators().isEmpty()) {
            w.write("RCI", locators(l.recordLocators()));
        }
        for (Remark r : l.remarks()) {
            ift(w, r);
        }
        Optional<Instant> groupAt = null;
        String groupAgent = null;
        for (CheckIn ci : l.checkIns()) {
            if (groupAt == null || !groupAt.equals(ci.checkedInAt()) || !groupAgent.equals(ci.agent())) {
                if (ci.checkedInAt().isPresent()) {
                    w.segment("DAT", dat("2", ci.checkedInAt().get()));
                } else {
                    w.segment("DAT");
                }
                w.segment("ORG", c(ci.agent()));
                groupAt = ci.checkedInAt();
                groupAgent = ci.agent();
            }
            w.segment("TRI", c(ci.boardingStatus()), c(ci.sequenceNumber(), "", "", ci.passengerRef()));
            w.segment("TIF", c(ci.surname()), c(ci.givenNames()));
            if (!ci.seat().isEmpty() || !ci.cabin().isEmpty()) {
                w.segment("SSD", c(ci.seat()), "", "", "", ci.cabin());
            }
            for (Baggage x : ci.bags()) {
                tbd(w, x);
            }
        }
    }

    private static void ssr(SegmentWriter w, SpecialService s, String ref) {
        w.segment("SSR", c(s.code(), s.status(), s.quantity() > 1 ? String.valueOf(s.quantity()) : "1", s.carrier(), "", "", s.boardPoint(),
                s.offPoint(), s.text()), ref.isEmpty() ? null : c("", "", ref));
    }

    private static void ift(SegmentWriter w, Remark r) {
        String[] q = r.qualifier().split(":");
        w.segment("IFT", c(q[0], q.length > 1 ? q[1] : "", "", r.carrier()), r.text());
    }

    private static void contact(SegmentWriter w, Contact k) {
        switch (k.kind()) {
            case EMAIL -> w.segment("ADD", "", c("E", "", "", "", "", "", "", k.value().replace("_", "..").replace("@", "//")));
            case PHONE -> w.segment("ADD", "", c("M", "", "", "", "", "", "", k.value()));
            default -> w.segment("ADD", "", address(k.address().orElse(new Address("", k.value(), "", "", "", ""))));
        }
    }

    private static SegmentWriter.Composite address(Address a) {
        return c(a.purpose(), a.street(), a.city(), a.region(), "", a.country(), a.postalCode());
    }

    private static void ebd(SegmentWriter w, Baggage x) {
        boolean weight = x.weight().isPresent();
        w.segment("EBD", x.charge().map(m -> c(m.currency(), m.amount().toPlainString())).orElse(null),
                c(weight ? x.weight().get().toPlainString() : x.pieces().map(String::valueOf).orElse(""), weight ? "W" : "N",
                        x.weightUnit().equals("KG") ? "K" : x.weightUnit().equals("LB") ? "L" : ""));
    }

    private static void tbd(SegmentWriter w, Baggage x) {
        List<Object> els = new ArrayList<>();
        els.add("");
        els.add(c(x.pieces().map(String::valueOf).orElse(""), x.weight().map(BigDecimal::toPlainString).orElse(""),
                x.weightUnit().equals("KG") ? "700" : x.weightUnit().equals("LB") ? "701" : ""));
        els.add("");
        els.add(c(x.poolRole(), x.poolRef()));
        for (var t : x.tags()) {
            els.add(c(t.carrier(), t.number(), String.valueOf(t.consecutive()), t.destination()));
        }
        w.write("TBD", els.toArray());
    }

    static String docs(TravelDocument d) {
        return "/" + d.type() + "/" + d.issuingCountry() + "/" + d.number() + "/" + d.nationality() + "/"
                + d.birthDate().map(EdifactDates::ddmmmyy).orElse("") + "/" + d.gender() + "/"
                + d.expiry().map(EdifactDates::ddmmmyy).orElse("") + "/" + d.surname() + "/" + d.givenNames();
    }

    private static Object[] locators(List<RecordLocator> ls) {
        return ls.stream().map(r -> c(r.airline(), r.locator(), r.type(), r.createdAt().map(t -> ddmmyy(utc(t).toLocalDate())).orElse(""),
                r.createdAt().map(t -> hhmm(utc(t))).orElse(""))).toArray();
    }

    private static SegmentWriter.Composite dat(String q, Instant t) {
        return c(q, ddmmyy(utc(t).toLocalDate()), hhmm(utc(t)));
    }

    private static SegmentWriter.Composite dates(Flight f) {
        return c(f.departureLocal().map(t -> ddmmyy(t.toLocalDate())).orElse(""), f.departureLocal().map(PnrgovWriter::hhmm).orElse(""),
                f.arrivalLocal().map(t -> ddmmyy(t.toLocalDate())).orElse(""), f.arrivalLocal().map(PnrgovWriter::hhmm).orElse(""));
    }

    private static LocalDateTime utc(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    static String ddmmyy(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
    }

    static String yymmdd(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    static String hhmm(LocalDateTime t) {
        return String.format(Locale.ROOT, "%02d%02d", t.getHour(), t.getMinute());
    }
}
