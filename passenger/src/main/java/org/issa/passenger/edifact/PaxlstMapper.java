package org.issa.passenger.edifact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.issa.passenger.edifact.EdifactDates.Century;
import org.issa.passenger.edifact.PnrgovSegments.BadSegment;
import org.issa.passenger.pnr.Address;
import org.issa.passenger.pnr.ApiListType;
import org.issa.passenger.pnr.ApiPerson;
import org.issa.passenger.pnr.ApiRole;
import org.issa.passenger.pnr.Flight;
import org.issa.passenger.pnr.Quarantined;
import org.issa.passenger.pnr.TravelDocument;

/**
 * Maps the body of one PAXLST message (BGM, RFF, NAD+MS, TDT/LOC/DTM legs, NAD+FL/FM persons with their DOC groups,
 * CNT) to API records; unreadable or misplaced segments are quarantined.
 */
final class PaxlstMapper {

    private enum Scope { HEADER, FLIGHT, PERSON, DOCUMENT }

    private final String reference;
    private final LocalDate refDate;
    final List<Quarantined> quarantine = new ArrayList<>();
    ApiListType listType = ApiListType.UNKNOWN;
    String transactionRef = "";
    String reportingParty = "";
    final List<Flight> flights = new ArrayList<>();
    final List<ApiPerson> persons = new ArrayList<>();
    Optional<Integer> declaredCount = Optional.empty();

    private Scope scope = Scope.HEADER;
    private FlightDraft flight;
    private PersonDraft person;
    private DocDraft doc;
    private String lastLoc = "";

    private static final class FlightDraft {
        String carrier = "";
        String number = "";
        String from = "";
        String to = "";
        Optional<LocalDateTime> dep = Optional.empty();
        Optional<LocalDateTime> arr = Optional.empty();
    }

    private static final class PersonDraft {
        ApiRole role;
        String surname = "";
        String given = "";
        String gender = "";
        Optional<LocalDate> birth = Optional.empty();
        String placeOfBirth = "";
        String nationality = "";
        String residence = "";
        String embarkation = "";
        String debarkation = "";
        Optional<Address> address = Optional.empty();
        final List<TravelDocument> documents = new ArrayList<>();
        String reservation = "";
        String passengerRef = "";
        String seat = "";
        final List<String> bags = new ArrayList<>();
        boolean verified;
    }

    private static final class DocDraft {
        String type = "";
        String number = "";
        Optional<LocalDate> expiry = Optional.empty();
        String issuePlace = "";
        String issuingCountry = "";
        Optional<LocalDate> issueDate = Optional.empty();
    }

    PaxlstMapper(String reference, LocalDate refDate) {
        this.reference = reference;
        this.refDate = refDate;
    }

    void accept(Segment s) {
        try {
            map(s);
        } catch (BadSegment e) {
            quarantine.add(new Quarantined(reference, s.position(), s.text(), e.getMessage()));
        } catch (RuntimeException e) {
            quarantine.add(new Quarantined(reference, s.position(), s.text(), "unreadable: " + e.getClass().getSimpleName()));
        }
    }

    void finish() {
        closePerson();
        closeFlight();
    }

    private void map(Segment s) throws BadSegment {
        switch (s.tag()) {
            case "BGM" -> listType = ApiListType.ofCode(s.get(1, 1));
            case "RFF" -> rff(s);
            case "NAD" -> nad(s);
            case "CTA", "COM", "MEA", "EMP", "CPI", "QTY" -> { } // contact of the reporting party, measures, employment: not kept
            case "TDT" -> {
                closePerson();
                closeFlight();
                flight = new FlightDraft();
                String id = s.get(2, 1);
                flight.carrier = s.get(5, 1);
                if (flight.carrier.isEmpty() && id.length() > 2) {
                    flight.carrier = id.substring(0, 2);
                }
                flight.number = id.startsWith(flight.carrier) ? id.substring(flight.carrier.length()) : id;
                scope = Scope.FLIGHT;
            }
            case "LOC" -> loc(s);
            case "DTM" -> dtm(s);
            case "ATT" -> person(s).gender = s.get(3, 1);
            case "GEI" -> {
                if ("173".equals(s.get(2, 1)) && person != null) {
                    person.verified = true;
                }
            }
            case "FTX" -> {
                if ("BAG".equals(s.get(1))) {
                    person(s).bags.add(s.get(4, 1));
                }
            }
            case "NAT" -> person(s).nationality = s.get(2, 1);
            case "DOC" -> {
                PersonDraft p = person(s);
                closeDoc(p);
                doc = new DocDraft();
                doc.type = s.get(1, 1);
                doc.number = s.get(2, 1);
                if (doc.number.isEmpty()) {
                    doc = null;
                    throw new BadSegment("DOC without a document number");
                }
                scope = Scope.DOCUMENT;
            }
            case "CNT" -> declaredCount = PnrgovSegments.optInt(s.get(1, 2));
            default -> throw new BadSegment("unknown segment " + s.tag() + " in a PAXLST message");
        }
    }

