package org.issa.passenger.edifact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.AnnexItem;
import org.issa.passenger.pnr.Baggage;
import org.issa.passenger.pnr.Booking;
import org.issa.passenger.pnr.BookingOriginator;
import org.issa.passenger.pnr.CheckIn;
import org.issa.passenger.pnr.Contact;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.FrequentFlyer;
import org.issa.passenger.pnr.HistoryAction;
import org.issa.passenger.pnr.HistoryEntry;
import org.issa.passenger.pnr.ItineraryLeg;
import org.issa.passenger.pnr.MonetaryAmount;
import org.issa.passenger.pnr.OtherService;
import org.issa.passenger.pnr.Passenger;
import org.issa.passenger.pnr.PassengerType;
import org.issa.passenger.pnr.Payment;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.RecordLocator;
import org.issa.passenger.pnr.Remark;
import org.issa.passenger.pnr.SpecialService;
import org.issa.passenger.pnr.SplitPnr;
import org.issa.passenger.pnr.Ticket;
import org.issa.passenger.pnr.TravelDocument;

/** The mutable drafts a PNR is collected in while its segments are read; {@link #build} makes the immutable booking. */
final class BookingDraft {

    final List<RecordLocator> locators = new ArrayList<>();
    Optional<Instant> createdAt = Optional.empty();
    Optional<Instant> lastChangedAt = Optional.empty();
    Optional<Instant> ticketIssuedAt = Optional.empty();
    Optional<BookingOriginator> originator = Optional.empty();
    final List<Contact> contacts = new ArrayList<>();
    final List<PassengerDraft> passengers = new ArrayList<>();
    final List<LegDraft> legs = new ArrayList<>();
    final List<SplitDraft> splits = new ArrayList<>();
    final List<OtherServiceDraft> otherServices = new ArrayList<>();
    final List<SpecialService> services = new ArrayList<>();
    final List<Remark> remarks = new ArrayList<>();
    final List<Baggage> baggage = new ArrayList<>();
    final List<HistoryDraft> history = new ArrayList<>();
    /** Documents, DOCA and FQTV sent at PNR or leg level: linked to a passenger when the PNR is complete. */
    final List<Pending> pending = new ArrayList<>();

    /** A document or frequent-flyer entry waiting for its passenger. */
    record Pending(int position, String segment, List<String> refs, Optional<TravelDocument> document, Optional<Address> address,
                   Optional<FrequentFlyer> frequentFlyer) {}

    static final class PassengerDraft {
        String ref = "";
        String surname = "";
        String given = "";
        PassengerType type = PassengerType.UNKNOWN;
        boolean withInfant;
        String uniqueId = "";
        final List<TravelDocument> documents = new ArrayList<>();
        final List<Address> apiAddresses = new ArrayList<>();
        final List<FrequentFlyer> frequentFlyers = new ArrayList<>();
        final List<Contact> contacts = new ArrayList<>();
        final List<TicketDraft> tickets = new ArrayList<>();
        final List<SpecialService> services = new ArrayList<>();
        final List<Remark> remarks = new ArrayList<>();
        final List<Baggage> baggage = new ArrayList<>();
    }

    static final class TicketDraft {
        String number = "";
        String documentType = "";
        int conjunctions = 1;
        boolean ticketless;
        Optional<Instant> issuedAt = Optional.empty();
        final List<MonetaryAmount> amounts = new ArrayList<>();
        final List<MonetaryAmount> taxes = new ArrayList<>();
        final List<String> pricing = new ArrayList<>();
        String fareCalculation = "";
        final List<PaymentDraft> payments = new ArrayList<>();
    }

    static final class PaymentDraft {
        Payment payment;
        String cardHolder = "";
        Optional<Address> billing = Optional.empty();
    }

    static final class LegDraft {
        Flight flight;
        Optional<Flight> operating = Optional.empty();
        String bookingClass = "";
        String status = "";
        int seats;
        String aircraft = "";
        final List<RecordLocator> locators = new ArrayList<>();
        final List<SpecialService> services = new ArrayList<>();
        final List<Remark> remarks = new ArrayList<>();
        final List<CheckInDraft> checkIns = new ArrayList<>();
        Optional<Instant> checkInTime = Optional.empty();
        String checkInAgent = "";
    }

    static final class CheckInDraft {
        String ref = "";
        String surname = "";
        String given = "";
        Optional<Instant> at = Optional.empty();
        String agent = "";
        String sequence = "";
        String seat = "";
        String cabin = "";
        String status = "";
        final List<Baggage> bags = new ArrayList<>();
    }

    static final class SplitDraft {
        int passengers;
        final List<RecordLocator> locators = new ArrayList<>();
    }

    static final class OtherServiceDraft {
        String type = "";
        OtherService service = new OtherService("", "", "", Optional.empty(), Optional.empty());
    }

    static final class HistoryDraft {
        HistoryAction action = HistoryAction.UNSTRUCTURED;
        Optional<AnnexItem> about = Optional.empty();
        String by = "";
        Optional<Instant> at = Optional.empty();
        final StringBuilder text = new StringBuilder();

        void append(String s) {
            if (!s.isEmpty()) {
                text.append(text.isEmpty() ? "" : " ").append(s);
            }
        }
    }

    PassengerDraft passenger() {
        return passengers.get(passengers.size() - 1);
    }

    LegDraft leg() {
        return legs.get(legs.size() - 1);
    }