    private void rff(Segment s) throws BadSegment {
        String q = s.get(1, 1);
        String v = s.get(1, 2);
        if (scope == Scope.HEADER && "TN".equals(q)) {
            transactionRef = v;
            return;
        }
        if (person == null) {
            if ("TN".equals(q)) {
                transactionRef = v;
                return;
            }
            throw new BadSegment("RFF+" + q + " outside a person (NAD)");
        }
        switch (q) {
            case "AVF" -> person.reservation = v;
            case "SEA" -> person.seat = v;
            case "ABO" -> person.passengerRef = v;
            default -> { }
        }
    }

    private void nad(Segment s) {
        String role = s.get(1, 1);
        if ("MS".equals(role)) {
            reportingParty = String.join(" ", s.get(4, 1), s.get(4, 2)).trim();
            if (reportingParty.isEmpty()) {
                reportingParty = s.get(3, 1);
            }
            return;
        }
        closePerson();
        person = new PersonDraft();
        person.role = ApiRole.ofCode(role);
        person.surname = s.get(4, 1);
        person.given = String.join(" ", s.get(4, 2), s.get(4, 3)).trim();
        if (!s.get(5, 1).isEmpty() || !s.get(6).isEmpty() || !s.get(9).isEmpty()) {
            person.address = Optional.of(new Address("", s.get(5, 1), s.get(6), s.get(7), s.get(8), s.get(9)));
        }
        scope = Scope.PERSON;
    }

    private void loc(Segment s) throws BadSegment {
        String q = s.get(1);
        String place = s.get(2, 1);
        lastLoc = q;
        if (scope == Scope.FLIGHT || (scope == Scope.HEADER && flight != null)) {
            switch (q) {
                case "125" -> flight.from = place;
                case "87" -> flight.to = place;
                case "92" -> {
                    if (flight.from.isEmpty()) {
                        flight.from = place;
                    } else {
                        flight.to = place;
                    }
                }
                default -> { }
            }
            return;
        }
        if (scope == Scope.DOCUMENT && "91".equals(q)) {
            doc.issuingCountry = place;
            doc.issuePlace = s.get(3, 1).isEmpty() ? place : s.get(3, 1);
            return;
        }
        PersonDraft p = person(s);
        switch (q) {
            case "178" -> p.embarkation = place;
            case "179" -> p.debarkation = place;
            case "174" -> p.residence = place;
            case "180" -> p.placeOfBirth = place;
            case "22", "130", "91" -> { }
            default -> { }
        }
    }

    private void dtm(Segment s) throws BadSegment {
        String q = s.get(1, 1);
        String v = s.get(1, 2);
        switch (q) {
            case "189", "232" -> {
                if (flight == null) {
                    return; // message date
                }
                Optional<LocalDateTime> t = EdifactDates.local(EdifactDates.yymmdd(v, refDate, Century.NEAREST), v.length() >= 10 ? v.substring(6, 10) : "");
                if (t.isEmpty()) {
                    throw new BadSegment("DTM+" + q + " \"" + v + "\" is not YYMMDDHHMM");
                }
                if (q.equals("189")) {
                    flight.dep = t;
                } else {
                    flight.arr = t;
                }
            }
            case "329" -> {
                Optional<LocalDate> d = EdifactDates.yymmdd(v, refDate, Century.PAST);
                if (d.isEmpty()) {
                    throw new BadSegment("DTM+329 date of birth \"" + v + "\" is not YYMMDD");
                }
                person(s).birth = d;
            }
            case "36" -> {
                Optional<LocalDate> d = EdifactDates.yymmdd(v, refDate, Century.FUTURE);
                if (d.isEmpty() || doc == null) {
                    throw new BadSegment(doc == null ? "DTM+36 (expiry) outside a document (DOC)" : "DTM+36 expiry \"" + v + "\" is not YYMMDD");
                }
                doc.expiry = d;
            }
            case "182" -> {
                if (doc != null) {
                    doc.issueDate = EdifactDates.yymmdd(v, refDate, Century.PAST);
                }
            }
            default -> { }
        }
    }

    private PersonDraft person(Segment s) throws BadSegment {
        if (person == null) {
            throw new BadSegment(s.tag() + " outside a person (NAD+FL/FM)");
        }
        return person;
    }

    private void closeDoc(PersonDraft p) {
        if (doc != null) {
            p.documents.add(new TravelDocument(doc.type, doc.issuingCountry, doc.number, p.nationality, p.birth, p.gender, doc.expiry,
                    p.surname, p.given, doc.issuePlace, doc.issueDate, p.placeOfBirth));
            doc = null;
        }
    }

    private void closePerson() {
        if (person != null) {
            closeDoc(person);
            PersonDraft p = person;
            persons.add(new ApiPerson(p.role, p.surname, p.given, p.gender, p.birth, p.placeOfBirth, p.nationality, p.residence,
                    p.embarkation, p.debarkation, p.address, p.documents, p.reservation, p.passengerRef, p.seat, p.bags, p.verified));
            person = null;
        }
    }

    private void closeFlight() {
        if (flight != null) {
            flights.add(new Flight(flight.carrier, flight.number, "", flight.from, flight.to, flight.dep, flight.arr));
            flight = null;
        }
    }
}