    /** The immutable booking; links pending documents to passengers, de-duplicates documents, quarantines orphans. */
    Booking build(String messageReference, List<Quarantined> quarantine) {
        for (int i = 0; i < passengers.size(); i++) {
            if (passengers.get(i).ref.isEmpty()) {
                passengers.get(i).ref = "P" + (i + 1);
            }
        }
        linkPending(messageReference, quarantine);
        moveInfantDocuments();
        List<Passenger> ps = new ArrayList<>();
        for (PassengerDraft p : passengers) {
            List<Ticket> tickets = new ArrayList<>();
            for (TicketDraft t : p.tickets) {
                List<Payment> pays = new ArrayList<>();
                for (PaymentDraft d : t.payments) {
                    Payment x = d.payment;
                    pays.add(new Payment(x.type(), x.code(), x.amount(), x.vendor(), x.accountNumber(), x.expiry(), d.cardHolder, d.billing));
                }
                tickets.add(new Ticket(t.number, t.documentType, t.conjunctions, t.ticketless, t.issuedAt, t.amounts, t.taxes,
                        String.join(":", t.pricing), t.fareCalculation, pays));
            }
            ps.add(new Passenger(p.ref, p.surname, p.given, p.type, p.withInfant, p.uniqueId, dedupe(p.documents), distinct(p.apiAddresses),
                    distinct(p.frequentFlyers), distinct(p.contacts), tickets, p.services, p.remarks, p.baggage));
        }
        List<ItineraryLeg> ls = new ArrayList<>();
        for (int i = 0; i < legs.size(); i++) {
            LegDraft l = legs.get(i);
            List<CheckIn> cs = new ArrayList<>();
            for (CheckInDraft c : l.checkIns) {
                cs.add(new CheckIn(c.ref, c.surname, c.given, c.at, c.agent, c.sequence, c.seat, c.cabin, c.status, c.bags));
            }
            ls.add(new ItineraryLeg(i + 1, l.flight, l.operating, l.bookingClass, l.status, l.seats, l.aircraft, l.locators,
                    l.services, l.remarks, cs));
        }
        List<SplitPnr> sp = splits.stream().map(s -> new SplitPnr(s.passengers, s.locators)).toList();
        List<HistoryEntry> hs = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            HistoryDraft h = history.get(i);
            hs.add(new HistoryEntry(i + 1, h.action, h.about, h.by, h.at, h.text.toString()));
        }
        return new Booking(locators, createdAt, lastChangedAt, ticketIssuedAt, originator, distinct(contacts), ps, ls, sp,
                otherServices.stream().map(o -> o.service).toList(), services, remarks, baggage, hs);
    }

    private void linkPending(String messageReference, List<Quarantined> quarantine) {
        for (Pending p : pending) {
            List<PassengerDraft> targets = new ArrayList<>();
            for (String ref : p.refs()) {
                passengers.stream().filter(x -> x.ref.equals(ref)).findFirst().ifPresent(targets::add);
            }
            if (targets.isEmpty() && p.document().isPresent()) {
                String sn = squash(p.document().get().surname());
                List<PassengerDraft> byName = passengers.stream().filter(x -> !sn.isEmpty() && squash(x.surname).equals(sn)).toList();
                if (byName.size() == 1) {
                    targets.add(byName.get(0));
                }
            }
            if (targets.isEmpty() && passengers.size() == 1) {
                targets.add(passengers.get(0));
            }
            if (targets.isEmpty()) {
                quarantine.add(new Quarantined(messageReference, p.position(), p.segment(),
                        "not linked to a passenger: no traveller reference"
                                + (p.refs().isEmpty() ? "" : " matches " + p.refs()) + " and the names do not tell"));
                continue;
            }
            for (PassengerDraft t : targets) {
                p.document().ifPresent(t.documents::add);
                p.address().ifPresent(t.apiAddresses::add);
                p.frequentFlyer().ifPresent(t.frequentFlyers::add);
            }
        }
    }

    /** An infant's DOCS (gender MI/FI) sent under the accompanying adult belongs to the infant when the PNR has one. */
    private void moveInfantDocuments() {
        for (PassengerDraft adult : passengers) {
            if (adult.type == PassengerType.INFANT) {
                continue;
            }
            for (TravelDocument d : List.copyOf(adult.documents)) {
                if (!d.gender().equals("MI") && !d.gender().equals("FI")) {
                    continue;
                }
                String sn = squash(d.surname());
                List<PassengerDraft> infants = passengers.stream()
                        .filter(x -> x.type == PassengerType.INFANT && (sn.isEmpty() || squash(x.surname).equals(sn))).toList();
                if (infants.size() == 1) {
                    adult.documents.remove(d);
                    infants.get(0).documents.add(d);
                }
            }
        }
    }

    /** Documents are the same when type, issuer, number, nationality, dates and gender agree (names may be wrapped). */
    static List<TravelDocument> dedupe(List<TravelDocument> docs) {
        if (docs.size() < 2) {
            return List.copyOf(docs);
        }
        Map<DocumentKey, TravelDocument> seen = new LinkedHashMap<>();
        for (TravelDocument d : docs) {
            seen.putIfAbsent(new DocumentKey(d.type(), d.issuingCountry(), d.number().toUpperCase(Locale.ROOT), d.nationality(),
                    d.birthDate(), d.gender(), d.expiry()), d);
        }
        return List.copyOf(seen.values());
    }

    /** What makes two documents the same (names left out: line wrapping splits them). */
    private record DocumentKey(String type, String issuer, String number, String nationality, java.util.Optional<java.time.LocalDate> birth,
            String gender, java.util.Optional<java.time.LocalDate> expiry) {
    }

    private static <T> List<T> distinct(List<T> list) {
        if (list.size() < 2) {
            return List.copyOf(list);
        }
        return list.stream().distinct().toList();
    }

    static String squash(String s) {
        return s.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
